package org.crosscheck.arabic.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.Token;

/**
 * Verbs the tagger reads as nouns, where the words around them leave only the verb ({@code verb-readings.tsv}):
 * <ul>
 *   <li>a verb of blowing up spelt as the noun of dawn ("فجر"), before its doer ("فجر انتحاري نفسه", "فجر ثلاثة
 *       مسلحين عبوات"), before its reflexive object ("فجر نفسه"), or after its doer and a comma, before a thing
 *       ("مهاجم انتحاري من الجماعة، فجر شاحنة"); never before a noun of time ("فجر يوم", "فجر الأحد", "فجر أمس");</li>
 *   <li>a verb of gathering spelt as its masdar ("تجمع"), before a quantity of people ("تجمع مئات المحتجين");</li>
 *   <li>a perfect of a curated verb cue ({@code cues.tsv}) with the open teh of the feminine ("أدانت", "رحبت"), read
 *       as an indefinite noun before a noun, its subject ("أدانت/NN الهيئة", "رحبت/NN هيئة"): Arabic spells a
 *       noun in construct with teh marbuta, so open teh on a verb's stem is the verb's ending.</li>
 * </ul>
 * Such a token is given the perfect's tag (VBD), so that every rule reads it as the verb it is. The other way round,
 * a masdar with a possessive pronoun that the tagger reads as a verb with its object ("جددت الصين رفض/VBD ها/PRP")
 * right after a verb of declaring or renewing ({@code syntax.tsv}, DECLARING) and its subject is the masdar: Arabic
 * joins two finite verbs there only through "أن". It is given the noun's tag and its pronoun the possessive's.
 * Stateless.
 */
final class VerbReadings {

  /** What a word of {@code verb-readings.tsv} is. */
  enum Kind { DETONATE, GATHER, BOMBER, TIME }

  /** How far after a verb of blowing up its reflexive object may stand ("فجر انتحاري يقود شاحنة نفسه"). */
  static final int SELF_REACH = 5;

  /** How far before the comma the doer of a verb of blowing up after it may stand. */
  static final int DOER_REACH = 6;

  private static final String PERFECT = "VBD";

  private VerbReadings() {}

  /** The tokens of {@code s} with the verbs it hides tagged as verbs; {@code s.tokens()} itself when none. */
  static List<Token> repaired(ArabicSentence s, ArabicLexicon lex) {
    List<Token> out = null;
    for (int i = 0; i < s.size(); i++) {
      if (!noun(s, i) || !(detonates(s, lex, i) || gathers(s, lex, i) || feminine(s, lex, i))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(s.tokens());
      }
      Token t = out.get(i);
      out.set(i, new Token(t.index(), t.word(), t.lemma(), PERFECT, t.begin(), t.end()));
    }
    for (int i = 1; i + 1 < s.size(); i++) {
      if (!declaredMasdar(s, lex, i)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(s.tokens());
      }
      Token t = out.get(i);
      out.set(i, new Token(t.index(), t.word(), t.lemma(), NOUN, t.begin(), t.end()));
      Token p = out.get(i + 1);
      out.set(i + 1, new Token(p.index(), p.word(), p.lemma(), POSSESSIVE, p.begin(), p.end()));
    }
    return out == null ? s.tokens() : out;
  }

  private static final String NOUN = "NN";
  private static final String POSSESSIVE = "PRP$";

  /** How many words the subject between a verb of declaring and its masdar may have. */
  static final int SUBJECT_WORDS = 3;

