package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * Forces sent to keep peace, watch or train are help to the state they go to: "the UN deployed peacekeepers in
 * Haiti", "the EU deployed ceasefire monitors to Georgia", "Brazil deployed peacekeeping troops in Haiti" are the
 * sender's support of Haiti or Georgia (CAMEO 074). A verb of moving forces (MOVE in {@code governors.tsv}) whose
 * object is such a force ({@code peace-forces.tsv}: the noun, or a word before it) is a SUPPORT cue, unlike combat
 * troops sent, which stay no stance ({@link MovedForces}). Its target is a state its "to" or "in" phrase names; an
 * "in" phrase is where the force serves, so it must name the state itself, not a city or province the catalog files
 * under it ("deployed peacekeepers in Goma" is no stance toward Congo), nor the sender's own state. The force itself
 * is never the target, and a force sent to a city is none of these ("sent observers to Bridgetown" for talks held
 * there). Such a force arriving in a state is its owner's support of it in the same way ("Indian
 * peacekeepers arrived in Y"); combat troops arriving stay no stance. Stateless.
 */
final class PeaceForces {

  /** CAMEO's "provide military protection or peacekeeping". */
  static final String PEACEKEEPING = "074";

  private PeaceForces() {}

  /** Whether {@code verb} sends or deploys a peacekeeping, monitoring or training force. */
  static boolean sends(Graph g, IndexedWord verb) {
    // "sent observers to Bridgetown": to a city, where talks or a vote are watched, not to keep a state's peace.
    return g.pos(verb).startsWith("VB") && g.verbOf(verb, EnglishLexicon.GovernorClass.MOVE)
        && g.children(verb, "obj").stream().anyMatch(o -> peace(g, o))
        && g.children(verb, "obl:to").stream().noneMatch(p -> city(g, p));
  }

  /** Whether {@code place} names a state by a city or province the catalog files under it. */
  private static boolean city(Graph g, IndexedWord place) {
    ActorSpan m = g.mentionOf(place);
    return m != null && m.actor().kind() == ActorKind.STATE
        && g.lex.subNationalPlaces.get(m.text().toLowerCase(Locale.ROOT)) != null;
  }

  /** Whether such a force arrives: a verb of arriving (ARRIVAL in {@code visits.tsv}) with the force as subject. */
  static boolean arrives(Graph g, IndexedWord verb) {
    return g.pos(verb).startsWith("VB") && g.lex.visits.get(g.lemmaOf(verb)) == EnglishLexicon.VisitClass.ARRIVAL
        && g.children(verb, "nsubj").stream().anyMatch(s -> peace(g, s));
  }

  /**
   * Whose the arriving force is, when the force names no actor itself: the state or body before it ("Indian
   * peacekeepers", "UN monitors", "Kenya's police trainers").
   */
  static List<ActorSpan> owners(Graph g, IndexedWord verb) {
    List<ActorSpan> out = new ArrayList<>();
    if (!arrives(g, verb)) {
      return out;
    }
    List<IndexedWord> forces = new ArrayList<>();
    for (IndexedWord s : g.children(verb, "nsubj")) {
      forces.add(s);
      // "the first batch of Kenyan police": whose the batch is, its force says.
      forces.addAll(g.children(s, "nmod:of"));
    }
    for (IndexedWord force : forces) {
      for (IndexedWord c : g.children(force, "amod", "compound", "nmod:poss")) {
        ActorSpan m = g.mentionOf(c);
        org.crosscheck.Actor state = m == null ? g.demonym(c) : null;
        if (m != null && !m.anonymous()) {
          out.add(m);
        } else if (state != null) {
          out.add(ActorSpan.of(g.idx(c), g.idx(c), state, c.word()));
        }
      }
    }
    return out;
  }

  /** Whether the noun names such a force: its own lemma or a word before it is one ("peacekeeping troops"). */
  static boolean peace(Graph g, IndexedWord noun) {
    if (!g.pos(noun).startsWith("NN") || g.pos(noun).startsWith("NNP")) {
      return false;
    }
    if (g.lex.peaceForces.contains(g.lemmaOf(noun))) {
      return true;
    }
    if (g.lex.partNouns.get(g.lemmaOf(noun)) == EnglishLexicon.PartClass.NUMBER) {
      // "the first contingent of Kenyan police trainers", "a battalion of peacekeepers": part of such a force.
      return g.children(noun, "nmod:of").stream().anyMatch(f -> peace(g, f));
    }
    return g.children(noun, "compound", "amod").stream()
        .anyMatch(m -> g.lex.peaceForces.contains(g.lemmaOf(m).toLowerCase(Locale.ROOT)));
  }

  /** The states the force is deployed in: its "in" phrase naming a state by its own name, not a holder's. */
  static List<ActorSpan> hosts(Graph g, IndexedWord verb, List<ActorSpan> holders) {
    if (!sends(g, verb) && !arrives(g, verb)) {
      return List.of();
    }
    List<ActorSpan> out = new ArrayList<>();
    for (IndexedWord place : g.children(verb, "obl:in")) {
      ActorSpan m = g.mentionOf(place);
      if (namesState(g, place) && holders.stream().noneMatch(h -> h.actor().id().equals(m.actor().id()))) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether {@code place} names a state by its own name, not by a city or province the catalog files under it. */
  static boolean namesState(Graph g, IndexedWord place) {
    ActorSpan m = g.mentionOf(place);
    return m != null && !m.anonymous() && m.actor().kind() == ActorKind.STATE
        && g.lex.subNationalPlaces.get(m.text().toLowerCase(Locale.ROOT)) == null;
  }
}
