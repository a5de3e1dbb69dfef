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
    IndexedWord p = g.parent(w);
    if (p != null && g.relToParent(w).equals("parataxis") && g.idx(p) < g.idx(w)) {
      clauses.add(p);
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