  /**
   * Whether token {@code i} is a verb with an object pronoun right after a verb of declaring and its subject, all
   * nouns and adjectives ("جددت الصين رفضها", "جدد وزير الخارجية رفضه").
   */
  private static boolean declaredMasdar(ArabicSentence s, ArabicLexicon lex, int i) {
    if (!s.tag(i).startsWith("VB") || !s.tag(i + 1).equals("PRP")) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 1 - SUBJECT_WORDS); k--) {
      String t = s.tag(k);
      if (t.startsWith("VB")) {
        return k < i - 1 && s.stems(k).stream()
            .anyMatch(st -> st.verbal() && lex.is(st.form(), ArabicLexicon.SyntaxClass.DECLARING));
      }
      if (!t.contains("NN") && !t.contains("JJ")) {
        return false;
      }
    }
    return false;
  }

  /** Whether token {@code i} is an indefinite noun, as the tagger read it. */
  private static boolean noun(ArabicSentence s, int i) {
    return s.tag(i).startsWith("NN") && !s.tag(i).startsWith("NNP");
  }

  private static boolean detonates(ArabicSentence s, ArabicLexicon lex, int i) {
    if (lex.reading(s.folded(i)) != Kind.DETONATE || i + 1 >= s.size()) {
      return false;
    }
    int j = i + 1;
    while (j < s.size() && s.tag(j).equals("CD")) {
      j++;
    }
    if (j < s.size() && is(s, lex, j, Kind.BOMBER)) {
      return true;
    }
    for (int k = i + 1; k < Math.min(s.size(), i + 1 + SELF_REACH); k++) {
      if (s.isPunct(k) || s.isVerb(k) && k > i + 1) {
        break;
      }
      if (lex.is(s.key(k), ArabicLexicon.ObjectClass.SELF) && k + 1 < s.size() && s.tag(k + 1).startsWith("PRP")) {
        return true;
      }
    }
    return i > 0 && lex.is(s.folded(i - 1), ArabicLexicon.GrammarClass.COMMA) && thing(s, lex, i + 1)
        && doerBefore(s, lex, i - 1);
  }

  /** Whether token {@code j} is an indefinite common noun that is no noun of time: what a bomber blows up. */
  private static boolean thing(ArabicSentence s, ArabicLexicon lex, int j) {
    return j < s.size() && (s.tag(j).equals("NN") || s.tag(j).equals("NNS")) && !is(s, lex, j, Kind.TIME)
        && !lex.is(s.folded(j), ArabicLexicon.SyntaxClass.FILLER);
  }

  /** Whether a doer of a bombing stands in the clause that ends at the comma {@code comma}. */
  private static boolean doerBefore(ArabicSentence s, ArabicLexicon lex, int comma) {
    for (int k = comma - 1; k >= Math.max(0, comma - DOER_REACH); k--) {
      if (s.isPunct(k) || s.isVerb(k)) {
        return false;
      }
      if (is(s, lex, k, Kind.BOMBER)) {
        return true;
      }
    }
    return false;
  }

  private static boolean gathers(ArabicSentence s, ArabicLexicon lex, int i) {
    if (lex.reading(s.folded(i)) != Kind.GATHER) {
      return false;
    }
    int j = i + 1;
    int counted = 0;
    while (j < s.size() && (s.tag(j).equals("CD") || lex.is(s.key(j), ArabicLexicon.SyntaxClass.QUANTIFIER)
        || s.folded(j).equals(FROM))) {
      j++;
      counted++;
    }
    return counted > 0 && j < s.size() && people(s, lex, j);
  }

  /** The open teh (folded) of the perfect's third person feminine. */
  private static final String TEH = "\u062a";

  /** Whether token {@code i} is a feminine perfect of a curated verb cue, read as a noun before its subject. */
  private static boolean feminine(ArabicSentence s, ArabicLexicon lex, int i) {
    String f = s.folded(i);
    if (s.tag(i).startsWith("DT") || !f.endsWith(TEH) || f.length() < 4 || i + 1 >= s.size()
        || !s.tag(i + 1).contains("NN")) {
      return false;
    }
    String stem = f.substring(0, f.length() - 1);
    return lex.cues.get(stem).stream().anyMatch(e -> e.curated() && e.form() != StanceCues.Form.NOUN);
  }

  /** "من", between a quantity and what it counts ("مئات من العمال"). */
  private static final String FROM = "\u0645\u0646";

  /** Whether token {@code j} names people: a noun of people, or an agent noun (protesters, workers, students). */
  private static boolean people(ArabicSentence s, ArabicLexicon lex, int j) {
    if (!s.tag(j).contains("NN") && !s.tag(j).contains("JJ") || s.tag(j).contains("NNP")) {
      return false;
    }
    for (ArabicStemmer.Stem st : s.stems(j)) {
      if (st.nominal() && (lex.is(st.form(), ArabicLexicon.ObjectClass.PERSON)
          || !lex.agents.startingWith(st.form()).isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of token {@code j}'s noun stems is a word of kind {@code k}. */
  private static boolean is(ArabicSentence s, ArabicLexicon lex, int j, Kind k) {
    if (lex.reading(s.key(j)) == k) {
      return true;
    }
    for (ArabicStemmer.Stem st : s.stems(j)) {
      if (st.nominal() && lex.reading(st.form()) == k) {
        return true;
      }
    }
    return false;
  }
}
