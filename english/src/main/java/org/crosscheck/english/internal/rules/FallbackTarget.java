package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A support or opposition whose arguments name no actor ("committed to supplying additional military aid … to
 * bolster Syrian defenses") takes the one other actor the sentence names, if there is exactly one: not the
 * holders, the voices or the agencies, not an unnamed source, an outlet, an actor of unknown kind or a place ("in
 * Gaza"). Stateless.
 */
final class FallbackTarget {

  private FallbackTarget() {}

  static List<ActorSpan> of(Graph g, List<ActorSpan> holders, List<SpeechFrames.Frame> chain) {
    Set<Integer> taken = new HashSet<>();
    Set<String> takenIds = new HashSet<>();
    for (ActorSpan h : holders) {
      for (int k = h.first(); k <= h.last(); k++) {
        taken.add(k);
      }
      takenIds.add(h.actor().id());
    }
    for (SpeechFrames.Frame f : chain) {
      if (f.speaker != null) {
        takenIds.add(f.speaker.actor().id());
      }
      f.agencies.forEach(a -> takenIds.add(a.actor().id()));
    }
    Map<String, ActorSpan> found = new LinkedHashMap<>();
    for (int i = 0; i < g.size(); i++) {
      if (taken.contains(i)) {
        continue;
      }
      ActorSpan m = g.mentionAt(i);
      if (m == null) {
        IndexedWord w = g.node(i);
        Actor dem = w == null ? null : g.demonym(w);
        if (dem != null) {
          m = ActorSpan.of(i, i, dem, w.word());
        }
      }
      if (m != null && !m.anonymous() && !m.media() && !takenIds.contains(m.actor().id())
          && m.actor().kind() != ActorKind.UNKNOWN && !place(g, m)) {
        found.putIfAbsent(m.actor().id(), m);
      }
    }
    return found.size() == 1 ? List.copyOf(found.values()) : List.of();
  }

  /** Whether the actor is named as a place ("in Gaza", "near the border with X"), not as a party. */
  private static boolean place(Graph g, ActorSpan m) {
    IndexedWord head = g.node(m.last());
    return head != null && g.lex.relations(EnglishLexicon.RelationClass.PLACE).contains(g.relToParent(head));
  }
}
