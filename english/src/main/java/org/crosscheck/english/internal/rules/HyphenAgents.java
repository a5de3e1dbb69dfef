package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * "Iran-backed militias", "Russian-backed separatists", "US-sanctioned banks": a participle cue joined by a hyphen to
 * an actor before it is that actor's stance toward the noun the participle describes. The parser hangs the actor on
 * the participle as a bare oblique or a dependent, never as a "by" agent, so neither holder nor target would be found.
 * The group described is not the backer's own ("Iran-backed militias" are no Iranian militia): the backer gives the
 * group's name its words, not its state ({@link CommonNouns}). Stateless.
 */
final class HyphenAgents {

  private HyphenAgents() {}

  /**
   * Whether {@code w} is a participle joined by a hyphen to a word that names no actor ("foreign-funded",
   * "state-backed"): a modifier however the parser hangs it (it may make "funded" a verb joined to the sentence's,
   * with the noun after it as its object), never an act of the sentence's subject.
   */
  static boolean unowned(Graph g, IndexedWord w) {
    int i = g.idx(w);
    if (!g.pos(w).equals("VBN") || i < 2 || !g.toks.get(i - 1).word().equals("-")) {
      return false;
    }
    IndexedWord a = g.node(i - 2);
    return a != null && g.mentionOf(a) == null && g.demonym(a) == null;
  }

  /** The actor's word before the hyphen of a participle that describes a noun ("Iran" in "Iran-backed"), or null. */
  static IndexedWord agent(Graph g, IndexedWord participle) {
    int i = g.idx(participle);
    if (!g.pos(participle).equals("VBN") || i < 2 || !g.toks.get(i - 1).word().equals("-")
        || described(g, participle) == null) {
      return null;
    }
    IndexedWord a = g.node(i - 2);
    if (a == null) {
      return null;
    }
    ActorSpan m = g.mentionOf(a);
    return m != null && !m.anonymous() || g.demonym(a) != null ? a : null;
  }

  /** The noun a participle cue describes when an actor is hyphenated to it ("militias"), or null. */
  static IndexedWord modified(Graph g, IndexedWord participle) {
    return agent(g, participle) == null ? null : described(g, participle);
  }

  /** Where the words of the actor hyphenated to a participle start: the actor's first word. */
  static int start(Graph g, IndexedWord participle) {
    IndexedWord a = agent(g, participle);
    ActorSpan m = a == null ? null : g.mentionOf(a);
    return a == null ? g.idx(participle) : m != null ? m.first() : g.idx(a);
  }

  private static IndexedWord described(Graph g, IndexedWord participle) {
    IndexedWord p = g.parent(participle);
    return p != null && g.relToParent(participle).equals("amod") && g.pos(p).startsWith("NN") ? p : null;
  }
}
