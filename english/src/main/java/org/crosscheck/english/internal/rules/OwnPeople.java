package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A state's own people as its own voice speaks of them ("Kenya's foreign ministry said it could not guarantee the
 * safety of Kenyan citizens", "Russia warned Russian citizens against …"): the target is a group of the state's
 * people named by a noun of {@code own-people-nouns.tsv} (citizens, athletes, pilgrims), and the holder is that state,
 * its government or ministry, or a person or office speaking for it. A warning to them is advice, and an inability
 * or failure to protect them is no hostility toward them: neither is a stance. Left alone: the state's support of them
 * ("vowed to protect Kenyan citizens abroad"), its force on them ("bombed Syrian civilians"), warnings to people who
 * act against it ("warned protesters"), and anyone who is not the state's voice (its opposition, its protesters).
 * Stateless.
 */
final class OwnPeople {

  private OwnPeople() {}

  /** Whether {@code target} is the people of the state one of {@code holders} speaks for. */
  static boolean ofAny(Graph g, List<ActorSpan> holders, ActorSpan target) {
    return holders.stream().anyMatch(h -> of(g, h, target));
  }

  /** Whether {@code target} is the people of the state {@code holder} speaks for. */
  static boolean of(Graph g, ActorSpan holder, ActorSpan target) {
    if (target == null || target.implied() || !people(g, target)) {
      return false;
    }
    Actor state = voiceOf(g, holder.actor());
    Actor people = stateOf(g, target.actor());
    return state != null && people != null && people.id().equals(state.id());
  }

  /**
   * Whether the span ends in a noun of own people, or is a demonym on one: "Ugandan nationals" is often found as the
   * state Uganda alone, the noun left outside the span.
   */
  private static boolean people(Graph g, ActorSpan target) {
    if (g.lex.ownPeopleNouns.contains(g.lemma(target.last()))) {
      return true;
    }
    IndexedWord last = g.node(target.last());
    IndexedWord head = last == null ? null : g.parent(last);
    return head != null && (g.relToParent(last).equals("amod") || g.relToParent(last).equals("compound"))
        && g.pos(head).equals("NNS") && g.lex.ownPeopleNouns.contains(g.lemmaOf(head));
  }

  /** The state {@code a} speaks for: the state itself, its government, or a person or office of that government. */
  static Actor voiceOf(Graph g, Actor a) {
    Actor org = g.ctx.actors().organisationOf(a);
    if (org.kind() != ActorKind.STATE && org.kind() != ActorKind.GOVERNMENT) {
      return null;
    }
    return stateOf(g, org);
  }

  /**
   * The state {@code a} is or belongs to; a sector of a state named by its demonym ("Ghanaian pilgrims", GHAREL) has
   * no chain up to it, only the state's code at the head of its own.
   */
  static Actor stateOf(Graph g, Actor a) {
    Actor s = g.ctx.actors().stateOf(a).orElse(null);
    if (s != null || a.cameo().filter(c -> c.length() >= 6).isEmpty()) {
      return s;
    }
    return g.ctx.actors().catalog().actor(a.cameo().get().substring(0, 3))
        .filter(x -> x.kind() == ActorKind.STATE).orElse(null);
  }
}
