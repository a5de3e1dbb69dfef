package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.ActorKind;

/**
 * Talks, a summit or a conference ({@code talk-nouns.tsv}) named after the city they meet in ("denounced the Doha
 * talks", "the Jeddah talks collapsed", "rejected the Astana process"): the city before the noun says where the talks
 * are held, not a party to them, so denouncing or backing the talks is no stance toward the government whose seat the
 * city is. Only a city the tagger reads as a place that stands for a government; a state's name or its people's
 * ("the Sudan talks", "Russian talks") is read as before. Stateless.
 */
final class Venues {

  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY");

  private Venues() {}

  /** Whether the dependent {@code c} of the noun {@code d} only says where the talks {@code d} meet. */
  static boolean placeOnly(Graph g, IndexedWord d, IndexedWord c) {
    if (!g.pos(d).startsWith("NN") || !g.lex.talkNouns.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT))
        || !g.relToParent(c).equals("compound") || !g.pos(c).startsWith("NNP") || g.idx(c) > g.idx(d)) {
      return false;
    }
    var m = g.mentionOf(c);
    return m != null && m.actor().kind() == ActorKind.GOVERNMENT
        && PLACE_TAGS.contains(g.ctx.sentence().ner(g.idx(c)));
  }
}
