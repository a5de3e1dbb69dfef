package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * The group a stronghold noun's modifier describes: "shelled rebel positions", "bombed militant bases in the north",
 * "raided bandit camps" are acts on the rebels, the militants, the bandits, as "struck Hamas positions" is on Hamas.
 * The noun must be one of a fighting group's ground or posts ({@code stronghold-nouns.tsv}) and the modifier an agent
 * noun ({@link CommonNouns}) of a group that holds ground by force outside a state's forces ({@code
 * armed-sectors.tsv}): "a military base", "refugee camps" or "police posts" name no one. Stateless.
 */
final class Strongholds {

  private Strongholds() {}

  /** The group {@code modifier} describes as the holder of the stronghold {@code noun}, or null. */
  static ActorSpan group(Graph g, IndexedWord noun, IndexedWord modifier, List<ActorSpan> holders) {
    String r = g.relToParent(modifier);
    if (!g.pos(noun).startsWith("NN") || !g.lex.strongholdNouns.contains(g.lemmaOf(noun).toLowerCase(Locale.ROOT))
        || !g.parent(modifier).equals(noun) || !(r.equals("compound") || r.equals("amod"))) {
      return null;
    }
    boolean armed = CommonNouns.sector(g, modifier)
        .filter(s -> g.lex.armedSectors.stream().anyMatch(s.toLowerCase(Locale.ROOT)::startsWith)).isPresent();
    ActorSpan x = armed && (g.pos(modifier).startsWith("NN") || g.pos(modifier).equals("JJ"))
        ? CommonNouns.described(g, modifier) : null;
    return x == null || holders.stream().anyMatch(h -> h.actor().id().equals(x.actor().id())) ? null : x;
  }
}
