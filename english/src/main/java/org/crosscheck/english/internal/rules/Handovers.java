package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A named person delivered into another's custody ({@code handover-verbs.tsv}: "refused to hand X over to the
 * court", "surrendered X to the tribunal", "Poland handed over X to Belarus"): the one delivered is no one the act
 * backs, nor, refused, opposes; the act is toward whom he is delivered to, as an extradition is judicial cooperation
 * with the state that asked. In a swap ("in exchange for", "in a prisoner swap", "in return") it backs neither side,
 * as a release of captives does ({@link Releases}), and so does a named person released in one ("In return, France
 * released X"). People described by a group noun are delivered the same way ("extradite the opposition activist",
 * "demanded that Sweden extradite Kurdish militants": no support of the militants). A thing handed over ("handed
 * over patrol boats to Y") is left to the other rules; a name the catalog lacks or a person's, handed or ceded "to"
 * someone (CEDE: "will not hand El Fasher to the militia", a city the tagger may take for a person), is delivered the
 * same way. Stateless.
 */
final class Handovers {

  private Handovers() {}

  /** The named person the verb {@code w} delivers, or null. */
  static ActorSpan delivered(Graph g, IndexedWord w) {
    // "In return, France released X": a release of a named person in a swap is a delivery too.
    boolean released = g.pos(w).startsWith("VB") && g.lex.releaseVerbs.contains(g.lemmaOf(w)) && swap(g);
    if (g.pos(w).startsWith("VB") && g.lex.cedingVerbs.contains(g.lemmaOf(w))) {
      // "will not hand El Fasher to the militia": a place handed over is no party; whom it goes to is.
      for (IndexedWord o : g.children(w, "obj", "nsubj:pass")) {
        ActorSpan m = g.mentionOf(o);
        if (m != null && (m.actor().kind() == ActorKind.UNKNOWN || m.actor().kind() == ActorKind.PERSON)) {
          return m;
        }
      }
    }
    if (!g.verbIn(w, g.lex.handoverVerbs) && !released) {
      return null;
    }
    for (IndexedWord o : g.children(w, "obj", "nsubj:pass")) {
      ActorSpan m = g.mentionOf(o);
      // A person the catalog lacks is an ad-hoc actor of no kind: the tagger says it is a person. A person named by
      // an office ("extradites separatist leader") is one too, whatever group the catalog files the office under.
      if (m != null && (m.actor().kind() == ActorKind.PERSON
          || m.actor().isAdHoc() && g.ctx.sentence().ner(g.idx(o)).equals("PERSON")
          || g.lex.personNouns.contains(g.lemmaOf(o)))) {
        return m;
      }
      // "extradite the opposition activist", "hand over 50 militants to Y": people described by a group noun are
      // delivered as a named person is.
      ActorSpan group = m != null ? m : CommonNouns.at(g, o);
      if (group != null && (group.actor().kind() == ActorKind.GROUP
          || group.actor().kind() == ActorKind.ARMED_GROUP)) {
        return group;
      }
    }
    return null;
  }

  /** Whom the verb {@code w} delivers its person to ("to the court"), none in a swap. */
  static List<ActorSpan> recipients(Graph g, IndexedWord w) {
    if (swap(g)) {
      return List.of();
    }
    List<ActorSpan> out = new ArrayList<>();
    for (IndexedWord t : g.children(w, "obl:to", "obl:into")) {
      // "to the militia": a group named by its noun, or the one such a noun refers back to.
      ActorSpan m = g.mentionOf(t) != null ? g.mentionOf(t) : Antecedents.described(g, t);
      m = m != null ? m : CommonNouns.at(g, t);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether the sentence tells of a swap ("in exchange for", "a prisoner swap", "in return"). */
  private static boolean swap(Graph g) {
    for (int i = 0; i < g.size(); i++) {
      IndexedWord n = g.node(i);
      if (n != null && g.pos(n).startsWith("NN") && (g.lex.swapNouns.contains(g.lemmaOf(n))
          || g.lex.inSwapNouns.contains(g.lemmaOf(n))
              && g.children(n, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("in")))) {
        return true;
      }
    }
    return false;
  }
}
