package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * An order or a plea with the act it asks for ("the court ordered Israel to enable aid deliveries to Gaza", "ordered
 * police to release Imran Khan"): a verb of asking (ASK in {@code governors.tsv}) with an infinitive is no event of
 * its own by the CAMEO patterns that match words of the act asked for ("order aid" as aid given, "order police" as
 * police deployed): the one asked is no target of the asker, and the act asked for is read as an appeal
 * ({@link Appeals}: toward whom that act is aimed). A pattern that spans the infinitive ("ordered its ambassador to
 * return", "ordered the diplomats to leave") still names the order's event. Stateless.
 */
final class Orders {

  /** The infinitive marker a pattern spanning the act asked for has among its words ("ambassador to return"). */
  private static final String INFINITIVE = "to";

  private Orders() {}

  /**
   * Whether the verb {@code w} asks another for an act of its own infinitive and no dictionary pattern of the verb
   * spans that infinitive: its dictionary event, if any, is read off the act asked for.
   */
  static boolean asksAct(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || !g.verbOf(w, EnglishLexicon.GovernorClass.ASK)
        || g.children(w, "xcomp").stream().noneMatch(x -> g.pos(x).startsWith("VB"))) {
      return false;
    }
    String lemma = g.lemmaOf(w);
    for (List<String[]> window : StanceCues.windows(g, w)) {
      if (g.lex.events.patternEvents(lemma, window).stream().anyMatch(e -> e.getValue().contains(INFINITIVE))) {
        return false;
      }
    }
    return true;
  }
}
