package org.crosscheck.english.internal.rules;

import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Token;

/**
 * Headlines written in title case ("Ethiopia and Somalia Agree to Ease Tensions"): every word capitalised, so that
 * a run of capitalised words is no evidence of a name there. In such a sentence, actors made up for capitalised
 * words the catalog lacks are not trusted as holders or targets. Stateless.
 */
final class Headlines {

  private Headlines() {}

  /**
   * Whether most of the sentence's longer words start with a capital letter, and no verb is in lower case: title
   * case capitalises the verb ("Pledges"), while a sentence of titles and names keeps its verb low ("Senator Jane
   * Doe attacked Acme Corp." has four capitals in five long words and is no headline).
   */
  static boolean titleCase(List<Token> toks) {
    int words = 0;
    int capitals = 0;
    for (Token t : toks) {
      String w = t.word();
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        boolean capital = Character.isUpperCase(w.charAt(0));
        if (!capital && t.tag().startsWith("VB")) {
          return false;
        }
        capitals += capital ? 1 : 0;
      }
    }
    return words >= 3 && capitals * 10 >= words * 8;
  }

  /** Whether an actor is one made up for capitalised words (no catalog entry, no named-entity type). */
  static boolean madeUpName(ActorSpan a) {
    return a.actor().isAdHoc() && a.actor().kind() == ActorKind.UNKNOWN;
  }
}
