package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * Pressure borne: "the minister resigned under pressure from X", "Y bowed to pressure from X", "Y backed down after
 * criticism from X", "Y refused to step down despite protests by X". A noun of pressure ({@code pressures.tsv})
 * whose holder a "from" or "by" phrase names, in a phrase of a clause that says what its subject did under, against
 * or after it (BORNE in {@code relations.tsv}), is the holder's stance toward that subject. Such a phrase is no mere
 * setting ("after talks"): the pressure has a holder and bears on someone. A noun with a target of its own
 * ("protests by X against Z") keeps it. Stateless.
 */
final class Pressures {

  private Pressures() {}

  /** Whether the noun is pressure with a named holder, borne by the subject of the clause it is a phrase of. */
  static boolean borne(Graph g, IndexedWord n) {
    IndexedWord v = g.parent(n);
    return v != null && g.pos(n).startsWith("NN") && g.lex.pressures.contains(g.lemmaOf(n))
        && g.pos(v).startsWith("VB")
        && g.lex.relations(EnglishLexicon.RelationClass.BORNE).contains(g.relToParent(n))
        && !g.children(n, "nmod:from", "nmod:by").isEmpty();
  }

  /**
   * Whom borne pressure is toward: the subject of the clause it is a phrase of, or of the verb that clause
   * complements ("refused to step down despite pressure": the one who refused).
   */
  static List<ActorSpan> on(Graph g, IndexedWord n, List<ActorSpan> holders) {
    if (!borne(g, n)) {
      return List.of();
    }
    IndexedWord v = g.parent(n);
    for (int up = 0; up < 3 && v != null; up++) {
      List<IndexedWord> subjects = g.children(v, "nsubj", "nsubj:pass");
      if (!subjects.isEmpty()) {
        List<ActorSpan> out = new ArrayList<>();
        for (IndexedWord s : subjects) {
          ActorSpan m = Targets.in(g, s, 0, holders);
          if (m != null && holders.stream().noneMatch(h -> h.actor().id().equals(m.actor().id()))) {
            out.add(m);
          }
        }
        return out;
      }
      String r = g.relToParent(v);
      v = r.equals("xcomp") || r.startsWith("conj") ? g.parent(v) : null;
    }
    return List.of();
  }
}
