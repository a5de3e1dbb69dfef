package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Map;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * Two holders judging one thing: "Germany welcomed Turkey's offer, but Greece rejected it", "Brazil backed the
 * Chinese plan, whereas Ukraine dismissed it". A stance verb whose only object is a pronoun of a thing ("it", "them":
 * THING in {@code pronouns.tsv}), in a clause joined to another stance verb (a conjunct, or an adverbial clause of
 * {@code relations.tsv} class RIVAL_SUBJECT, CONTRAST or BESIDE: "while", "whereas", "though", "as"), takes
 * the actor that the other verb's object names as its maker (a possessor, a demonym, a "by" phrase). Never a holder of
 * its own ("criticised Y's plan, while Y defended it" gives Y no stance toward itself). The other clause's holder is
 * no target for standing beside: only as the maker ("X defended its offer, but Z rejected it"). Stateless.
 */
final class SharedObjects {

  private SharedObjects() {}

  /** The maker of the thing {@code cue}'s pronoun object stands for, named in the joined clause; or null. */
  static ActorSpan maker(Graph g, IndexedWord cue, Map<IndexedWord, Stance> cues, List<ActorSpan> holders) {
    List<IndexedWord> objects = g.children(cue, "obj");
    if (objects.size() != 1 || !g.pos(objects.get(0)).equals("PRP")
        || !g.lex.is(objects.get(0).word(), EnglishLexicon.PronounClass.THING)) {
      return null;
    }
    IndexedWord other = g.parent(cue);
    if (other == null || !cues.containsKey(other) || !joined(g, g.relToParent(cue))) {
      return null;
    }
    List<IndexedWord> things = g.children(other, "obj");
    if (things.size() != 1 || g.pos(things.get(0)).equals("PRP")) {
      return null;
    }
    ActorSpan m = Targets.in(g, things.get(0), 0, holders);
    if (m == null || holders.stream().anyMatch(h -> h.actor().id().equals(m.actor().id()))) {
      return null;
    }
    return m;
  }

  private static boolean joined(Graph g, String rel) {
    return rel.startsWith("conj")
        || g.lex.relations(EnglishLexicon.RelationClass.RIVAL_SUBJECT).contains(rel)
        || g.lex.relations(EnglishLexicon.RelationClass.CONTRAST).contains(rel)
        || g.lex.relations(EnglishLexicon.RelationClass.BESIDE).contains(rel);
  }
}
