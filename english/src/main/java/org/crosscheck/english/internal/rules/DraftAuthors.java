package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * "a French-drafted resolution", "the US-sponsored text", "a Kenyan-proposed motion": an actor hyphenated to a
 * participle of drafting ({@code drafting-participles.tsv}) that describes a noun is that noun's author, and so the
 * target of a veto of it, a vote on it, its rejection or its praise. The parser hangs the actor on the participle as a
 * bare dependent, where no target path looks. Never the holder's own text ("France defended its French-drafted
 * text"), nor a text the holder adopts or issues ({@code issuing-verbs.tsv}): "the Council adopted a French-drafted
 * resolution" makes the text the Council's, and backs France no more than any vote of it does. Stateless.
 */
final class DraftAuthors {

  private DraftAuthors() {}

  /** The author a drafting participle with a hyphenated actor names for the noun {@code d}, or null. */
  static ActorSpan of(Graph g, IndexedWord d, List<ActorSpan> holders) {
    if (!g.pos(d).startsWith("NN") || adopted(g, d)) {
      return null;
    }
    for (IndexedWord p : g.children(d, "amod")) {
      if (!g.lex.draftingParticiples.contains(g.lemmaOf(p).toLowerCase(Locale.ROOT))) {
        continue;
      }
      IndexedWord a = HyphenAgents.agent(g, p);
      if (a == null) {
        continue;
      }
      ActorSpan m = g.mentionOf(a);
      ActorSpan author = m != null ? m : ActorSpan.of(g.idx(a), g.idx(a), g.demonym(a), a.word());
      if (holders.stream().noneMatch(h -> h.actor().id().equals(author.actor().id()))) {
        return author;
      }
    }
    return null;
  }

  /** Whether the text {@code d} hangs on a verb of adopting or issuing it, as its object or its passive subject. */
  private static boolean adopted(Graph g, IndexedWord d) {
    IndexedWord v = g.parent(d);
    return v != null && g.lex.issuingVerbs.contains(g.lemmaOf(v));
  }
}
