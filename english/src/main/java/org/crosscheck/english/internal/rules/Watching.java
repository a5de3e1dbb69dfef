package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * Looking on is a stance only as monitoring ({@code watched-objects.tsv}): "said it was watching the situation",
 * "will observe the election" keep a party neutral and attentive, but "the leader watched the launch", "did not come
 * to watch our survival be bargained away", "observed a minute's silence" say nothing of anyone. A verb of looking
 * on whose object is no matter that is monitored is no cue. Stateless.
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

  private static String lower(Graph g, IndexedWord w) {
    return g.lemmaOf(w).toLowerCase(Locale.ROOT);
  }
}
