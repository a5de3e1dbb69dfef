package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.ObjectClass;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Sector;

/**
 * A weapon with the demonym of a state among the adjectives after it ("صاروخ إسرائيلي", "دبابة إسرائيلية",
 * "طائرة حربية روسية"): news names the state's forces by what they fire, so the phrase is a mention of the state's
 * military ({@code objects.tsv}, WEAPON); so is a weapon that belongs to forces ("زورق سريع تابع للبحرية
 * الإيرانية": the navy). Without either a weapon is no actor ("أصاب صاروخ المبنى"). Nouns of
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
    int owned = owner(r, i);
    if (owned >= 0) {
      ActorSpan owner = r.mention(owned);
      Optional<Actor> forces = owner.actor().kind() == org.crosscheck.ActorKind.STATE
          ? r.actors().catalog().actor(owner.actor().cameo().orElse(owner.actor().id()) + Sector.MIL.name())
          : Optional.of(owner.actor());
      r.ctx.addMention(ActorSpan.of(i, owner.last(), forces.get(), r.text(i, owner.last())));
      r.noteSector(i, Sector.MIL);
      return owner.last();
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

  /** How many words may describe the weapon before the word of belonging ("طائرة بلا طيار تابعة لـ"). */
  static final int DESCRIPTION = 4;

  /**
   * The first token of the mention of the forces a weapon belongs to ({@code objects.tsv}, BELONGING: "طائرة بلا
   * طيار تابعة للجيش", "زوارق تابعة للبحرية"), or -1: a state, its forces or an armed group.
   */
  private static int owner(Reading r, int i) {
    for (int k = i + 1; k <= Math.min(r.size() - 3, i + 1 + DESCRIPTION); k++) {
      if (r.hasMention(k) || r.isPunct(k) || r.isVerb(k)) {
        return -1;
      }
      if (r.lex.is(r.key(k), ObjectClass.BELONGING)) {
        // The catalog's span may take in the preposition ("للقوات").
        int m = r.hasMention(k + 1) ? k + 1
            : r.lex.is(r.key(k + 1), ArabicLexicon.GrammarClass.TARGET_MARKER) ? k + 2 : -1;
        if (m < 0 || !r.hasMention(m)) {
          return -1;
        }
        org.crosscheck.ActorKind kind = r.mention(m).actor().kind();
        boolean forces = kind == org.crosscheck.ActorKind.STATE || kind == org.crosscheck.ActorKind.GOVERNMENT
            || kind == org.crosscheck.ActorKind.ARMED_GROUP;
        return forces && r.mention(m).first() == m ? m : -1;
      }
    }
    return -1;
  }

  private static boolean weapon(Reading r, int i) {
    if (!r.tag(i).contains("NN") || r.tag(i).contains("NNP")) {
      return false;
    }
    return r.nounIn(i, ObjectClass.WEAPON);
  }
}
