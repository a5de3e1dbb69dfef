package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.spi.ActorSpan;

/**
 * "India blames Pakistan-backed hackers for attack; Islamabad denies role": a backing told by a hyphen is the
 * speaker's charge, not the narrator's fact, when the same sentence has the backer deny it: a verb of denial
 * ({@code backer-denials.tsv} VERB) whose subject is the backer or its state ("Islamabad" for "Pakistan"), with no
 * object or an object naming the part or charge denied (ROLE: "denies any involvement", "rejected the charge"). The
 * sentence then asserts no support of the backer's. A backer that rejects something else ("Moscow rejects the
 * sanctions") still backs, and so does one whose denial the sentence does not report ("the Iran-backed Houthis").
 * Stateless.
 */
final class DeniedBackings {

  private DeniedBackings() {}

  /** Whether the actor at {@code backer}, hyphenated to a participle of backing, denies the backing in its sentence. */
  static boolean denied(Graph g, IndexedWord backer) {
    Actor who = actor(g, backer);
    if (who == null) {
      return false;
    }
    for (int i = 0; i < g.size(); i++) {
      IndexedWord v = g.node(i);
      if (v == null || !g.pos(v).startsWith("VB")
          || g.lex.backerDenials.get(g.lemmaOf(v)) != EnglishLexicon.DenialClass.VERB || !denial(g, v)
          // "Mogadishu does not deny a role": no denial.
          || Negation.negated(g, v, null)) {
        continue;
      }
      for (IndexedWord s : g.children(v, "nsubj")) {
        Actor subject = actor(g, s);
        if (subject != null && Arrivals.same(subject, who)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the verb denies a part or a charge: it has no object, or its object names one. */
  private static boolean denial(Graph g, IndexedWord v) {
    List<IndexedWord> objects = g.children(v, "obj");
    return objects.isEmpty() || objects.stream()
        .allMatch(o -> g.lex.backerDenials.get(g.lemmaOf(o)) == EnglishLexicon.DenialClass.ROLE);
  }

  private static Actor actor(Graph g, IndexedWord w) {
    ActorSpan m = g.mentionOf(w);
    return m != null && !m.anonymous() ? m.actor() : g.demonym(w);
  }
}
