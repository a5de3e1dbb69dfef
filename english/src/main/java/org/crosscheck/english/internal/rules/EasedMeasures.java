package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Map;
import org.crosscheck.Stance;

/**
 * "Kenya relaxed the curfew", "Israel loosened the blockade", "the army scaled back the siege": a verb only the CAMEO
 * dictionary makes a cue, whose own pattern names its object as a measure eased (CAMEO root 08, yielding: "relax
 * curfew" 0813, "scale back blockade" 0872), is a concession, a claim of its own without a target when the measure is
 * on no party; with a party ("the blockade on Gaza") the target is that party (UNDO in {@code governors.tsv}). The
 * same verb on anything its patterns do not name ("relaxed her grip", "ended the meeting") acts on a thing and stays
 * no claim, as {@link ForceObjects} keeps it for force. Stateless.
 */
final class EasedMeasures {

  /** CAMEO's root of yielding: easing restrictions, sanctions, blockades; a structure of the dictionary. */
  private static final String YIELD_ROOT = "08";

  private EasedMeasures() {}

  /** Whether the dictionary cue eases the measure its object names by one of the verb's patterns. */
  static boolean eases(Graph g, StanceCues.Cue cue) {
    return !cue.nominal() && eases(g, cue.head(), cue.stance());
  }

  /** Whether the verb {@code w}, read with {@code stance}, eases the measure its object names by a pattern. */
  static boolean eases(Graph g, IndexedWord w, Stance stance) {
    if (stance != Stance.SUPPORT) {
      return false;
    }
    List<IndexedWord> objects = g.children(w, "obj");
    List<Map.Entry<EventCodes.Event, List<String>>> patterns = StanceCues.windows(g, w).stream()
        .flatMap(f -> g.lex.events.patternEvents(g.lemmaOf(w), f).stream()).toList();
    for (Map.Entry<EventCodes.Event, List<String>> p : patterns) {
      if (p.getKey().stance() == Stance.SUPPORT && p.getKey().code().startsWith(YIELD_ROOT)
          && objects.stream().anyMatch(o -> p.getValue().stream().anyMatch(x -> ForceObjects.named(x, o, g)
              || g.children(o, "compound").stream().anyMatch(c -> ForceObjects.named(x, c, g))))) {
        return true;
      }
    }
    return false;
  }
}
