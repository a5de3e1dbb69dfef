package org.crosscheck.english.internal.rules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * The body a person speaks for, by the title the article gave him ({@link TitledSpeakers}: "Japanese Prime Minister
 * Hiroshi Tanabe", "the bloc's special representative, Marta Lindqvist"), kept for the rest of the article under his
 * surname: a later "Tanabe said Japan deeply valued …, but offered no new apology for Japan's rule" is Japan's own
 * prime minister speaking of his state, not a stance of his toward it. Backing one's own body, or denying it
 * backing, is no stance a reader reports; opposing it is (a minister who breaks with his government), and is left
 * alone. Stateless: the memory lives in the article's {@link Discourse}.
 */
final class Affiliations {

  static final Discourse.Key<Map<String, Actor>> BODIES = Discourse.Key.of("english.personBodies");

  private Affiliations() {}

  /** Notes the body of each person the sentence names with a title. */
  static void note(Graph g) {
    Map<String, Actor> bodies = null;
    for (int i = 0; i < g.size(); i++) {
      ActorSpan m = g.mentionAt(i);
      if (m == null || m.first() != i) {
        continue;
      }
      Actor body = TitledSpeakers.body(g, m);
      if (body != null) {
        if (bodies == null) {
          bodies = new HashMap<>(g.ctx.discourse().get(BODIES).orElse(Map.of()));
        }
        bodies.put(surname(m.actor()), body);
      }
    }
    if (bodies != null) {
      g.ctx.discourse().set(BODIES, Map.copyOf(bodies));
    }
  }

  /** Whether {@code target} is the body the person {@code holder} speaks for, or belongs to it or it to him. */
  static boolean own(Graph g, ActorSpan holder, ActorSpan target) {
    ActorKind kind = holder.actor().kind();
    if (kind != ActorKind.PERSON && kind != ActorKind.ROLE && kind != ActorKind.UNKNOWN) {
      // A body's name is no surname: "the European Union" is not whoever was last called "… Union".
      return false;
    }
    Actor body = TitledSpeakers.body(g, holder);
    if (body == null) {
      body = g.ctx.discourse().get(BODIES).map(b -> b.get(surname(holder.actor()))).orElse(null);
    }
    return body != null && g.ctx.actors().related(body, target.actor());
  }

  private static String surname(Actor person) {
    String[] words = person.name().trim().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }
}
