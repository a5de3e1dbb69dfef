package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * A news outlet as the target of a stance. An outlet is mostly where a stance is voiced ("said on Facebook", "told the
 * BBC", "in an interview with CNN"), so {@link Targets#in} never takes one; but when a verb acts on the outlet itself,
 * it is the target: its object ("accused the BBC of bias", "banned Al Jazeera"), its passive subject with an agent
 * ("CNN was attacked by X"), or the outlet that owns or employs that object ("expelled a BBC correspondent", "deported
 * a reporter for Deutsche Welle", "raided the broadcaster's office", "closed Al Jazeera's bureau", "suspended the
 * broadcasts of RFI"), never the state that owns it ("France's RFI"). A noun of harm keeps its own reading ("condemned
 * the arrest of a BBC reporter" is toward whoever arrested). An outlet a speaker tells ("an official told Al Jazeera")
 * is the channel of the sentence, never the target of another of its cues, whichever rule would find it. Stateless.
 */
final class Outlets {

  private Outlets() {}

  /** The outlet the verb cue {@code w} acts on through its argument {@code d}; null when there is none. */
  static ActorSpan actedOn(Graph g, IndexedWord w, IndexedWord d, List<ActorSpan> holders) {
    boolean passive = g.children(w, "nsubj:pass").contains(d) && !g.children(w, "obl:agent", "obl:by").isEmpty();
    if (!g.pos(w).startsWith("VB") || !g.children(w, "obj").contains(d) && !passive) {
      return null;
    }
    List<IndexedWord> at = new ArrayList<>(List.of(d));
    if (!g.lex.harmNouns.contains(g.lemmaOf(d))) {
      at.addAll(g.children(d, "compound", "nmod:poss", "nmod:for", "nmod:of"));
    }
    for (IndexedWord x : at) {
      ActorSpan m = g.mentionOf(x);
      if (m != null && m.media() && holders.stream().noneMatch(h -> h.actor().id().equals(m.actor().id()))) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether {@code t} is an outlet on a speech verb other than the cue {@code w} ("told Al Jazeera", "said on CNN");
   * the cue's own object stays its target ("accused CNN of lying").
   */
  static boolean told(Graph g, ActorSpan t, IndexedWord w) {
    if (!t.media() && !press(t) || t.implied()) {
      return false;
    }
    IndexedWord head = g.node(t.last());
    IndexedWord up = head == null ? null : g.parent(head);
    // Told, spoken on or reporting ("said on Al Jazeera", "Reuters reported"): the outlet only carries the words.
    return up != null && !up.equals(w) && g.isSpeech(up);
  }

  /**
   * Whether the actor is a country's press ("told Cambodian state media", "according to Iranian media"): the catalog
   * composes it from the state and the media sector, not as an outlet; like an outlet, a voice or an audience, not
   * the party a stance is toward.
   */
  static boolean press(ActorSpan m) {
    return m.actor().cameo().filter(c -> c.length() == 6 && c.endsWith("MED")).isPresent();
  }
}
