package org.crosscheck.english.internal.rules;

import java.util.Set;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A person whose name holds a place's: "Senator Paul Jordan", "Mayor Gabriel Madrid", "Jordan Bardella". The catalog
 * reads "Jordan" or "Madrid" as the state, which would make the senator's praise Jordan's. When the named-entity tagger
 * marks a run of words as one person and the run reaches past a catalog mention of a state or a place on either side,
 * the run is the person, an ad-hoc actor. A person or body the catalog knows keeps its reading, and so does a place
 * the tagger reads as a person by itself ("Jordan praised …": a run no longer than the mention). Stateless.
 */
final class PersonNames {

  private static final String PERSON = "PERSON";
  private static final Set<ActorKind> PLACES = Set.of(ActorKind.STATE, ActorKind.GOVERNMENT);

  private PersonNames() {}

  /** The person whose name {@code m} is part of, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied() || !PLACES.contains(m.actor().kind())) {
      return m;
    }
    EnglishSentence s = g.ctx.sentence();
    for (int k = m.first(); k <= m.last(); k++) {
      if (!s.ner(k).equals(PERSON)) {
        return m;
      }
    }
    int[] run = g.nerRun(m.first(), m.last(), PERSON);
    int from = run[0];
    int to = run[1];
    if (from == m.first() && to == m.last()) {
      return m;
    }
    String surface = g.text(from, to);
    return ActorSpan.of(from, to, g.ctx.actors().adHoc(surface, ActorKind.PERSON), surface);
  }
}
