package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "X criticised Y for what it called its backing of Z": a free relative whose verb names a thing ({@code
 * naming-verbs.tsv}) only words the thing the clause around it is about. Read as a report, it would make the namer
 * the holder of the named stance ("X SUPPORT Z"), though the stance named is the criticised party's. Such a clause
 * is no report: the climb that finds what governs a cue ({@link Complements}) goes on through it, so that a stance
 * named in the reason of an accusation or a criticism yields no claim, as "criticised Y for its backing of Z" does.
 * A naming verb with an object of its own ("she called Y a liar") is secondary predication, not a free relative, and
 * is left to the rules that read it. Stateless.
 */
final class NamingClauses {

  private NamingClauses() {}

  /** Whether {@code verb} names a thing in a free relative: a naming verb whose object is a wh-pronoun ("what"). */
  static boolean names(Graph g, IndexedWord verb) {
    return verb != null && g.pos(verb).startsWith("VB") && g.lex.namingVerbs.contains(g.lemmaOf(verb))
        && g.children(verb, "obj").stream().anyMatch(o -> g.pos(o).equals("WP"));
  }
}
