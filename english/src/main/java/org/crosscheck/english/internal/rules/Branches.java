package org.crosscheck.english.internal.rules;

import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A state named right after an organisation, in one name, is that organisation's national branch: "Greenpeace
 * Indonesia accused the minister", "Oxfam India said" speak for the organisation, not for the state. Only a
 * non-governmental organisation takes a branch this way ("the UN Security Council", "NATO Turkey" are not read so);
 * "Greenpeace and Indonesia", with a word between them, are two actors. A name the catalog lacks ("Greenpeace Africa")
 * is a branch too, when the tagger reads it and the organisation as one name. Stateless.
 */
final class Branches {

  private Branches() {}

  /** The organisation whose branch {@code m} names, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied() || m.first() == 0 || m.actor().kind() != ActorKind.STATE && !m.actor().isAdHoc()) {
      return m;
    }
    ActorSpan before = g.ctx.mentionAt(m.first() - 1).orElse(null);
    if (before == null || before.last() != m.first() - 1 || before.actor().kind() != ActorKind.ORGANISATION
        || !g.toks.get(m.first() - 1).tag().startsWith("NNP")) {
      return m;
    }
    if (m.actor().isAdHoc() && (before.actor().isAdHoc()
        || g.nerRun(m.first(), m.last(), Graph.ORGANIZATION)[0] > before.first())) {
      // "Greenpeace Africa": a region no catalog lists is a branch of a catalog organisation only where the tagger
      // reads one name; "New Patriotic Party" is no branch of a made-up "New".
      return m;
    }
    return ActorSpan.of(before.first(), m.last(), before.actor(), g.text(before.first(), m.last()));
  }
}
