package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;

/**
 * "The opposition demanded an independent electoral commission", "protesters demanded a new government": a body that
 * a verb of demand (ASK in {@code governors.tsv}) asks for as its object with an indefinite article is one the holder
 * wants made, not one that exists to be opposed; it is no target of the demand. With a definite article or a name
 * the object is the body the demand is about ("demanded the government's resignation"), and a phrase other than the
 * object names whom the demand is made of ("an apology from a police unit"). Stateless.
 */
final class SoughtBodies {

  private static final Set<String> INDEFINITE = Set.of("a", "an");

  private SoughtBodies() {}

  /**
   * Whether {@code dep}, linked to the verb {@code v} by {@code rel}, is a body the demand asks to be made: its own
   * head names an actor.
   */
  static boolean sought(Graph g, IndexedWord v, IndexedWord dep, String rel) {
    return rel.equals("obj") && g.verbOf(v, EnglishLexicon.GovernorClass.ASK) && g.namesActor(dep)
        // "ordered a Chinese diplomat to leave": the object is the one asked to act, no body asked for.
        && g.children(v, "xcomp", "ccomp").isEmpty()
        && g.children(dep, "det").stream().anyMatch(d -> INDEFINITE.contains(d.word().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the demand's object is such a body: a call for it to be made, against no one, which makes no claim when
   * no other argument names a target. An act asked for ("demanded a UN inquiry", "a Ugandan withdrawal") is no body:
   * whom it befalls may be the target (AskedAgents).
   */
  static boolean demands(Graph g, IndexedWord v) {
    return g.children(v, "obj").stream().anyMatch(o -> sought(g, v, o, "obj"));
  }
}
