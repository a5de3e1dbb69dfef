package org.crosscheck.arabic.internal.rules;

import java.util.EnumSet;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.PronounClass;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Sector;

/**
 * Forces named by a common noun with a possessive suffix in a reported clause ("أعلن الجيش أن قواته قتلت …",
 * "قالت الشرطة إن عناصرها اعتقلوا …"): they are the voice's own, so the voice's actor (or, for a person, the
 * organisation the person speaks for) holds what they do. Only nouns of armed or security forces count; "سكانها" or
 * "مواطنيه" are not the voice's to command. Stateless.
 */
final class OwnedForces {

  private OwnedForces() {}

  /** The sectors of forces a voice commands. */
  private static final Set<Sector> FORCES = EnumSet.of(Sector.MIL, Sector.COP, Sector.SPY, Sector.UAF, Sector.REB,
      Sector.INS);

  /**
   * The actor that owns the forces whose possessive suffix is token {@code j}; null when {@code j} is no third-person
   * suffix right after a common noun of forces, or the clause has no voice with an actor.
   */
  static ActorSpan owner(Reading r, Segment seg, int j) {
    if (j < 1 || !r.tag(j).equals("PRP$") || !r.lex.is(r.word(j), PronounClass.COUNTRY_SUFFIX)
        || !r.hasMention(j - 1)) {
      return null;
    }
    ActorSpan forces = r.mention(j - 1);
    Actor voice = seg.speaker();
    if (forces.last() != j - 1 || !r.commonNoun(forces) || voice == null
        || r.sector(forces).filter(FORCES::contains).isEmpty()) {
      return null;
    }
    String words = r.text(forces.first(), j);
    if (voice.kind() == ActorKind.PERSON || voice.kind() == ActorKind.ROLE) {
      Actor org = r.actors().organisationOf(voice);
      return org.id().equals(voice.id()) ? null : ActorSpan.implied(org, words);
    }
    return voice.kind() == ActorKind.ANONYMOUS || voice.kind() == ActorKind.MEDIA ? null
        : ActorSpan.implied(voice, words);
  }
}
