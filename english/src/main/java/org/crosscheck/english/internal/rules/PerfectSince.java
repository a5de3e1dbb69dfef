package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.Token;

/**
 * "The junta has since expelled French troops, ended security cooperation with the EU …": "since" between "have" and
 * a participle is an adverb (since then), but the tagger reads it as the preposition, and the parser then makes the
 * participle a modifier of its object ("expelled French troops") and the object the subject of the verbs conjoined
 * after it. Such a "since" is tagged as the adverb it is. Stateless.
 */
public final class PerfectSince {

  private PerfectSince() {}

  /** The positions of the tokens to tag again as adverbs ({@code RB}). */
  public static List<Integer> misread(List<Token> tokens) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.word().equalsIgnoreCase("since") && !t.tag().equals("RB") && tokens.get(i - 1).lemma().equals("have")
          && (tokens.get(i + 1).tag().equals("VBN") || tokens.get(i + 1).tag().equals("VBD"))) {
        out.add(i);
      }
    }
    return out;
  }
}
