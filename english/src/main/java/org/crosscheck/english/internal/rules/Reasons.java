package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * "X verbed Y for doing Z": when a verb acts on a party ("retaliated against Finland", "imposed sanctions on
 * Lithuania", "protested to Sweden") and gives a "for" + gerund, the gerund is the party's act given as the reason,
 * not the subject's: "China imposed sanctions on Lithuania for hosting a Taiwanese office" is no claim that China
 * hosts anything. Like the reasons of REASON verbs ({@link Complements}), such a cue yields no claim. Without a party
 * the "for" phrase is what is done ("voted for sending troops"). The parser may hang the gerund on the noun after
 * it ("for joining NATO": "joining" an adjective of "NATO") or on the party ("sentenced an activist for supporting
 * Y"), also the reason of an accusation on the accused ("accused foreign agencies of financing the riots").
 * Stateless.
 */
final class Reasons {

  private Reasons() {}

  private static final List<String> PARTY = List.of("obj", "iobj", "obl:against", "obl:on",
      "obl:to", "obl:with");
  /** How the parser hangs an accusation's reason on the accused: a clause or a noun phrase of "of" or "for". */
  private static final List<String> ACCUSED_REASON = List.of("acl:of", "acl:for", "nmod:of", "nmod:for");
  private static final List<String> NOUN_PARTY = List.of("nmod:on", "nmod:against", "nmod:to", "nmod:with");

  /** Whether {@code cue}, a gerund, is the reason a verb acting on a party gives: it yields no claim. */
  static boolean given(Graph g, IndexedWord cue) {
    if (!g.pos(cue).equals("VBG")) {
      return false;
    }
    IndexedWord p = g.parent(cue);
    String r = g.relToParent(cue);
    if (p != null && r.equals("acl:for") && g.relToParent(p).equals("obj") && g.parent(p) != null
        && g.pos(g.parent(p)).startsWith("VB") && (party(g, p) || CommonNouns.at(g, p) != null)) {
      // "sentenced an activist for supporting Y": the parser hangs the reason on the party itself.
      return true;
    }
    if (p != null && ACCUSED_REASON.contains(r) && g.relToParent(p).equals("obj")
        && g.parent(p) != null && g.pos(g.parent(p)).startsWith("VB")
        && g.governs(g.parent(p), EnglishLexicon.GovernorClass.REASON)) {
      // "accused foreign agencies of financing the riots": the parser hangs the accusation's reason on the accused,
      // even one that names no actor; the act is the accused's, never the accuser's.
      return true;
    }
    if (p != null && r.equals("amod") && g.pos(p).startsWith("NN")) {
      r = g.relToParent(p);
      p = g.parent(p);
    }
    if (p == null || !r.equals("advcl:for") && !r.equals("obl:for") || !g.pos(p).startsWith("VB")) {
      return false;
    }
    for (IndexedWord a : g.children(p, PARTY)) {
      // "imposed sanctions on Y": the parser may hang the party on the object.
      if (party(g, a) || g.children(a, NOUN_PARTY).stream().anyMatch(n -> party(g, n))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code d}, an oblique of {@code verb} (a verb taking a reason: REASON or REGRET), comes after the verb's
   * reason and belongs to it: in "accused both parties of committing atrocities against civilians" the parser hangs
   * "against civilians" on "accused", but the civilians are in the charge, not accused. The reason may hang on the
   * verb or on its object ("parties of …").
   */
  static boolean inCharge(Graph g, IndexedWord verb, IndexedWord d, String rel) {
    if (!rel.startsWith("obl:") || Complements.reason(rel)) {
      return false;
    }
    List<IndexedWord> reasons = new java.util.ArrayList<>();
    for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : g.g.outgoingEdgeList(verb)) {
      if (Complements.reason(Graph.rel(e))) {
        reasons.add(e.getDependent());
      }
    }
    for (IndexedWord o : g.children(verb, "obj")) {
      // As the parser hangs an accusation's reason on the accused, or its cause ("parties over …").
      reasons.addAll(g.children(o, ACCUSED_REASON));
      reasons.addAll(g.children(o, "nmod:over"));
    }
    return reasons.stream().anyMatch(x -> x.index() < d.index());
  }

  private static boolean party(Graph g, IndexedWord a) {
    ActorSpan m = g.mentionOf(a);
    return m != null && !m.anonymous() || g.demonym(a) != null;
  }
}
