package org.crosscheck.english.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.spi.Token;

/**
 * A dateline opening a story ("CARACAS — …", "GENEVA (Reuters) -", "LAGOS, Nigeria, March 3 (AP) -"): the place the
 * story was filed from, in capitals, perhaps the region or country and the date after a comma, perhaps an agency in
 * brackets, then a dash. It is never an actor of the sentence. Stateless.
 */
public final class Datelines {

  /**
   * How far a dateline reaches: "GOMA, Democratic Republic of Congo, May 27 (Reuters) -" takes 13 tokens; a
   * capitalised place, a comma and a dash further on is a sentence, not a dateline.
   */
  private static final int REACH = 16;

  /** The lower-case words a country's or region's name may hold ("Republic of Congo", "Bosnia and Herzegovina"). */
  private static final Set<String> NAME_LINKS = Set.of("of", "and", "the", "de");

  private Datelines() {}

  /** The number of tokens the sentence's dateline takes, dash included (0 when there is none). */
  public static int length(List<Token> toks) {
    int limit = Math.min(toks.size(), REACH);
    boolean capitals = false;
    boolean bracket = false;
    // After the place in capitals and a comma, the wire's region and date follow in ordinary case.
    boolean tail = false;
    boolean dated = false;
    boolean agency = false;
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
        // "US, Japan and South Korea - long allies -" opens with capitals too: a region after the comma is a
        // dateline's only with a date or an agency.
        return capitals && (!tail || dated || agency) ? i + 1 : 0;
      }
      if (bracket) {
        agency = true;
        continue;
      }
      if (w.equals(",") && capitals) {
        tail = true;
        continue;
      }
      boolean letters = w.chars().anyMatch(Character::isLetter);
      boolean upper = w.equals(w.toUpperCase(Locale.ROOT));
      if (tail) {
        if (letters && !Character.isUpperCase(w.charAt(0)) && !NAME_LINKS.contains(w)
            || !letters && !w.equals(".") && w.chars().noneMatch(Character::isDigit)) {
          return 0;
        }
        dated |= w.chars().anyMatch(Character::isDigit);
        continue;
      }
      if (letters && !upper) {
        return 0;
      }
      capitals |= letters;
    }
    return 0;
  }
}
