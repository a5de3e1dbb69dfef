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
 * "China launched exercises around Taiwan", "Turkey staged war games near Greek islands", "jets bombed targets in
 * Y", "fired a missile over Japan": a show of force (CAMEO root 15) or an act of force (roots 18–20) that the cue
 * verb itself reports, done by a state or its forces on or toward the ground of another state, is aimed at that
 * state. The ground is a link of {@code relations.tsv} class AIMED_GROUND ("around", "near", "off", "over",
 * "in", …) from the verb or its object, naming the state by its own name, or a noun of {@code ground-nouns.tsv}
 * whose demonym or "of" phrase names it ("Greek islands", "the coast of Y"). Left alone, so that the place stays
 * where and no whom: the holder's own ground ("drills off China's coast" by Chinese warships), a city or a province
 * the catalog files under a state ("raids near Aleppo", {@code sub-national-places.tsv}), a sea or a strait named
 * for a state ("the Taiwan Strait": no ground noun of the state's), a holder with no state (armed groups are {@link
 * ForeignGround}'s), and an act whose object names a party of its own ("bombed rebel positions in Y": the state may
 * be helping Y's government against them). Used only when the cue's own arguments name no target. Stateless.
 */
final class AimedGround {

  /** CAMEO's roots of a show of force and of assault, fighting and mass violence: structures of the dictionary. */
  private static final List<String> ROOTS = List.of("15", "18", "19", "20");

  /** CAMEO's sector of a state's military, whose nouns are the means or the state's own: a structure of the codes. */
  private static final String MILITARY = "MIL";

  private AimedGround() {}

  /** The foreign state the cue's show or act of force is aimed at by where it is done, or nothing. */
  static List<ActorSpan> of(Graph g, StanceCues.Cue cue, List<ActorSpan> holders) {
    if (cue.stance() != Stance.OPPOSE || holders.isEmpty()
        // "Poland and Hungary clashed over Ukraine": parties of a mutual act are each other's; the ground is what they
        // clash about.
        || holders.size() > 1 && g.lex.symmetric.contains(g.lemmaOf(cue.head()))) {
      return List.of();
    }
    IndexedWord verb = deedVerb(g, cue);
    if (verb == null || g.children(verb, "obj").stream().anyMatch(o -> namesParty(g, o))) {
      return List.of();
    }
    List<Actor> homes = new ArrayList<>();
    for (ActorSpan h : holders) {
      Optional<Actor> s = g.ctx.actors().stateOf(h.actor());
      if (s.isEmpty()) {
        return List.of();
      }
      homes.add(s.get());
    }
    for (IndexedWord place : grounds(g, verb)) {
      ActorSpan m = state(g, place);
      if (m != null && homes.stream().noneMatch(s -> g.ctx.actors().related(s, m.actor()))) {
        return List.of(m);
      }
    }
    return List.of();
  }

  /**
   * The verb that reports the deed, when the dictionary codes it a show or an act of force: the cue, or the verb that
   * lends its stance to the cue noun it takes as object ("fired a missile"). Not a verb that only carries a noun of
   * attack ("carried out air strikes in Y"): such a report names no aim, and the state may be striking at Y's enemies.
   */
  private static IndexedWord deedVerb(Graph g, StanceCues.Cue cue) {
    IndexedWord w = cue.head();
    if (cue.nominal()) {
      w = g.relToParent(w).equals("obj") && !g.attackNoun(w) ? g.parent(w) : null;
    }
    if (w == null || !g.pos(w).startsWith("VB")) {
      return null;
    }
    IndexedWord v = w;
    boolean force = StanceCues.windows(g, v).stream()
        .map(f -> g.lex.events.of(g.lemmaOf(v), f)).flatMap(Optional::stream)
        .anyMatch(e -> e.stance() == Stance.OPPOSE && ROOTS.stream().anyMatch(e.code()::startsWith));
    return force ? v : null;
  }

  /** The grounds of the deed: the verb's own and its objects'. */
  private static List<IndexedWord> grounds(Graph g, IndexedWord verb) {
    var rels = g.lex.relations(EnglishLexicon.RelationClass.AIMED_GROUND);
    List<IndexedWord> out = new ArrayList<>(g.children(verb, rels));
    g.children(verb, "obj").forEach(o -> out.addAll(g.children(o, rels)));
    return out;
  }

  /** The state a ground names: by the state's own name, or by the demonym or "of" phrase of a ground noun. */
  private static ActorSpan state(Graph g, IndexedWord place) {
    ActorSpan m = g.mentionOf(place);
    if (m != null && own(g, m)) {
      return m;
    }
    // "near Greek islands": the tagger may take the ground noun into a place name of its own.
    if (!g.pos(place).startsWith("NN") || !g.lex.groundNouns.contains(g.lemmaOf(place).toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (IndexedWord d : g.children(place, "amod", "compound", "nmod:of", "nmod:poss")) {
      ActorSpan s = g.mentionOf(d);
      if (s != null && own(g, s)) {
        return s;
      }
    }
    return null;
  }

  /** Whether a mention is a state by its own name or demonym, not a city or a province taken for it. */
  private static boolean own(Graph g, ActorSpan m) {
    return m.actor().kind() == ActorKind.STATE
        && !g.lex.subNationalPlaces.containsKey(m.text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether an object of the deed names a party of its own: an actor, or a group noun ("rebel positions"); not a
   * noun of a state's military ("fired a missile", "bombed troops in Y"), which is the means or the state's own.
   */
  private static boolean namesParty(Graph g, IndexedWord o) {
    List<IndexedWord> words = new ArrayList<>(List.of(o));
    words.addAll(g.children(o, "amod", "compound", "nmod:poss", "nmod:of"));
    for (IndexedWord x : words) {
      String lemma = g.lemmaOf(x).toLowerCase(Locale.ROOT);
      String[] group = g.lex.groupNouns.getOrDefault(lemma, g.lex.groupNouns.get(lemma.split("-")[0]));
      if (g.mentionOf(x) != null || group != null && !group[0].equals(MILITARY)) {
        return true;
      }
    }
    return false;
  }
}
