package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * Misconduct a speaker charges someone with is the speaker's stance, not the charged one's: in "Hungary said the
 * Commission had betrayed farmers" nobody reports the Commission turning on farmers but Hungary, and the charge is read
 * as Hungary's judgement of the Commission ({@link Evaluations}: a verb of misconduct, LIE in
 * {@code conduct-verbs.tsv}, judges its subject in what a speaker reports). The verb's own claim from its subject
 * toward its object is no one's stance. A speaker telling of its own side's conduct, a breach of what someone owns
 * ("Ukraine said Russia had violated its airspace", {@code breach-verbs.tsv}), a deed that is no misconduct ("Serbia
 * said Russia had attacked Ukraine") and narration are left alone. Stateless.
 */
final class ChargedConduct {

  private ChargedConduct() {}

  /** Whether the verb {@code w}, held by {@code holders}, is misconduct the speaker of {@code frame} charges. */
  static boolean charged(Graph g, IndexedWord w, SpeechFrames.Frame frame, List<ActorSpan> holders) {
    if (frame == null || frame.speaker == null || !g.pos(w).startsWith("VB")
        || g.lex.conduct.get(g.lemmaOf(w)) != EnglishLexicon.ConductClass.LIE
        // "Ukraine said Russia had violated its airspace": a breach is a deed against the owner of what it breaches.
        || g.lex.breachVerbs.contains(g.lemmaOf(w))) {
      return false;
    }
    String speaker = frame.speaker.actor().id();
    return holders.stream().noneMatch(h -> h.actor().id().equals(speaker));
  }
}
