package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * "A Cypriot-owned tanker was seized by Iran", "Houthi forces fired missiles at a Norwegian-owned tanker", "Indian
 * forces shot down a Chinese-made drone", "gunmen attacked a Chinese-run mine", "a Panamanian-flagged ship": an actor
 * hyphenated to a word of owning, making, running, flagging or basing ({@code provenance-words.tsv}) says whose a
 * thing is or where it comes from. It is no party to what is done to the thing: neither its target ("Iran → Cyprus"
 * would be a stance nobody wrote) nor, as the one other actor of the sentence, a fallback target. The parser hangs
 * the actor on the participle as a bare dependent, or on the noun itself as an adjective with the participle read as
 * a noun or a modal, so the test is on the words: the actor's last word, a hyphen, the word of provenance. A plain
 * demonym ("seized a Chinese fishing vessel") is left as it is. Stateless.
 */
final class ProvenanceHyphens {

  private ProvenanceHyphens() {}

  /** Whether the word at {@code i} ends an actor hyphenated to a word of provenance ("Cypriot" in "Cypriot-owned"). */
  static boolean ownerAt(Graph g, int i) {
    if (i < 0 || i + 2 >= g.toks.size() || !g.toks.get(i + 1).word().equals("-")) {
      return false;
    }
    return g.lex.provenanceWords.contains(g.toks.get(i + 2).word().toLowerCase(Locale.ROOT));
  }

  /** Whether the word {@code w} is only the owner, maker or flag of a thing. */
  static boolean owner(Graph g, IndexedWord w) {
    return ownerAt(g, g.idx(w));
  }

  /** Whether the mention ends in an actor hyphenated to a word of provenance. */
  static boolean owner(Graph g, ActorSpan m) {
    return ownerAt(g, m.last());
  }
}
