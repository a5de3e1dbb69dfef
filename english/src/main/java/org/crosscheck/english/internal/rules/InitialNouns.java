package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;
import java.util.Optional;

/**
 * "Farmers blocked roads …", "Refugees protested …": the tagger takes some plural group nouns that open a sentence
 * for names (NNP, NNPS), so the group ({@code group-nouns.tsv}) would not be seen. The first word of a sentence,
 * capitalised only for standing there and tagged as a name, whose plural's lemma is a listed group noun is tagged
 * again as a plural common noun. Stateless.
 */
public final class InitialNouns {

  private InitialNouns() {}

  /** The lemma of a sentence's first word that is a group noun the tagger took for a name, if it is one. */
  public static Optional<String> groupLemma(String word, String tag, EnglishLexicon lex) {
    if (!tag.startsWith("NNP") || word.length() < 3 || !Character.isUpperCase(word.charAt(0))
        || !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String lemma = new Morphology().lemma(word.toLowerCase(Locale.ROOT), "NNS", true);
    return lex.groupNouns.containsKey(lemma) && !lemma.equals(word.toLowerCase(Locale.ROOT))
        ? Optional.of(lemma) : Optional.empty();
  }
}
