package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorRef;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * A rejected charge answers whoever laid it: after "Poland accused Belarus of pushing migrants to the border", the
 * next "Minsk rejected the accusations" names no one, yet a reader knows Minsk answers Poland. The article remembers
 * the last charge laid (a claim toward a target whose cue lays one, MAKE in {@code charges.tsv}: "accused",
 * "criticised", "the condemnation of"); a later rejection (a REJECT verb of {@code allegations.tsv}) of a bare noun
 * recalling a charge (RECALL: "the accusation", "these charges"; no possessor, clause or phrase saying whose or what
 * it is) takes the charge's maker as its target, when its holder is the one charged (the same actor, or one of the
 * same state: "Minsk" answers what was laid on Belarus). A rejection of a charge laid on someone else, or with no
 * charge before it, keeps no target: nobody else stands in for the maker. Stateless; the memory is the article's
 * {@link Discourse}.
 */
final class Rebuttals {

  /**
   * The last charge of the article: who laid it on whom ("accused Costa Rica and Panama of …" lays it on both), and
   * where the sentence that told it starts.
   */
  record Charge(ActorRef maker, List<ActorRef> charged, int sentence) {
    Charge {
      charged = List.copyOf(charged);
    }
  }

  static final Discourse.Key<Charge> LAST = Discourse.Key.of("english.lastCharge");

  private static final List<String> POINTING = List.of("the", "these", "those", "this", "such");

  private Rebuttals() {}

  /** Remembers a charge that the claim of {@code cue} from {@code holder} toward {@code target} lays. */
  static void note(Graph g, StanceCues.Cue cue, ActorSpan holder, ActorSpan target, Stance stance) {
    if (stance == Stance.OPPOSE && target != null && !holder.anonymous()
        && g.lex.is(g.lemmaOf(cue.head()), EnglishLexicon.ChargeClass.MAKE)) {
      Charge last = g.ctx.discourse().get(LAST).orElse(null);
      List<ActorRef> charged = new java.util.ArrayList<>();
      if (last != null && last.sentence() == g.ctx.start() && last.maker().id().equals(holder.actor().id())) {
        charged.addAll(last.charged());
      }
      charged.add(target.toRef());
      g.ctx.discourse().set(LAST, new Charge(holder.toRef(), charged, g.ctx.start()));
    }
  }

  /** The maker of the charge that the rejection at {@code w} by {@code holders} answers, or null. */
  static ActorSpan maker(Graph g, IndexedWord w, List<ActorSpan> holders) {
    if (!Allegations.rejects(g, w) || holders.isEmpty()) {
      return null;
    }
    IndexedWord recalled = g.children(w, "obj").stream().filter(o -> recalls(g, o)).findFirst().orElse(null);
    Charge last = g.ctx.discourse().get(LAST).orElse(null);
    if (recalled == null || last == null) {
      return null;
    }
    List<Actor> charged = last.charged().stream().map(c -> g.ctx.actors().actorOf(c)).toList();
    Actor maker = g.ctx.actors().actorOf(last.maker());
    if (holders.stream().anyMatch(h -> charged.stream().noneMatch(c -> side(g, h.actor(), c))
        || side(g, h.actor(), maker))) {
      return null;
    }
    return ActorSpan.of(g.idx(recalled), g.idx(recalled), maker, last.maker().mention());
  }

  /** A bare noun recalling a charge: "the accusations", not "Poland's accusation" nor "the charge that …". */
  private static boolean recalls(Graph g, IndexedWord o) {
    return g.pos(o).startsWith("NN") && g.lex.is(g.lemmaOf(o), EnglishLexicon.ChargeClass.RECALL)
        && g.children(o, "nmod:poss", "nmod:of", "nmod:by", "nmod:from", "nmod:against", "acl", "acl:relcl",
            "acl:that", "ccomp", "appos").isEmpty()
        && g.children(o, "det").stream().anyMatch(d -> POINTING.contains(g.lemmaOf(d)));
  }

  /** Whether {@code a} is {@code b} or an actor of the same state. */
  private static boolean side(Graph g, Actor a, Actor b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    Optional<Actor> sa = g.ctx.actors().stateOf(a);
    Optional<Actor> sb = g.ctx.actors().stateOf(b);
    return sa.isPresent() && sb.isPresent() && sa.get().id().equals(sb.get().id());
  }
}
