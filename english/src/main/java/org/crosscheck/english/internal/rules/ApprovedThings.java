package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * A verb of approval ({@code approval-verbs.tsv}: "welcomed", "praised", "backed") whose direct object is a thing
 * ("welcomed the agreement", "praised the decision") supports that thing's owner where the grammar names one ("Y's
 * plan", "the ruling by Y", found as the verb's argument), and otherwise no one: another actor the sentence merely
 * names ("the deal signed in Y's capital", "…, the envoy told Y's delegation") is no stand-in for the owner, so the
 * claim takes no fallback target ({@link FallbackTarget}). A verb whose object is a party ("welcomed Y", "praised the
 * protesters") or that has no object is left alone, and so is a verb of aid or cooperation whose recipient hangs on a
 * noun ("lent money to build clinics in Y"), which the fallback reads right. Stateless.
 */
final class ApprovedThings {

  private ApprovedThings() {}

  /** Whether the verb {@code w} is a verb of approval whose direct object is a thing, not a party. */
  static boolean ofAThing(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || !g.lex.approvalVerbs.contains(g.lemmaOf(w))) {
      return false;
    }
    List<IndexedWord> objects = new ArrayList<>(g.children(w, "obj"));
    // "welcomed the deal signed in Y's capital": the parser often reads the participle after the object as a loose
    // clause of the verb ("dep") whose subject is the object.
    List<IndexedWord> participles = new ArrayList<>();
    for (IndexedWord d : g.children(w, "dep")) {
      if (g.pos(d).equals("VBN")) {
        objects.addAll(g.children(d, "nsubj"));
        participles.add(d);
      }
    }
    for (IndexedWord o : objects) {
      participles.addAll(g.children(o, "acl"));
    }
    // "backed the proposal put forward by Y": the participle's agent is the owner the grammar names, wherever the
    // parser hangs the participle; the fallback, which reads the whole clause, finds it.
    if (participles.stream().anyMatch(d -> g.children(d, "obl:by", "obl:agent").stream().anyMatch(g::namesActor))) {
      return false;
    }
    // "welcomed the move": a noun that names no actor, neither a catalog name or demonym nor a described one
    // ("the protesters", CommonNouns).
    return objects.stream()
        .anyMatch(o -> g.pos(o).startsWith("NN") && !g.namesActor(o) && CommonNouns.at(g, o) == null);
  }
}
