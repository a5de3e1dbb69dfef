package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Locale;
import org.crosscheck.spi.Token;

/**
 * A headline in title case ("Germany Pledges More Aid to Ukraine") reads to the tagger as a row of names. Its words
 * that are function words ({@code title-words.tsv}) or the stance vocabulary's words, in any inflection (CoreNLP's
 * morphology), are tagged again in lower case; the others (names, mostly) keep their capital. Actors are found in
 * the text, not in the tokens' case, so nothing is lost for them; acronyms ("US", "UN") are never lowered.
 * Stateless.
 */
public final class TitleCase {

  private TitleCase() {}

  /** Whether the sentence is written in title case. */
  public static boolean applies(List<Token> tokens) {
    return Headlines.titleCase(tokens);
  }

  /** The word in lower case when a title capitalised it only for being in a title, else the word itself. */
  public static String lowered(String word, EnglishLexicon lex) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || !word.substring(1).equals(
        word.substring(1).toLowerCase(Locale.ROOT))) {
      return word;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (lex.titleWords.contains(w)) {
      return w;
    }
    for (String stem : stems(w)) {
      if (known(stem, lex)) {
        return w;
      }
    }
    return word;
  }

  /**
   * The word's lemmas as a verb or a noun in any inflection, by CoreNLP's morphology (no model needed). Its own
   * lexer, not {@code Morphology.lemmaStatic}, which gives the same lemmas behind one lock for every thread.
   */
  private static List<String> stems(String w) {
    List<String> out = new java.util.ArrayList<>();
    Morphology morphology = new Morphology();
    for (String tag : INFLECTIONS) {
      String lemma = morphology.lemma(w, tag, true);
      if (!out.contains(lemma)) {
        out.add(lemma);
      }
    }
    return out;
  }

  private static final List<String> INFLECTIONS = List.of("VB", "VBZ", "VBD", "VBG", "VBN", "NN", "NNS");

  private static boolean known(String lemma, EnglishLexicon lex) {
    return lex.stanceVerbs.containsKey(lemma) || lex.stanceNouns.containsKey(lemma)
        || lex.speechVerbs.containsKey(lemma) || lex.events.cue(lemma) || lex.events.patternCue(lemma)
        || lex.governors.containsKey(lemma) || lex.lightVerbs.contains(lemma);
  }
}
