package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * A verb the parser coordinates with a reported clause's verb but that continues the report's own verb: "Ishiba said
 * Japan would study the request and praised Brazil's role" (Ishiba praised, not Japan); "the fund said Turkey had
 * made progress but warned that easing could undo it" (the fund warned). The parser gives such a verb the reported
 * clause's subject. It is the speaker's when it cannot share the reported verb's modal (a past tense after
 * "would study …"), or when it is itself a verb of saying with a clause of its own ("… but warned that …"),
 * whatever verb reports the clause ("said", "hoped"). Stateless.
 */
final class SpeakerConjuncts {

  private SpeakerConjuncts() {}

  /** The verb ("said", "hoped") whose subject the verb cue {@code w} continues, or null. */
  static IndexedWord report(Graph g, IndexedWord w) {
    if (!g.pos(w).equals("VBD")) {
      return null;
    }
    IndexedWord first = g.firstConjunct(w);
    IndexedWord report = first == null || !g.relToParent(first).equals("ccomp") ? null : g.parent(first);
    if (report == null) {
      return null;
    }
    List<IndexedWord> own = g.children(w, "nsubj");
    if (!g.children(first, "nsubj").containsAll(own)) {
      // "X said Y would go and Z welcomed it": the second verb has a subject of its own.
      return null;
    }
    boolean modal = g.children(first, "aux").stream().anyMatch(a -> g.pos(a).equals("MD"));
    boolean saying = g.isSpeech(w) && !g.children(w, "ccomp").isEmpty();
    return modal || saying ? report : null;
  }
}
