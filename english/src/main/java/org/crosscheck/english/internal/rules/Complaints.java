package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * A complaint is about whoever the complained-of clause names as its subject: "the opposition complained that the
 * government had rigged the vote", "the authorities are failing refugees, a rights group protested" (COMPLAINT verbs
 * in {@code governors.tsv}). Used only when the verb has no target of its own. Stateless.
 */
final class Complaints {

  private Complaints() {}

  /** The subject of the clause a complaint verb reports, before or after it, when it names an actor. */
  static List<ActorSpan> targets(Graph g, IndexedWord w, List<ActorSpan> holders) {
    if (!g.pos(w).startsWith("VB") || g.lex.governors.get(g.lemmaOf(w)) != EnglishLexicon.GovernorClass.COMPLAINT) {
      return List.of();
    }
    List<IndexedWord> clauses = new ArrayList<>(g.children(w, "ccomp"));
    // "Y are failing refugees, a rights group protested": the complaint follows its clause, which the parser makes
    // the sentence's root, hanging the complaint on it or, loosely, on any word of it.
    String r = g.relToParent(w);
    IndexedWord root = g.g.getFirstRoot();
    if ((r.equals("parataxis") || r.equals("dep")) && root != null && !root.equals(w) && g.idx(root) < g.idx(w)) {
      clauses.add(root);
    }
    List<ActorSpan> out = new ArrayList<>();
    for (IndexedWord c : clauses) {
      for (IndexedWord s : g.children(c, "nsubj", "nsubj:pass")) {
        ActorSpan m = Targets.in(g, s, 0, holders);
        if (m != null && holders.stream().noneMatch(h -> h.actor().id().equals(m.actor().id()))) {
          out.add(m);
        }
      }
    }
    return out;
  }
}
