package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * "Saudi Arabia has long backed the government in its war with the Houthis": the party named in the "with" or
 * "against" phrase of a conflict noun ({@code conflict-nouns.tsv}) is the other side of that conflict. A support whose
 * arguments name no actor never falls back on it; an opposition may ("launched strikes in its war with Y"), so the
 * caller asks only for support. The parser may hang the conflict's "with" phrase on the verb ("welcomes verdict in
 * row with Y"): one that follows an "in" phrase headed by a conflict noun is the conflict's. Stateless.
 */
final class ConflictOpponents {

  private ConflictOpponents() {}

  /** Whether the actor is named as the other side of a conflict noun ("war with Y", "dispute against Y"). */
  static boolean opponent(Graph g, ActorSpan m) {
    IndexedWord head = g.node(m.last());
    IndexedWord noun = head == null ? null : g.parent(head);
    String r = head == null ? "" : g.relToParent(head);
    return noun != null && (r.equals("nmod:with") || r.equals("nmod:against"))
        && g.lex.conflictNouns.contains(g.lemmaOf(noun).toLowerCase(Locale.ROOT))
        || noun != null && r.equals("obl:with") && hungOnVerb(g, noun, head);
  }

  /**
   * Whether {@code with}, a "with" phrase of the verb {@code v}, follows an "in" phrase of the verb or of its object
   * headed by a conflict noun: the parser hangs "welcomes verdict in row with Y" on the verb as often as on the row.
   */
  static boolean hungOnVerb(Graph g, IndexedWord v, IndexedWord with) {
    List<IndexedWord> ins = new ArrayList<>(g.children(v, "obl:in"));
    g.children(v, "obj").forEach(o -> ins.addAll(g.children(o, "nmod:in")));
    return ins.stream().anyMatch(d -> g.pos(d).startsWith("NN")
        && g.lex.conflictNouns.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT)) && g.idx(with) > g.idx(d));
  }
}
