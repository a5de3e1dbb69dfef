package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * A measure given to someone is against them: "the four-year ban handed to Y", "the fine imposed on Y", "the
 * sentence given to Y", "handed Y a suspension". The verb gives a measure ({@code measure-giving-verbs.tsv}); the
 * measure is a noun of opposition ({@code stance-nouns.tsv}, OPPOSE: a ban), of harm ({@code harm-nouns.tsv}: a
 * suspension) or of penalty ({@code penalty-nouns.tsv}: a fine); whom it goes to is the verb's "to", "on" or "against"
 * phrase or its indirect object. So its giver opposes them ("X handed the ban to Y", "the ban handed to Y by X" are
 * X OPPOSE Y, not the support a verb of giving reads elsewhere, "handed aid to Y"), and so does whoever backs the
 * measure ({@link Endorsements}: "supports the ban handed to Y" is OPPOSE Y, whoever handed it). A giving verb of no
 * such measure, or a measure given to no one named, is left alone. Stateless.
 */
final class GivenMeasures {

  private static final List<String> TO = List.of("obl:to", "obl:on", "obl:against", "obl:upon", "iobj");

  private GivenMeasures() {}

  /** Whom the measure {@code noun} is given to by a participle describing it ("the ban handed to Y"); else empty. */
  static List<IndexedWord> recipients(Graph g, IndexedWord noun) {
    if (!measure(g, noun)) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord given : g.children(noun, "acl")) {
      if (giving(g, given)) {
        out.addAll(g.children(given, TO));
      }
    }
    // "the sentence given to Y": the parser may make the participle a preposition of the "to" phrase.
    for (IndexedWord to : g.children(noun, "nmod:to")) {
      if (g.children(to, "case").stream().anyMatch(c -> g.lex.measureGivingVerbs.contains(g.lemmaOf(c)))) {
        out.add(to);
      }
    }
    return out;
  }

  /**
   * Whom a measure is given to where the parser made "the suspension handed to Y" a clause of the verb {@code w}
   * ("welcomed [the suspension handed to Y]"): a participle with no auxiliary whose subject is the measure.
   */
  static List<IndexedWord> misreadRecipients(Graph g, IndexedWord w) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord c : g.children(w, "ccomp", "dep")) {
      if (giving(g, c) && g.pos(c).equals("VBN") && g.children(c, "aux", "aux:pass").isEmpty()
          && g.children(c, "nsubj").stream().anyMatch(n -> measure(g, n))) {
        out.addAll(g.children(c, TO));
      }
    }
    return out;
  }

  /** Whom the verb {@code v} gives a measure to ("handed the ban to Y", "the ban handed to Y"); else empty. */
  static List<IndexedWord> givenTo(Graph g, IndexedWord v) {
    if (!giving(g, v)) {
      return List.of();
    }
    boolean ofMeasure = g.children(v, "obj", "nsubj:pass").stream().anyMatch(o -> measure(g, Measures.contents(g, o)))
        || g.relToParent(v).equals("acl") && g.parent(v) != null && measure(g, g.parent(v));
    return ofMeasure ? g.children(v, TO) : List.of();
  }

  private static boolean giving(Graph g, IndexedWord v) {
    return g.pos(v).startsWith("VB") && g.lex.measureGivingVerbs.contains(g.lemmaOf(v));
  }

  private static boolean measure(Graph g, IndexedWord n) {
    String l = g.lemmaOf(n);
    // "backed the fine imposed on Y": the tagger may take the noun of an object or subject for an adjective.
    boolean noun = g.pos(n).startsWith("NN")
        || g.pos(n).startsWith("JJ") && List.of("obj", "nsubj").contains(g.relToParent(n));
    return noun && (g.lex.penaltyNouns.contains(l) || g.lex.harmNouns.contains(l)
        || g.lex.stanceNouns.get(l) == org.crosscheck.Stance.OPPOSE);
  }
}
