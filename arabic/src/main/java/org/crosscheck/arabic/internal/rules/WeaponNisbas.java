package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.ObjectClass;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Sector;

/**
 * A weapon with the demonym of a state among the adjectives after it ("صاروخ إسرائيلي", "دبابة إسرائيلية",
 * "طائرة حربية روسية"): news names the state's forces by what they fire, so the phrase is a mention of the state's
 * military ({@code objects.tsv}, WEAPON). Without a demonym a weapon is no actor ("أصاب صاروخ المبنى"). Nouns of
 * strikes are cues, whose demonym {@link Holders} reads ("غارة إسرائيلية"). Stateless.
 */
final class WeaponNisbas {

  private WeaponNisbas() {}

  /** How many adjectives after the weapon may hold the demonym ("طائرة حربية روسية"). */
  static final int ADJECTIVES = 2;

  /** Adds the mention of the weapon at {@code i}, when a demonym follows it; returns its last token, or -1. */
  static int add(Reading r, int i) {
    if (!weapon(r, i)) {
      return -1;
    }
    for (int k = i + 1; k <= Math.min(r.size() - 1, i + ADJECTIVES) && r.tag(k).contains("JJ"); k++) {
      Optional<Actor> state = r.hasMention(k) && r.mention(k).actor().kind() == org.crosscheck.ActorKind.STATE
          ? Optional.of(r.mention(k).actor()) : r.hasMention(k) ? Optional.empty()
          : r.actors().stateOfDemonym(r.folded(k));
      Optional<Actor> forces = state.flatMap(s -> r.actors().catalog().actor(s.cameo().orElse(s.id())
          + Sector.MIL.name()));
      if (forces.isPresent()) {
        r.ctx.addMention(ActorSpan.of(i, k, forces.get(), r.text(i, k)));
        r.noteSector(i, Sector.MIL);
        return k;
      }
    }
    return -1;
  }

  private static boolean weapon(Reading r, int i) {
    if (!r.tag(i).contains("NN") || r.tag(i).contains("NNP")) {
      return false;
    }
    for (ArabicStemmer.Stem st : r.s.stems(i)) {
      if (st.nominal() && r.lex.is(st.form(), ObjectClass.WEAPON)) {
        return true;
      }
    }
    return false;
  }
}
