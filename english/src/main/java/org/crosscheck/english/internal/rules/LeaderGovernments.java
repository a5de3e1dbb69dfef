package org.crosscheck.english.internal.rules;

import java.util.Locale;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Mention;
import org.crosscheck.spi.ActorSpan;

/**
 * "accused Donald Tusk's government of …", "the Trump administration", "Assad's regime": a government named after its
 * leader ({@code leader-governments.tsv}) is the government the catalog files the leader under, not the leader: the
 * stance is toward (or by) the cabinet and its ministries, as a reader of "Tusk's government" takes it. A leader the
 * catalog files under no government stays the leader. Stateless.
 */
final class LeaderGovernments {

  private LeaderGovernments() {}

  /**
   * The government {@code m} names, when it is a leader's: the leader with the noun after it ("Donald Tusk's
   * government", "the Trump administration", found by {@link CommonNouns} at the noun), or a name the catalog composed
   * of both; else {@code m} itself.
   */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied()) {
      return m;
    }
    Actor leader = m.actor();
    int k = m.last() + 1;
    if (leader.isAdHoc()) {
      leader = g.ctx.actors().mentionsIn(g.toks.get(m.first()).begin(), g.toks.get(m.last()).end()).stream()
          .map(Mention::actor).filter(a -> a.kind() == ActorKind.PERSON && !a.isAdHoc()).findFirst().orElse(null);
      k = m.last();
    } else if (k < g.size() && g.toks.get(k).tag().equals("POS")) {
      k++;
    }
    if (leader == null || leader.kind() != ActorKind.PERSON || k >= g.size()
        || !g.lex.leaderGovernments.contains(g.toks.get(k).word().toLowerCase(Locale.ROOT))) {
      return m;
    }
    for (String id : g.ctx.actors().chain(leader)) {
      Optional<Actor> a = g.ctx.actors().catalog().actor(id);
      if (a.isPresent() && a.get().kind() == ActorKind.GOVERNMENT) {
        return ActorSpan.of(m.first(), m.last(), a.get(), m.text());
      }
    }
    return m;
  }
}
