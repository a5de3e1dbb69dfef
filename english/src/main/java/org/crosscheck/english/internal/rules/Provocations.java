package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * A reaction an act prompts answers the act's doer: "Russia vetoed the resolution, prompting France to threaten
 * sanctions" is France's threat toward Russia, as "…, leading Kenya to recall its envoy" is Kenya's toward the doer.
 * The act's verb carries a participle of provoking ({@code provoking-verbs.tsv}) whose infinitive is the reaction's
 * cue; the doer is the subject of the act's verb. Used only when the reaction names no target of its own ("prompting
 * France to condemn Moscow" keeps Moscow), never toward the reacting side itself. The one prompted and the reaction
 * are no part of the act's own clause: France is no fallback target of the veto. Stateless.
 */
final class Provocations {

  private Provocations() {}

  /** The doer of the act that prompted the reaction {@code cue}, or nothing. */
  static List<ActorSpan> provokers(Graph g, IndexedWord cue, List<ActorSpan> holders) {
    IndexedWord participle = g.parent(cue);
    if (participle == null || !g.relToParent(cue).equals("xcomp") || !provoking(g, participle)) {
      return List.of();
    }
    IndexedWord act = act(g, participle);
    for (IndexedWord s : g.children(act, "nsubj")) {
      ActorSpan doer = Antecedents.resolve(g, s, null);
      if (doer != null && holders.stream().noneMatch(h -> g.ctx.actors().related(h.actor(), doer.actor()))) {
        return List.of(doer);
      }
    }
    return List.of();
  }

  /**
   * Whether {@code w} is a participle of provoking hung on the verb of an act: an adverbial clause, or the loose
   * "dep" or "xcomp" a parser makes of one after a comma.
   */
  static boolean provoking(Graph g, IndexedWord w) {
    return act(g, w) != null;
  }

  /**
   * The verb of the act a participle of provoking follows, or null: its head as an adverbial clause, a "dep" or an
   * "xcomp"; or, after a comma, the verb of the object the parser hung it on as a modifier ("sanctioned five officials,
   * prompting Y to …": no official prompts).
   */
  private static IndexedWord act(Graph g, IndexedWord w) {
    IndexedWord head = g.parent(w);
    String r = g.relToParent(w);
    if (head == null || !g.pos(w).equals("VBG") || !g.lex.provokingVerbs.contains(g.lemmaOf(w))) {
      return null;
    }
    if (r.equals("acl") && g.idx(w) > 0 && g.toks.get(g.idx(w) - 1).word().equals(",")
        && g.relToParent(head).equals("obj")) {
      head = g.parent(head);
      r = "advcl";
    }
    return g.pos(head).startsWith("VB") && (r.startsWith("advcl") || r.equals("dep") || r.equals("xcomp"))
        ? head : null;
  }
}
