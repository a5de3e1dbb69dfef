package org.crosscheck.arabic.internal.rules;

import java.util.regex.Pattern;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.SyntaxClass;

/**
 * Whether a stretch of tagged tokens reads as Arabic prose rather than words strung together (a list of keywords,
 * a page's menu, shuffled text), told by word orders Arabic grammar does not allow between neighbours:
 * <ul>
 *   <li>a preposition that governs a noun ({@code syntax.tsv}, TIGHT_PREPOSITION: في، على، من، إلى …) before a verb,
 *       a conjunction, a particle, another such preposition or a mark that ends the clause;</li>
 *   <li>a relative pronoun (الذي، التي) before a mark, an adjective, a conjunction or a preposition;</li>
 *   <li>a particle (لا، لم، لن، قد) before a conjunction, a governing preposition, another particle or a mark;</li>
 *   <li>a demonstrative (هذا، ذلك) before an adjective or a conjunction;</li>
 *   <li>a particle that only a verb follows ({@code syntax.tsv}, VERBAL_PARTICLE: قد، لم، لن، سـ) before a noun or an
 *       adjective ({@link #verbalParticleBeforeNoun});</li>
 *   <li>a definite adjective with no noun before it to describe: right after a finite verb or a particle
 *       ({@link #adjectiveWithoutNoun});</li>
 *   <li>a name said twice in a row ("موسكو موسكو", {@link #nameRepeated});</li>
 *   <li>a perfect verb right after another that is not كان or a sister of it, nor a verb of speech
 *       ({@link #twoPerfects});</li>
 *   <li>a word that governs a noun like a preposition (NOUN_GOVERNOR: عبر، خلال، غير) where a tight preposition
 *       may not stand.</li>
 * </ul>
 * News text breaks one of these about once in a hundred tokens (mostly where a quotation mark or a subordinator
 * stands, which are allowed); text with its words shuffled, about seven times as often. A sentence with
 * one break or more per {@link #TOKENS_PER_BREAK} tokens, or a claim whose words hold one, is not read. Stateless.
 */
final class Prose {

  /** Brackets, guillemets, quotes and the dash: marks inside a clause, not at its end. */
  private static final Pattern BRACKET_OR_DASH = Pattern.compile("[()\\[\\]«»\"'-]");

  private Prose() {}

  /** A sentence with one broken transition or more per this many tokens is no prose. */
  static final int TOKENS_PER_BREAK = 20;

  /** How far from the cue a holder or target may stand and still have its words checked, in tokens. */
  static final int CLAIM_REACH = 8;

  /** Whether the sentence has too many broken transitions to be prose. */
  static boolean brokenSentence(Reading r) {
    int n = 0;
    for (int i = 0; i + 1 < r.size(); i++) {
      if (broken(r, i)) {
        n++;
      }
    }
    return n > 0 && n * TOKENS_PER_BREAK >= r.size();
  }

