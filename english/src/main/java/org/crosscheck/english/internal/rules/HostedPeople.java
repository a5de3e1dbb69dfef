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
    if (!g.pos(w).startsWith("VB") || !g.lemmaOf(w).equals("host")) {
      return false;
    }
    for (IndexedWord o : g.children(w, "obj")) {
      String tag = g.pos(o);
      if (!tag.equals("NNS") && !tag.equals("NNPS") && !g.lex.hostedPeople.contains(g.lemmaOf(o))) {
        continue;
      }
      if (g.lex.hostedPeople.contains(g.lemmaOf(o))) {
        return true;
      }
      if (g.demonym(o) != null) {
        // "Syrians": a plural name of a state's people is its people, not its government come to visit.
        return true;
      }
    }
    return false;
  }
}
