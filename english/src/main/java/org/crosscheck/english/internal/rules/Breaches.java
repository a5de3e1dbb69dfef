package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.spi.ActorSpan;

/**
 * Whoever owns what a deed breached is wronged by it ({@code breach-nouns.tsv}): in "condemned the launch as a
 * violation of UN Security Council resolutions", "denounced the raid as a breach of Iraqi sovereignty" the Council and
 * Iraq are named in the stance's characterisation of the deed, and the stance is against whoever did it, not against
 * them; so in "condemned the drills as undermining Cypriot sovereignty", with a breach verb ({@code
 * breach-verbs.tsv}) whose gerund the parser made the adjective of what it breaches ({@link GerundObjects#misread}).
 * A deed "contrary to Iraqi sovereignty" ({@code breach-adjectives.tsv}) breaches it too.
 * An actor that owns, or is compounded with, the thing a breach noun or such a gerund governs is no fallback target
 * of another cue. A breach that is the cue itself ("Y's violation of Z's airspace") is not concerned. Stateless.
 */
final class Breaches {

  /** The links from an actor up to the thing breached and from it to the breach ("Iraqi sovereignty"). */
  private static final Set<String> UP = Set.of("compound", "amod", "nmod:poss", "nmod:of");
  /** How many links an actor may sit below the breach noun ("U.N. Security Council resolutions": three). */
  private static final int DEPTH = 3;

  private Breaches() {}

  /** Whether the mention {@code m} names the owner of what a breach other than {@code cue} breached. */
  static boolean wronged(Graph g, ActorSpan m, IndexedWord cue) {
    IndexedWord cur = g.node(m.last());
    for (int d = 0; cur != null && d < DEPTH; d++) {
      if (!UP.contains(g.relToParent(cur))) {
        return false;
      }
      if (contraryTo(g, g.parent(cur))) {
        // "as contrary to Iraqi sovereignty": the parser may hang the "to" phrase on another word of the
        // characterisation; the words still say what the deed goes against.
        return true;
      }
      cur = g.parent(cur);
      IndexedWord gerund = cur == null ? null : GerundObjects.misread(g, cur);
      if (gerund != null && !gerund.equals(cue) && breachVerb(g, gerund)) {
        // "of undermining Mali's sovereignty", the gerund misread as the adjective of what it breaches.
        return true;
      }
      if (cur != null && !cur.equals(cue) && g.pos(cur).startsWith("NN")
          && g.lex.breachNouns.contains(g.lemmaOf(cur).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun {@code thing} follows "to" after a breach adjective ("contrary to Iraqi sovereignty"). */
  private static boolean contraryTo(Graph g, IndexedWord thing) {
    // The parser reads "contrary to" as one preposition or the adjective and its "to" apart.
    return g.children(thing, "case").stream().anyMatch(c -> breachAdjective(g, g.idx(c))
        || c.word().equalsIgnoreCase("to") && g.idx(c) > 0 && breachAdjective(g, g.idx(c) - 1));
  }

  private static boolean breachAdjective(Graph g, int i) {
    return g.lex.breachAdjectives.contains(g.lemma(i).toLowerCase(Locale.ROOT));
  }

  private static boolean breachVerb(Graph g, IndexedWord v) {
    return g.pos(v).startsWith("VB") && g.lex.breachVerbs.contains(g.lemmaOf(v).toLowerCase(Locale.ROOT));
  }
}