  /** Whether a transition between tokens {@code from - 1} and {@code to + 1} is broken. */
  static boolean brokenWithin(Reading r, int from, int to) {
    for (int i = Math.max(0, from - 1); i <= Math.min(r.size() - 2, to); i++) {
      if (broken(r, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the order of tokens {@code i} and {@code i + 1} is one Arabic grammar does not allow. */
  static boolean broken(Reading r, int i) {
    String t = r.tag(i);
    String next = r.tag(i + 1);
    ArabicLexicon lex = r.lex;
    boolean endMark = r.isPunct(i + 1) && !lex.is(r.word(i + 1), GrammarClass.QUOTE)
        && !lex.is(r.word(i + 1), GrammarClass.AMBIGUOUS_QUOTE) && !BRACKET_OR_DASH.matcher(r.word(i + 1)).matches();
    boolean particle = t.equals("RP") || t.equals("NEG_PART");
    if (verbalParticleBeforeNoun(r, i) || adjectiveWithoutNoun(r, i) || nameRepeated(r, i) || twoPerfects(r, i)) {
      return true;
    }
    if (tight(r, i) || governsNoun(r, i)) {
      // لـ and من stand before verbs as the lam of purpose ("ليصبح") and as "who" ("من يستطيع"); بـ before لا is "بلا".
      boolean finite = (next.equals("VBP") || next.equals("VBD")) && !lex.is(r.folded(i), SyntaxClass.VERB_PREFIX);
      boolean negation = next.equals("RP") || next.equals("NEG_PART");
      return finite || next.equals("CC") || negation && !lex.is(r.folded(i), SyntaxClass.VERB_PREFIX) || endMark
          || tight(r, i + 1);
    }
    if (t.equals("WP") && lex.is(r.folded(i), SyntaxClass.RELATIVE)) {
      return endMark || next.contains("JJ") || next.equals("CC") || next.equals("IN");
    }
    if (particle) {
      return next.equals("CC") || next.equals("RP") || next.equals("NEG_PART") || endMark || tight(r, i + 1);
    }
    if (t.equals("DT")) {
      return next.contains("JJ") && !next.startsWith("DT") || next.equals("CC");
    }
    return false;
  }

  /** "روسيا روسيا": an actor's name ending at token {@code i} and the same name right after it. */
  static boolean nameRepeated(Reading r, int i) {
    org.crosscheck.spi.ActorSpan a = r.mention(i);
    org.crosscheck.spi.ActorSpan b = r.mention(i + 1);
    return a != null && b != null && a.last() == i && b.first() == i + 1
        && r.text(a.first(), a.last()).equals(r.text(b.first(), b.last()));
  }

  /**
   * "قد بشار", "لن السورية": a particle that stands only before a verb, before a noun, an adjective or a number. Not
   * after "فـ", where the segmenter may have cut the verb "فقد" (lost) into "فـ" and "قد".
   */
  static boolean verbalParticleBeforeNoun(Reading r, int i) {
    String next = r.tag(i + 1);
    boolean nominal = next.contains("NN") || next.contains("JJ") || next.equals("CD");
    boolean lost = i > 0 && r.folded(i - 1).equals("\u0641");
    return nominal && !r.isPunct(i + 1) && !lost && r.lex.is(r.folded(i), SyntaxClass.VERBAL_PARTICLE)
        && !r.s.isVerb(i);
  }

  /**
   * "تراقب المتسارعة", "لم الروسية": a definite adjective agrees with a definite noun before it; after a finite verb
   * or a particle there is none (nor does a demonym there name its state: "ستعزز السورية").
   */
  static boolean adjectiveWithoutNoun(Reading r, int i) {
    String t = r.tag(i);
    boolean before = t.equals("VBD") || t.equals("VBP") || t.equals("RP") || t.equals("NEG_PART");
    return before && r.tag(i + 1).equals("DTJJ");
  }

  /**
   * A word that governs the noun after it like a preposition but may follow one ({@code syntax.tsv}, NOUN_GOVERNOR:
   * "عبر", "خلال", "غير"; "من خلال"), tagged as a preposition or a noun; not as the verb it may also be (عبّر، حوّل).
   */
  private static boolean governsNoun(Reading r, int i) {
    String t = r.tag(i);
    return (t.equals("IN") || t.equals("NN")) && r.lex.is(r.folded(i), SyntaxClass.NOUN_GOVERNOR);
  }

  /**
   * "ونشرت قال": a perfect verb right after another, which Arabic allows only after كان and its sisters (pluperfect:
   * "كانت أعلنت") or a verb of speech before the words it quotes ("قال فقدنا").
   */
  static boolean twoPerfects(Reading r, int i) {
    return r.tag(i).equals("VBD") && r.tag(i + 1).equals("VBD") && !r.hasMention(i) && !r.hasMention(i + 1)
        && !r.lex.is(r.folded(i), SyntaxClass.AUXILIARY) && !r.lex.is(r.folded(i), SyntaxClass.ASPECT)
        && !r.lex.speech.containsKey(r.folded(i));
  }

  /** A preposition that governs the noun after it, tagged so or as the noun it also is (مع، لدى); not a name (علي). */
  private static boolean tight(Reading r, int i) {
    String t = r.tag(i);
    return (t.equals("IN") || t.equals("NN")) && r.lex.is(r.folded(i), SyntaxClass.TIGHT_PREPOSITION);
  }
}
