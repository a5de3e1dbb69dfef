package org.crosscheck.english.internal.rules;

import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A state named right after an organisation, in one name, is that organisation's national branch: "Greenpeace
 * Indonesia accused the minister", "Oxfam India said" speak for the organisation, not for the state. Only a
 * non-governmental organisation takes a branch this way ("the UN Security Council", "NATO Turkey" are not read so);
 * "Greenpeace and Indonesia", with a word between them, are two actors. Stateless.
 */
final class Branches {

  private Branches() {}

  /** The organisation whose branch {@code m} names, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied() || m.actor().kind() != ActorKind.STATE || m.first() == 0) {
      return m;
    }
    ActorSpan before = g.ctx.mentionAt(m.first() - 1).orElse(null);
    if (before == null || before.last() != m.first() - 1 || before.actor().kind() != ActorKind.ORGANISATION
        || !g.toks.get(m.first() - 1).tag().startsWith("NNP")) {
      return m;
    }
    return ActorSpan.of(before.first(), m.last(), before.actor(), g.text(before.first(), m.last()));
  }
}
