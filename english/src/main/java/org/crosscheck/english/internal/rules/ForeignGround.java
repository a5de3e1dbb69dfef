package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * "Al-Shabaab carried out bombings in Kenya", "the Houthis threatened to resume attacks in Saudi Arabia": an act of
 * force by an armed group, done in a state the text names by the state's own name, is against that state when the group
 * is foreign to it. The act is the cue itself or the object of it or of its infinitive as a light verb ("launched
 * raids", "resume attacks"; not "condemned the attacks", someone else's): a verb the CAMEO dictionary codes as assault,
 * fighting or mass violence, or a noun of {@code attack-nouns.tsv}. The group is foreign when the catalog files it
 * under another state (the country of its CAMEO code). Left alone, so that the place stays where and no whom: a group
 * at home ("Boko Haram attacks in Nigeria", an insurgency the place does not say is aimed at the state), a group of no
 * state (an international network), a state or its forces (striking inside another state, itself or by a force the
 * catalog files as its military, may be helping its government against rebels: the text alone does not say), and a city
 * or a province the catalog files under its state ("bombings in Mombasa", {@code sub-national-places.tsv}). Used only
 * when the cue's own arguments name no target. Stateless.
 */
final class ForeignGround {

  /** CAMEO's roots of assault, fighting and mass violence: a structure of the dictionary, not vocabulary. */
  private static final List<String> FORCE_ROOTS = List.of("18", "19", "20");

  /**
   * CAMEO's sectors of armed actors outside any state (rebels, insurgents, unidentified armed forces, opposition),
   * as against a state's own (military, police, intelligence): a structure of the actor codes, not vocabulary.
   */
  private static final List<String> NON_STATE_SECTORS = List.of("REB", "INS", "UAF", "OPP");

  private ForeignGround() {}

  /** The state the cue's act of force is done in, when every holder is an armed group foreign to it. */
  static List<ActorSpan> of(Graph g, StanceCues.Cue cue, List<ActorSpan> holders) {
    if (cue.stance() != Stance.OPPOSE || holders.isEmpty()) {
      return List.of();
    }
    for (IndexedWord place : grounds(g, cue)) {
      ActorSpan m = g.mentionOf(place);
      if (m == null || m.actor().kind() != ActorKind.STATE
          || g.lex.subNationalPlaces.containsKey(m.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (holders.stream().allMatch(h -> home(g, h.actor()).filter(s -> !s.id().equals(m.actor().id())).isPresent())) {
        return List.of(m);
      }
    }
    return List.of();
  }

  /** The "in" phrases of the cue's acts of force: the act's own, the verb's that carries it, its object's. */
  private static List<IndexedWord> grounds(Graph g, StanceCues.Cue cue) {
    IndexedWord w = cue.head();
    List<IndexedWord> acts = new ArrayList<>();
    if (cue.nominal()) {
      if (g.attackNoun(w)) {
        acts.add(w);
      }
    } else {
      List<IndexedWord> verbs = new ArrayList<>(List.of(w));
      // "threatened to resume attacks in Y": the act threatened is the infinitive's.
      verbs.addAll(g.children(w, "xcomp"));
      for (IndexedWord v : verbs) {
        if (forceVerb(g, v)) {
          acts.add(v);
        }
        if (g.lex.lightVerbs.contains(g.lemmaOf(v))) {
          // "launched raids in Y" is the subject's act; "condemned the attacks in Y" is someone else's.
          g.children(v, "obj").stream().filter(o -> g.attackNoun(o)).forEach(acts::add);
        }
      }
    }
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord a : acts) {
      if (g.pos(a).startsWith("VB")) {
        out.addAll(g.children(a, "obl:in"));
        // "attacked villages in Y": what the force is used on lies in Y.
        g.children(a, "obj").forEach(o -> out.addAll(g.children(o, "nmod:in")));
      } else {
        out.addAll(g.children(a, "nmod:in"));
        IndexedWord carrier = g.parent(a);
        if (carrier != null && g.relToParent(a).equals("obj") && g.pos(carrier).startsWith("VB")) {
          // "carried out bombings in Y": the parser may hang the place on the verb that carries the act.
          out.addAll(g.children(carrier, "obl:in"));
        }
      }
    }
    return out;
  }

  private static boolean forceVerb(Graph g, IndexedWord v) {
    if (!g.pos(v).startsWith("VB")) {
      return false;
    }
    return g.lex.events.of(g.lemmaOf(v), g.following(g.idx(v), 8))
        .filter(e -> e.stance() == Stance.OPPOSE && FORCE_ROOTS.stream().anyMatch(e.code()::startsWith))
        .isPresent();
  }

  /**
   * The state an armed group belongs to by its CAMEO code, or by the code of the catalogued group it is made of
   * ("Hamas militants"); none for a state, a person, a stateless network or a state's own armed force.
   */
  private static Optional<Actor> home(Graph g, Actor a) {
    if (a.kind() != ActorKind.ARMED_GROUP) {
      return Optional.empty();
    }
    List<Actor> up = new ArrayList<>(List.of(a));
    for (String id : g.ctx.actors().chain(a)) {
      g.ctx.actors().catalog().actor(id).ifPresent(up::add);
    }
    for (Actor x : up) {
      if (x.kind() == ActorKind.ARMED_GROUP && x.cameo().filter(c -> c.length() >= 3).isPresent()) {
        String code = x.cameo().get();
        // "Wagner fighters staged raids in Mali": a state's own force abroad (RUSMIL) may be fighting for the
        // host's government; like the state itself, it takes no side by where it fights.
        if (NON_STATE_SECTORS.stream().noneMatch(code.substring(3)::startsWith)) {
          return Optional.empty();
        }
        return g.ctx.actors().catalog().actor(code.substring(0, 3)).filter(s -> s.kind() == ActorKind.STATE);
      }
    }
    return Optional.empty();
  }
}
