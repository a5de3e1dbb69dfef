package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * "The government ruled out sanctions, saying they would hurt ordinary farmers", "the army arrested protesters, saying
 * they had attacked traders": "they" in a clause hung on a verb whose object (or oblique) is a plural noun, set
 * between the verb's singular subject and the pronoun, stands for that noun, not for the subject. A noun of people or
 * of a group the text describes is then the pronoun's actor; a noun of things is no actor, and holds no stance. So
 * does the object of a verb the pronoun's verb is conjoined to ("condemned the sanctions and said they would hurt
 * farmers"). A plural subject ("protesters blocked roads, saying they wanted …") stays the pronoun's. Stateless.
 */
final class PluralObjects {

  private PluralObjects() {}

  /** The plural object of {@code verb} that the plural pronoun {@code c} stands for, or null. */
  static IndexedWord antecedent(Graph g, IndexedWord c, IndexedWord verb, IndexedWord subject) {
    String w = c.word().toLowerCase(Locale.ROOT);
    if (!(w.equals("they") || w.equals("them")) || g.pos(subject).equals("NNS")) {
      return null;
    }
    // "ruled out sanctions" comes as an oblique of "out" as often as an object. "condemned the sanctions and said
    // they would hurt Y": the object of the verb the speech verb is conjoined to counts too.
    java.util.List<IndexedWord> verbs = new java.util.ArrayList<>(java.util.List.of(verb));
    if (g.relToParent(verb).startsWith("conj") && g.parent(verb) != null) {
      verbs.add(g.parent(verb));
    }
    return verbs.stream().flatMap(v -> g.g.outgoingEdgeList(v).stream()).map(e -> e.getDependent())
        .filter(o -> g.relToParent(o).equals("obj") || g.relToParent(o).startsWith("obl"))
        .filter(o -> g.pos(o).equals("NNS") && o.index() < c.index() && o.index() > subject.index())
        .reduce((a, b) -> b).orElse(null);
  }
}
