package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * "Museveni imposed martial law in Uganda", "the president relaxed the curfew imposed in Chad", "the army reimposed its
 * blockade in Y": a measure laid on the people of a territory (a curfew, martial law, a state of emergency or of siege,
 * a blockade) or eased for them is taken toward the state the text names as where it holds, by the state's own name,
 * since those it confines are that state's. The measure is the one the CAMEO dictionary names in the verb's pattern
 * (codes below), not a verb's own sense ("besieged the town in Y" is where); "declared a state of emergency" alone
 * stays an appeal (012), as a flood's is no coercion. A city or a province is where, no whom ("a curfew in Mombasa",
 * {@code sub-national-places.tsv}), and the holder's own state is not its target (a claim toward it would be dropped
 * whole, the measure with it). The verb is the cue or the infinitive it governs ("threatened to impose martial law in
 * Y"). Used only when the cue's own arguments name no target. Stateless.
 */
final class MeasuredStates {

  /**
   * CAMEO's codes of measures on a territory's people and of their easing: curfew (1723), state of emergency or
   * martial law (1724), blockade or restricted movement (191), and eased curfew (0813), state of emergency (0814),
   * blockade (0872). A structure of the dictionary, not vocabulary.
   */
  private static final List<String> CODES = List.of("1723", "1724", "191", "0813", "0814", "0872");

  private MeasuredStates() {}

  /** The state the cue's measure holds in, or nothing. */
  static List<ActorSpan> of(Graph g, StanceCues.Cue cue, List<ActorSpan> holders) {
    if (cue.nominal()) {
      return List.of();
    }
    for (IndexedWord place : places(g, cue.head())) {
      ActorSpan m = g.mentionOf(place);
      if (m != null && m.actor().kind() == ActorKind.STATE
          && !g.lex.subNationalPlaces.containsKey(m.text().toLowerCase(Locale.ROOT))
          && holders.stream().noneMatch(h -> g.ctx.actors().related(h.actor(), m.actor()))) {
        return List.of(m);
      }
    }
    return List.of();
  }

  /** The "in" phrases of the measure the verb, or the infinitive it governs, lays or eases. */
  private static List<IndexedWord> places(Graph g, IndexedWord w) {
    List<IndexedWord> verbs = new ArrayList<>(List.of(w));
    verbs.addAll(g.children(w, "xcomp"));
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord v : verbs) {
      if (!measure(g, v)) {
        continue;
      }
      out.addAll(g.children(v, "obl:in"));
      for (IndexedWord o : g.children(v, "obj")) {
        out.addAll(g.children(o, "nmod:in"));
        // "lifted the curfew imposed in Y": the place is told by the participle that names the measure.
        g.children(o, "acl").forEach(p -> out.addAll(g.children(p, "obl:in")));
      }
    }
    return out;
  }

  private static boolean measure(Graph g, IndexedWord v) {
    // "relaxed for two days the curfew in Y": the measure may stand past the verb's own window, at its object.
    return g.pos(v).startsWith("VB") && StanceCues.windows(g, v).stream()
        .flatMap(f -> g.lex.events.patternEvents(g.lemmaOf(v), f).stream())
        .anyMatch(e -> CODES.stream().anyMatch(e.getKey().code()::startsWith));
  }
}
