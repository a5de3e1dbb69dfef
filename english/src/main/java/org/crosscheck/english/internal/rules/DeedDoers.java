package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * Whose deed a noun in a target phrase is: its "by" phrase names its doer as a possessor does, so the two come before
 * the deed's object or recipient. "condemned the sale of weapons to X by Y" is a stance toward Y, as "condemned Y's
 * sale of weapons to X" is; X only receives. A "by" phrase that names nobody ("by auction", "by Friday") leaves the
 * other links as they were. Nouns of harm keep their own order ({@code harm-nouns.tsv}, where the victim is never a
 * target). A group the text describes names a doer there too ({@link #group}). Stateless.
 */
final class DeedDoers {

  private DeedDoers() {}

  /** The links of {@code noun}, its possessors and "by" phrases first, the rest in their order. */
  static List<IndexedWord> first(Graph g, IndexedWord noun, List<IndexedWord> links) {
    List<IndexedWord> doers = new ArrayList<>(g.children(noun, "nmod:poss"));
    for (IndexedWord by : byPhrases(g, noun)) {
      if (links.contains(by)) {
        doers.add(by);
      }
    }
    doers.retainAll(links);
    List<IndexedWord> out = new ArrayList<>(doers);
    links.stream().filter(l -> !doers.contains(l)).forEach(out::add);
    return out;
  }

  /**
   * The "by" phrases of a deed noun: its own, and those the parser hangs on the verb the noun is the object of
   * ("condemned [the abduction] [by the gunmen]"; a verb with an object is active, its "by" phrase no agent).
   */
  static List<IndexedWord> byPhrases(Graph g, IndexedWord noun) {
    List<IndexedWord> out = new ArrayList<>(g.children(noun, "nmod:by"));
    IndexedWord verb = g.parent(noun);
    if (verb != null && g.relToParent(noun).equals("obj")) {
      out.addAll(g.children(verb, "obl:by"));
    }
    return out;
  }

  /**
   * The group a deed's "by" phrase describes, or null: "protested the abuses by the security forces", "condemned the
   * killings by the militia", "banned sit-ins by students". Inside a target phrase a described group is looked for
   * only at its head ({@link CommonNouns}), since deeper a common noun is mostly a victim, a place or a thing; the
   * "by" phrase of a deed noun is the one deeper link that names who acted. A crowd is counted, not a doer, and a
   * means, a time or a margin ("by phone", "by Friday", "by a wide margin") describes no group, and a group a pronoun
   * owns is the holder's own ("would consider a strike by all its members", {@link OwnedGroups#pronounOwned}).
   */
  static ActorSpan group(Graph g, IndexedWord deed, IndexedWord by, List<ActorSpan> holders) {
    if (!g.pos(deed).startsWith("NN") || !byPhrases(g, deed).contains(by) || CommonNouns.crowd(g, by)
        || OwnedGroups.pronounOwned(g, by)) {
      return null;
    }
    ActorSpan x = CommonNouns.at(g, by);
    return x == null || holders.stream().anyMatch(h -> h.actor().id().equals(x.actor().id())) ? null : x;
  }
}
