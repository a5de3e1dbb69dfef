package org.crosscheck.arabic.internal.rules;

import java.util.ArrayList;
import java.util.List;
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
 * News text breaks one of these about once in a thousand tokens (newswire sentences and headlines measured on the
 * project's development sets); text with its words shuffled, about fifty times as often. A sentence with one break
 * or more per {@link #TOKENS_PER_BREAK} tokens, a sentence among others that break the order ({@link #amidProse}),
 * or a claim whose words hold a break is not read. Stateless.
 */
public final class Prose {

  /** Brackets, guillemets, quotes and the dash: marks inside a clause, not at its end. */
  private static final Pattern BRACKET_OR_DASH = Pattern.compile("[()\\[\\]«»\"'-]");

  private Prose() {}

  /** A sentence with one broken transition or more per this many tokens is no prose. */
  static final int TOKENS_PER_BREAK = 20;

  /** How far from the cue a holder or target may stand and still have its words checked, in tokens. */
  static final int CLAIM_REACH = 8;

  /** How many tokens on each side of a sentence its neighbourhood reaches ({@link #amidProse}). */
  static final int NEIGHBOURHOOD_TOKENS = 120;

  /** The fewest sentences that break the order somewhere that make a neighbourhood no prose … */
  static final int NEIGHBOURHOOD_BROKEN = 3;

  /** … when there is one or more per this many of its tokens. */
  static final int NEIGHBOURHOOD_TOKENS_PER_BROKEN = 67;

  /**
   * The sentences of a stretch of text, those whose neighbourhood is no prose marked so ({@link
   * ArabicSentence#amidProse}). The neighbourhood is the sentence and the sentences around it, up to {@link
   * #NEIGHBOURHOOD_TOKENS} tokens each side; it is no prose when {@link #NEIGHBOURHOOD_BROKEN} of its sentences or
   * more break the order somewhere, one or more per {@link #NEIGHBOURHOOD_TOKENS_PER_BROKEN} tokens (a long sentence
   * counts as one sentence per {@link #TOKENS_PER_BREAK} tokens, so that text without full stops is judged too). A
   * sentence of shuffled words often breaks none by chance (over half of them do not); its neighbours almost never
   * all do. In news, one sentence in thirty breaks one (mostly a list or a garbled caption), and one such sentence is
   * not enough to silence the ones around it. Actors are not known here, so a name said twice in a row is not
   * counted.
   */
  public static List<ArabicSentence> amidProse(List<ArabicSentence> sentences, ArabicLexicon lex) {
    int n = sentences.size();
    int[] broken = new int[n];
    for (int k = 0; k < n; k++) {
      ArabicSentence s = sentences.get(k);
      // A long sentence counts as one per TOKENS_PER_BREAK tokens: text with no full stops is one long sentence.
      int most = Math.max(1, s.size() / TOKENS_PER_BREAK);
      for (int i = 0; i + 1 < s.size() && broken[k] < most; i++) {
        if (broken(s, lex, i, false)) {
          broken[k]++;
        }
      }
    }
    List<ArabicSentence> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int tokens = sentences.get(k).size();
      int count = broken[k];
      int before = 0;
      for (int j = k - 1; j >= 0 && before < NEIGHBOURHOOD_TOKENS; j--) {
        before += sentences.get(j).size();
        count += broken[j];
      }
      int after = 0;
      for (int j = k + 1; j < n && after < NEIGHBOURHOOD_TOKENS; j++) {
        after += sentences.get(j).size();
        count += broken[j];
      }
      tokens += before + after;
      boolean salad = count >= NEIGHBOURHOOD_BROKEN && count * NEIGHBOURHOOD_TOKENS_PER_BROKEN >= tokens;
      out.add(salad ? sentences.get(k).amidWordSalad() : sentences.get(k));
    }
    return out;
  }

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
    return nameRepeated(r, i) || broken(r.s, r.lex, i, r.hasMention(i) || r.hasMention(i + 1));
  }

  /**
   * The same, for a sentence whose actors are not known yet: every check but the repeated name. {@code named} says
   * whether either token is (part of) an actor's name, which the tagger may read as a verb.
   */
  static boolean broken(ArabicSentence s, ArabicLexicon lex, int i, boolean named) {
    String t = s.tag(i);
    String next = s.tag(i + 1);
    boolean endMark = s.isPunct(i + 1) && !lex.is(s.word(i + 1), GrammarClass.QUOTE)
        && !lex.is(s.word(i + 1), GrammarClass.AMBIGUOUS_QUOTE) && !BRACKET_OR_DASH.matcher(s.word(i + 1)).matches();
    boolean particle = t.equals("RP") || t.equals("NEG_PART");
    if (verbalParticleBeforeNoun(s, lex, i) || adjectiveWithoutNoun(s, i) || !named && twoPerfects(s, lex, i)) {
      return true;
    }
    if (tight(s, lex, i) || governsNoun(s, lex, i)) {
      // لـ and من stand before verbs as the lam of purpose ("ليصبح") and as "who" ("من يستطيع"); بـ before لا is "بلا".
      boolean finite = (next.equals("VBP") || next.equals("VBD")) && !lex.is(s.folded(i), SyntaxClass.VERB_PREFIX);
      boolean negation = next.equals("RP") || next.equals("NEG_PART");
      return finite || next.equals("CC") || negation && !lex.is(s.folded(i), SyntaxClass.VERB_PREFIX) || endMark
          || tight(s, lex, i + 1);
    }
    if (t.equals("WP") && lex.is(s.folded(i), SyntaxClass.RELATIVE)) {
      return endMark || next.contains("JJ") || next.equals("CC") || next.equals("IN");
    }
    if (particle) {
      return next.equals("CC") || next.equals("RP") || next.equals("NEG_PART") || endMark || tight(s, lex, i + 1);
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
  static boolean verbalParticleBeforeNoun(ArabicSentence s, ArabicLexicon lex, int i) {
    String next = s.tag(i + 1);
    boolean nominal = next.contains("NN") || next.contains("JJ") || next.equals("CD");
    boolean lost = i > 0 && s.folded(i - 1).equals("\u0641");
    return nominal && !s.isPunct(i + 1) && !lost && lex.is(s.folded(i), SyntaxClass.VERBAL_PARTICLE)
        && !s.isVerb(i);
  }

  /**
   * "تراقب المتسارعة", "لم الروسية": a definite adjective agrees with a definite noun before it; after a finite verb
   * or a particle there is none (nor does a demonym there name its state: "ستعزز السورية").
   */
  static boolean adjectiveWithoutNoun(ArabicSentence s, int i) {
    String t = s.tag(i);
    boolean before = t.equals("VBD") || t.equals("VBP") || t.equals("RP") || t.equals("NEG_PART");
    return before && s.tag(i + 1).equals("DTJJ");
  }

  /**
   * A word that governs the noun after it like a preposition but may follow one ({@code syntax.tsv}, NOUN_GOVERNOR:
   * "عبر", "خلال", "غير"; "من خلال"), tagged as a preposition or a noun; not as the verb it may also be (عبّر، حوّل).
   */
  private static boolean governsNoun(ArabicSentence s, ArabicLexicon lex, int i) {
    String t = s.tag(i);
    return (t.equals("IN") || t.equals("NN")) && lex.is(s.folded(i), SyntaxClass.NOUN_GOVERNOR);
  }

  /**
   * "ونشرت قال": a perfect verb right after another, which Arabic allows only after كان and its sisters (pluperfect:
   * "كانت أعلنت") or a verb of speech before the words it quotes ("قال فقدنا").
   */
  static boolean twoPerfects(ArabicSentence s, ArabicLexicon lex, int i) {
    return s.tag(i).equals("VBD") && s.tag(i + 1).equals("VBD") && !lex.is(s.folded(i), SyntaxClass.AUXILIARY)
        && !lex.is(s.folded(i), SyntaxClass.ASPECT) && !lex.speech.containsKey(s.folded(i));
  }

  /** A preposition that governs the noun after it, tagged so or as the noun it also is (مع، لدى); not a name (علي). */
  private static boolean tight(ArabicSentence s, ArabicLexicon lex, int i) {
    String t = s.tag(i);
    return (t.equals("IN") || t.equals("NN")) && lex.is(s.folded(i), SyntaxClass.TIGHT_PREPOSITION);
  }
}
