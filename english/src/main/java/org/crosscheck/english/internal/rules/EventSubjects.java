package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * An event noun as a verb's subject stands for whoever carries it out: in "Israeli air strikes killed …", "a Russian
 * missile strike hit …" or "US drone attacks have killed …" the verb's stance is held by the holders of the noun's
 * own stance (a demonym, possessor or actor compounded with it), when both cues take the same side. A subject that
 * names nobody ("a roadside bomb killed …") gives no holder. Stateless.
 */
final class EventSubjects {

  private EventSubjects() {}

  /** The holders of a verbal cue whose subject is a nominal cue of the same stance, or none. */
  static List<ActorSpan> holders(Graph g, StanceCues.Cue verb, List<StanceCues.Cue> cues,
      SpeechFrames.Frame frame) {
    if (verb.nominal()) {
      return List.of();
    }
    for (IndexedWord s : g.children(verb.head(), "nsubj")) {
      for (StanceCues.Cue c : cues) {
        if (c.head().equals(s) && c.nominal() && c.stance() == verb.stance()) {
          return Holders.of(g, s, true, frame);
        }
      }
    }
    return List.of();
  }
}
