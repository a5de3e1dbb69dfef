package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * Whether what a verb takes as its object is a thing whose owner the grammar does not name: "the decision", "the
 * launch", not "Denmark's decision", "the EU package", "the ruling by the court" nor a party itself. The one an appeal
 * joined to that verb asks is then the owner a reader supplies ({@link QualifiedWelcomes}, {@link CensuredAppeals}).
 * Stateless.
 */
final class OwnerlessThings {

  /** The relations by which the grammar names whose a thing is: "Y's decision", "the EU package", "the ruling by Y". */
  private static final String[] OWNERS = {"nmod:poss", "compound", "amod", "nmod:of", "nmod:by"};

  private OwnerlessThings() {}

  /** Whether the verb {@code v} has objects, all of them common nouns naming no actor and no owner. */
  static boolean objectsOf(Graph g, IndexedWord v) {
    List<IndexedWord> objects = g.children(v, "obj");
    return !objects.isEmpty() && objects.stream().allMatch(o -> g.pos(o).startsWith("NN")
        && !g.pos(o).startsWith("NNP") && !g.namesActor(o) && CommonNouns.at(g, o) == null
        && g.children(o, OWNERS).stream().noneMatch(g::namesActor));
  }

  /**
   * The verb an appeal {@code w} is joined to by its own subject ("condemned the launch while urging Y", "welcomed the
   * decision but urged Y"), or null: the verb it is a conjunct or an adverbial clause of, whose subject is the appeal's.
   */
  static IndexedWord joined(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    String r = g.relToParent(w);
    if (p == null || !(r.startsWith("conj") || r.startsWith("advcl")) || !g.pos(p).startsWith("VB")
        // "welcomed the decision but Finland urged Y to …": another asker.
        || !g.children(p, "nsubj").containsAll(g.children(w, "nsubj"))) {
      return null;
    }
    return p;
  }
}
