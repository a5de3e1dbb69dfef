package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorRef;
import org.crosscheck.EventCode;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * A condemned attack is its doer's: after "Israel carried out air strikes on Gaza", the next "Hamas condemned the
 * strikes" names no one, yet a reader knows whom Hamas condemns. The article remembers the doer of the last act of
 * force (a claim whose CAMEO event is an assault, a fight or mass violence, codes 18–20, or whose cue is a noun of
 * attack, {@code attack-nouns.tsv}) and the sentence it was told in. A stance against a bare noun of attack in that
 * sentence or the next two ("the attack", "the strikes"; no possessor, modifier or phrase saying whose, on whom or
 * where) takes that doer as its target, unless the holder is on the doer's side. Older acts are not recalled: an act
 * the rules could not give a doer may have come between. Stateless; the memory is the article's {@link Discourse}.
 */
final class CondemnedDeeds {

  /** The doer of the last act of force, and the number of the sentence it was told in. */
  record Deed(ActorRef doer, int sentence) {}

  static final Discourse.Key<Deed> LAST = Discourse.Key.of("english.lastDeed");
  static final Discourse.Key<Integer> SENTENCES = Discourse.Key.of("english.sentencesRead");

  private static final int REACH = 2;
  private static final Set<String> FORCE = Set.of("18", "19", "20");
  private static final List<String> POINTING = List.of("the", "this", "these", "those");

  private CondemnedDeeds() {}

  /** Counts a sentence read, for the reach of the memory. */
  static void read(Graph g) {
    Discourse d = g.ctx.discourse();
    d.set(SENTENCES, d.get(SENTENCES).orElse(0) + 1);
  }

  /** Remembers the holder of an act of force. */
  static void note(Graph g, StanceCues.Cue cue, ActorSpan holder, Optional<EventCode> event) {
    boolean force = cue.nominal() ? g.attackNoun(cue.head())
        : event.filter(e -> e.code().length() >= 2 && FORCE.contains(e.code().substring(0, 2))).isPresent();
    if (force && !holder.anonymous()) {
      Discourse d = g.ctx.discourse();
      d.set(LAST, new Deed(holder.toRef(), d.get(SENTENCES).orElse(0)));
    }
  }

  /** The doer of the act of force the verb {@code w} takes as "the attack", or null. */
  static ActorSpan doer(Graph g, IndexedWord w, List<ActorSpan> holders) {
    if (!g.pos(w).startsWith("VB") || holders.isEmpty()) {
      return null;
    }
    IndexedWord deed = g.children(w, "obj").stream().filter(o -> recalls(g, o)).findFirst().orElse(null);
    Deed last = g.ctx.discourse().get(LAST).orElse(null);
    int now = g.ctx.discourse().get(SENTENCES).orElse(0);
    if (deed == null || last == null || now - last.sentence() > REACH) {
      return null;
    }
    Actor doer = g.ctx.actors().actorOf(last.doer());
    if (holders.stream().anyMatch(h -> g.ctx.actors().related(h.actor(), doer))) {
      return null;
    }
    return ActorSpan.of(g.idx(deed), g.idx(deed), doer, last.doer().mention());
  }

  private static boolean recalls(Graph g, IndexedWord o) {
    return g.pos(o).startsWith("NN") && g.attackNoun(o)
        && g.children(o, "nmod:poss", "nmod:of", "nmod:by", "nmod:on", "nmod:against", "nmod:in", "acl",
            "acl:relcl", "compound", "amod").isEmpty()
        && g.children(o, "det").stream().anyMatch(d -> POINTING.contains(g.lemmaOf(d)));
  }
}
