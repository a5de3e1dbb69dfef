package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * "Army-aligned militias", "Iran-allied groups": a participle of alignment ({@code attributive-participles.tsv})
 * with an actor hyphenated to it says that the group the noun names sides with that actor. The group holds the
 * stance and the hyphenated actor is its target: the reverse of a participle of backing ("Iran-backed militias",
 * {@link HyphenAgents}), where the actor before the hyphen gives the support. Whether the actor also backs the
 * group the words do not say. Stateless.
 */
final class AlignedGroups {

  private AlignedGroups() {}

  /** Whether {@code participle} is one of alignment with an actor hyphenated to it and a noun it describes. */
  static boolean aligned(Graph g, IndexedWord participle) {
    return g.lex.attributiveParticiples.contains(g.lemmaOf(participle)) && HyphenAgents.agent(g, participle) != null;
  }

  /** The group that sides with the hyphenated actor, its span from the noun on (the actor's words are the target). */
  static List<ActorSpan> group(Graph g, IndexedWord participle) {
    IndexedWord noun = HyphenAgents.modified(g, participle);
    ActorSpan group = noun == null ? null : Targets.in(g, noun, 0, List.of());
    // "Sudan's army-aligned government": a group found only before the noun is named by words the hyphenated actor
    // shares, not by the noun, and is no group the text sets apart.
    if (group == null || group.last() < g.idx(noun)) {
      return List.of();
    }
    // "Sudan's army-aligned government", read whole as Sudan's government (HyphenedInstitutions): no group set apart
    // from the army's own state.
    boolean own = partner(g, participle).stream().anyMatch(p -> p.actor() != null
        && g.ctx.actors().related(p.actor(), group.actor()));
    return own ? List.of()
        : List.of(ActorSpan.of(Math.max(group.first(), g.idx(noun)), group.last(), group.actor(), group.text()));
  }

  /** The actor hyphenated to the participle, whom the group sides with. */
  static List<ActorSpan> partner(Graph g, IndexedWord participle) {
    IndexedWord a = HyphenAgents.agent(g, participle);
    if (a == null) {
      return List.of();
    }
    ActorSpan m = g.mentionOf(a);
    return List.of(m != null ? m : ActorSpan.of(g.idx(a), g.idx(a), g.demonym(a), a.word()));
  }
}
