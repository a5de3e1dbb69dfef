package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * "The Saudi-led coalition struck …", "US-led forces captured …": a group noun ({@code led-groups.tsv}, GROUP)
 * described by a participle of leading (LEADER) that an actor is hyphenated to is a group under that actor, and it
 * acts. The parser hangs the leader on the participle as a dependent or not at all, so the group would be nobody
 * ("coalition" is no agent noun) or no one's ("forces" need an owner). The group is not the leader's own army (a
 * coalition has other members): it is an ad-hoc group named by its words, under the leader. The backer of
 * "Iran-backed militias" holds a stance by its participle ({@link HyphenAgents}); a leader is named here only as
 * whose the group is. Stateless.
 */
final class LedGroups {

  private LedGroups() {}

  /**
   * Whether {@code w} is a participle of leading that describes a group ("Hamas-led militants attacked …"): it names
   * who leads the group, no act of the leader toward anyone, so it is no cue, whatever the words after it say.
   */
  static boolean describing(Graph g, IndexedWord w) {
    return g.pos(w).equals("VBN") && g.relToParent(w).equals("amod")
        && g.lex.ledGroups.get(g.lemmaOf(w)) == EnglishLexicon.LedClass.LEADER;
  }

  /**
   * Whether {@code o}, the object of the verb {@code w}, is a group its subject leads ("who led the IMF mission",
   * "heads the EU delegation"): whose the group is names the leader's own side, no one the leader acts toward. A
   * group sent to or for someone ("led a delegation to Y") keeps the one it goes to.
   */
  static boolean own(Graph g, IndexedWord w, IndexedWord o) {
    return g.lex.ledGroups.get(g.lemmaOf(w)) == EnglishLexicon.LedClass.LEADER && g.pos(w).startsWith("VB")
        && g.lex.ledGroups.get(g.lemmaOf(o)) == EnglishLexicon.LedClass.GROUP
        && g.children(o, "nmod:to", "nmod:for", "nmod:with", "nmod:against").isEmpty();
  }

  /** The group the noun {@code c} describes when an actor leads it ("Saudi-led coalition"), or null. */
  static ActorSpan at(Graph g, IndexedWord c) {
    if (g.lex.ledGroups.get(g.lemmaOf(c)) != EnglishLexicon.LedClass.GROUP) {
      return null;
    }
    for (IndexedWord m : g.children(c, "amod")) {
      int i = g.idx(m);
      if (g.lex.ledGroups.get(g.lemmaOf(m)) != EnglishLexicon.LedClass.LEADER || i > g.idx(c) || i < 2
          || !g.pos(m).equals("VBN") || !g.toks.get(i - 1).word().equals("-")) {
        continue;
      }
      // The parser may leave the leader out of the graph ("US-led"): it is found by its place before the hyphen.
      ActorSpan named = g.mentionAt(i - 2);
      IndexedWord a = g.node(i - 2);
      Actor leader = named != null && !named.anonymous() ? named.actor() : a == null ? null : g.demonym(a);
      if (leader != null) {
        int from = named != null && !named.anonymous() ? named.first() : i - 2;
        String text = g.text(from, g.idx(c));
        return ActorSpan.of(from, g.idx(c), g.ctx.actors().adHocGroup(text, ActorKind.GROUP, leader), text);
      }
    }
    return null;
  }
}
