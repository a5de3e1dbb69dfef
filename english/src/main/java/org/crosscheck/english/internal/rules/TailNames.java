package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * An organisation the catalog knows only the last word of: "the Makerere Students Senate" is no "Senate"
 * (the United States Congress, as the dictionaries list it). When the tagger marks a run of capitalised words as one
 * organisation, and a catalog name of one word is only its last word, the words before it naming no catalog actor, the
 * run is a name of its own, an ad-hoc organisation. A word before it that the catalog knows keeps the reading ("the
 * Philippine Senate" is the Philippines' senate, "Lebanese Hezbollah" is Hezbollah), as does a demonym right before
 * it ("the American Senate"; "Indonesian" further back is part of the new name), and so does a run with a
 * lower-case word, which {@link JoinedNames} reads ("the University of Khartoum"). Places are left alone: "Northern
 * Gaza", "Eastern Ukraine" are parts of what they end in. Stateless.
 */
final class TailNames {

  private TailNames() {}

  /** The mention {@code m} stands for: itself, or the whole name it ends. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied() || m.first() != m.last() || m.actor().isAdHoc()) {
      return m;
    }
    if (!g.ctx.sentence().ner(m.first()).equals(Graph.ORGANIZATION)) {
      return m;
    }
    int[] run = g.nerRun(m.first(), m.last(), Graph.ORGANIZATION);
    if (run[0] == m.first() || run[1] != m.last()) {
      return m;
    }
    IndexedWord before = g.node(m.first() - 1);
    if (before != null && g.demonym(before) != null) {
      // "the American Senate": the state's own body, whose name the demonym gives.
      return m;
    }
    for (int k = run[0]; k < m.first(); k++) {
      ActorSpan known = g.ctx.mentionAt(k).orElse(null);
      String w = g.toks.get(k).word();
      if (known != null && !known.actor().isAdHoc() || w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        return m;
      }
    }
    String surface = g.text(run[0], m.last());
    return ActorSpan.of(run[0], m.last(), g.ctx.actors().adHoc(surface, ActorKind.ORGANISATION), surface);
  }
}
