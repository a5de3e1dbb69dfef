package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * "Sudan's army, RSF agree truce", "Iran, Saudi Arabia restore ties": a headline writes "and" between two subjects as
 * a comma, and the parser reads the second as an apposition to the first. When the verb is in the plural present
 * (or the bare form with no auxiliary or "to") and the first subject is a singular noun, no apposition is meant: the
 * words after the comma are a second subject. "Iran's leader, Khamenei, says" keeps its apposition, for its verb is
 * singular. Stateless.
 */
final class CommaPairs {

  private CommaPairs() {}

  /** The second subjects a comma joins to {@code subject} of {@code verb}; empty when it is an apposition. */
  static List<IndexedWord> partners(Graph g, IndexedWord verb, IndexedWord subject) {
    List<IndexedWord> out = new ArrayList<>();
    if (!plural(g, verb) || !g.pos(subject).matches("NNP?")) {
      return out;
    }
    for (IndexedWord a : g.children(subject, "appos")) {
      if (g.pos(a).matches("NNPS?|NNS?") && a.index() > subject.index() && comma(g, subject.index(), a)) {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean plural(Graph g, IndexedWord verb) {
    String tag = g.pos(verb);
    return tag.equals("VBP") || tag.equals("VB") && g.children(verb, "aux", "aux:pass", "mark").isEmpty();
  }

  /** Whether a comma stands right after the subject's own words, before the second subject's. */
  private static boolean comma(Graph g, int subject, IndexedWord second) {
    for (int i = subject; i < second.index() - 1 && i < g.toks.size(); i++) {
      if (g.toks.get(i).word().equals(",")) {
        return true;
      }
    }
    return false;
  }
}
