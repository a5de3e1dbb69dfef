package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * A stance taken in a relative clause on what another clause told is toward whoever did it: "The United States and
 * South Korea held joint drills on Monday, which Pyongyang condemned" is Pyongyang against both, "Kenya signed the
 * accord, which Somalia rejected" is Somalia against Kenya. The relative pronoun ("which", "that") is the cue's
 * object and stands for the thing the verb before it took as object; that thing names no actor, or the relative
 * pronoun would stand for the actor ("Israel struck Hezbollah, which Iran backs" is toward Hezbollah). The parser
 * hangs such a clause on the thing ({@code acl:relcl}) or, when a phrase comes between, loosely on the verb ({@code
 * dep}). The doers are the verb's subjects that name actors, not the holder's own side; a verb that judges or approves
 * the thing ({@code approval-verbs.tsv}, {@code appraisal-verbs.tsv}: "The US welcomed the accord, which Rwanda and
 * Congo signed") did not do it, and has no doers. Stateless.
 */
final class RelativeDeeds {

  private RelativeDeeds() {}

  /** The doers of the thing a relative clause's cue at {@code w} is about, or an empty list. */
  static List<ActorSpan> doers(Graph g, IndexedWord w, List<ActorSpan> holders) {
    IndexedWord verb = deedVerb(g, w);
    if (verb == null) {
      return List.of();
    }
    List<ActorSpan> out = new ArrayList<>();
    for (IndexedWord s : g.children(verb, "nsubj")) {
      for (IndexedWord x : g.withConjuncts(s)) {
        ActorSpan m = g.mentionOf(x);
        if (m != null && !m.anonymous() && holders.stream().noneMatch(h -> g.ctx.actors().related(h.actor(), m.actor()))
            && out.stream().noneMatch(o -> o.actor().id().equals(m.actor().id()))) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** The verb whose object the cue's relative pronoun stands for, or null. */
  private static IndexedWord deedVerb(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || g.children(w, "obj").stream().noneMatch(o -> g.pos(o).equals("WDT"))
        && !g.relToParent(w).equals("acl:relcl")) {
      return null;
    }
    String r = g.relToParent(w);
    IndexedWord p = g.parent(w);
    IndexedWord thing;
    IndexedWord verb;
    if (r.equals("dep") && p != null && g.pos(p).startsWith("VB")) {
      verb = p;
      List<IndexedWord> objects = g.children(p, "obj");
      thing = objects.size() == 1 && objects.get(0).index() < w.index() ? objects.get(0) : null;
    } else if (r.equals("acl:relcl") && p != null && g.relToParent(p).equals("obj")
        && g.children(w, "obj").contains(p)) {
      verb = g.parent(p);
      thing = p;
    } else {
      return null;
    }
    // "The US welcomed the accord, which Rwanda and Congo signed": a thing judged is not the judge's deed.
    String judged = g.lemmaOf(verb);
    return thing == null || !g.pos(thing).startsWith("NN") || g.mentionOf(thing) != null
        || g.lex.approvalVerbs.contains(judged) || g.lex.appraisalVerbs.contains(judged) ? null : verb;
  }
}
