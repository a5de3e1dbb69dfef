package org.crosscheck.english.internal.rules;

import java.util.List;
import java.util.Locale;
import org.crosscheck.spi.Token;

/**
 * A dateline opening a story ("CARACAS — …", "GENEVA (Reuters) -"): the place the story was filed from, in capitals
 * and perhaps an agency in brackets, then a dash. It is never an actor of the sentence. Stateless.
 */
public final class Datelines {

  private Datelines() {}

  /** The number of tokens the sentence's dateline takes, dash included (0 when there is none). */
  public static int length(List<Token> toks) {
    int limit = Math.min(toks.size(), 8);
    boolean capitals = false;
    boolean bracket = false;
    for (int i = 0; i < limit; i++) {
      String w = toks.get(i).word();
      if (w.equals("(") || w.equals("-LRB-")) {
        bracket = true;
        continue;
      }
      if (w.equals(")") || w.equals("-RRB-")) {
        bracket = false;
        continue;
      }
      if (!bracket && (w.equals("—") || w.equals("–") || w.equals("-") || w.equals("--"))) {
        return capitals ? i + 1 : 0;
      }
      boolean letters = w.chars().anyMatch(Character::isLetter);
      if (letters && !bracket && !w.equals(w.toUpperCase(Locale.ROOT))) {
        return 0;
      }
      capitals |= letters && !bracket;
    }
    return 0;
  }
}
