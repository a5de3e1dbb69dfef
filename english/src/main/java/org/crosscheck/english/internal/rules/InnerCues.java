package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Map;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * A cue that names no target and governs an infinitive that is a cue of the same stance toward a named target says
 * nothing that infinitive does not: in "agreed to allow aid trucks to enter Y" the claim is the allowing, toward Y,
 * and a second one of "agreed" toward nobody is the same stance with its target lost. The mirror of a governed cue
 * that names none ("agreed to share information": the governing cue speaks). Stateless.
 */
final class InnerCues {

  private InnerCues() {}

  /** Whether {@code w}'s infinitive is a cue of {@code stance} that finds a target of its own. */
  static boolean speakFor(Graph g, IndexedWord w, Stance stance, SpeechFrames.Frame frame, List<ActorSpan> holders,
      Map<IndexedWord, Stance> heads) {
    return g.children(w, "xcomp").stream()
        .anyMatch(x -> heads.get(x) == stance && !Targets.of(g, x, false, frame, holders).isEmpty());
  }
}
