package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.spi.Token;

/**
 * "EU to sanction Belarus", "a plan to sanction Chile": the tagger reads "sanction" after "to" as a noun, and the
 * parser then makes "to" a preposition and the name a thing the noun modifies, so that the plan is toward Chile. A
 * word after "to" that is a stance verb ({@code stance-verbs.tsv}) in its base form, tagged a singular noun, with a
 * name, a determiner or a possessive right after it, is the verb of an infinitive: both are tagged again ("to" as the
 * infinitive's marker, the word as a base-form verb). A noun phrase there is no reading English allows ("to
 * sanction Belarus" has no noun "sanction Belarus"); a noun followed by anything else ("to support for Y", "to aid
 * workers") is left alone. Stateless.
 */
public final class InfinitiveVerbs {

  private InfinitiveVerbs() {}

  /** The positions of the words to tag again as base-form verbs ({@code VB}); the "to" before each is a marker. */
  public static List<Integer> misread(List<Token> tokens, EnglishLexicon lex) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      String next = tokens.get(i + 1).tag();
      if (t.tag().equals("NN") && tokens.get(i - 1).word().equalsIgnoreCase("to")
          && lex.stanceVerbs.containsKey(t.word().toLowerCase(Locale.ROOT))
          && (next.equals("NNP") || next.equals("DT") || next.equals("PRP$"))) {
        out.add(i);
      }
    }
    return out;
  }
}
