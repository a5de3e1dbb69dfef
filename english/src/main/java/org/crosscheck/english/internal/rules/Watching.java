package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * Looking on is a stance only as monitoring ({@code watched-objects.tsv}): "said it was watching the situation",
 * "will observe the election" keep a party neutral and attentive, but "the leader watched the launch", "did not come
 * to watch our survival be bargained away", "observed a minute's silence" say nothing of anyone. A verb of looking
 * on whose object is no matter that is monitored is no cue. Monitoring is neutral toward a party only when one is
 * named: "said it was monitoring the situation" with no party is attention to an event, no stance a reader would
 * list, so it gives no claim (as deliberating over a matter gives none, {@link Deliberations}). Stateless.
 */
final class Watching {

  private Watching() {}

  /** Whether {@code v} is a verb of looking on with nothing monitored as its object. */
  static boolean idle(Graph g, IndexedWord v) {
    if (!g.pos(v).startsWith("VB") || g.lex.watchedObjects.get(lower(g, v)) != EnglishLexicon.WatchedClass.VERB) {
      return false;
    }
    return g.children(v, "obj").stream()
        .noneMatch(o -> g.lex.watchedObjects.get(lower(g, o)) == EnglishLexicon.WatchedClass.OBJECT);
  }

  /** Whether the cue {@code w} is a verb of looking on that names no {@code target}: no claim then. */
  static boolean atNoParty(Graph g, IndexedWord w, ActorSpan target) {
    return target == null && g.pos(w).startsWith("VB")
        && g.lex.watchedObjects.get(lower(g, w)) == EnglishLexicon.WatchedClass.VERB;
  }

  private static String lower(Graph g, IndexedWord w) {
    return g.lemmaOf(w).toLowerCase(Locale.ROOT);
  }
}
