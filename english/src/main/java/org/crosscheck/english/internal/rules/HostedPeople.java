package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Jordan hosts 700,000 Syrians", "Chad, which hosts a million refugees": a state that shelters people hosts no
 * guest. The dictionary codes hosting as a visit received, which is contact ({@link Contacts}), but refugees, migrants
 * or another state's people in the plural ({@code hosted-people.tsv}, a plural demonym) are no party the host meets:
 * the sentence tells a fact about the host and yields no claim. "Qatar hosted Hamas leaders" and "hosted the talks"
 * are left to the contact rule. Stateless.
 */
final class HostedPeople {

  private HostedPeople() {}

  /** Whether the verb at {@code w} is a hosting of people sheltered, not of guests. */
  static boolean sheltered(Graph g, IndexedWord w) {
    if (!g.lemmaOf(w).equals("host")) {
      return false;
    }
    for (IndexedWord o : g.children(w, "obj")) {
      // "Syrians": a plural name of a state's people is its people, not its government come to visit.
      if (g.lex.hostedPeople.contains(g.lemmaOf(o)) || g.demonym(o) != null) {
        return true;
      }
    }
    return false;
  }
}
