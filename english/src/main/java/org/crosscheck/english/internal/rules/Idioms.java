package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Stance;

/**
 * A stance verb whose direct object makes an idiom ({@code idiom-objects.tsv}): "struck a conciliatory tone" is no
 * attack and no cue at all, "struck a deal with Y" an agreement. The verb's own stance holds for any other object.
 * A NEUTRAL idiom also takes away the event of a verb the CAMEO dictionary knows ("raised concerns with Y"). The
 * object is also found where a passive puts it: "the figures released by the commission" (the noun a participle
 * modifies), "results were released by the board", and "Figures released by X showed …", where the parser makes the
 * participle a root and its object a subject; the noun an object relative clause modifies ("the agreements the EU
 * has struck with Y"); and through a quantifier ("met most of the council's benchmarks").
 * Stateless.
 */
final class Idioms {

  private Idioms() {}

  /** The stance the verb takes with its object, NEUTRAL for none; empty when its object makes no idiom. */
  static Optional<Stance> of(Graph g, IndexedWord verb) {
    List<IndexedWord> objects = new ArrayList<>(g.children(verb, "obj", "nsubj:pass"));
    if (g.pos(verb).equals("VBN")) {
      objects.addAll(g.children(verb, "nsubj"));
      if (g.relToParent(verb).startsWith("acl")) {
        objects.add(g.parent(verb));
      }
    }
    if (g.children(verb, "obj", "nsubj:pass").isEmpty()) {
      // "agreements the EU has struck with Y": the noun an object relative clause modifies is the verb's object,
      // whichever of the two the parser hangs on the other as a bare dependent.
      IndexedWord p = g.parent(verb);
      if (p != null && g.pos(p).startsWith("NN") && List.of("acl:relcl", "dep").contains(g.relToParent(verb))) {
        objects.add(p);
      }
      g.children(verb, "dep").stream().filter(d -> g.pos(d).startsWith("NN") && d.index() < verb.index())
          .forEach(objects::add);
    }
    // "met most of the benchmarks": a quantifier the parser makes the object counts the noun of its "of" phrase.
    for (IndexedWord q : List.copyOf(objects)) {
      objects.addAll(g.children(q, "nmod:of"));
    }
    for (IndexedWord o : objects) {
      Stance s = g.lex.idiomObjects.get(g.lemmaOf(verb) + " " + g.lemmaOf(o));
      if (s != null) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
