package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.Stance;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.ObjectClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.SyntaxClass;

/**
 * A protest told by who organises, joins or mobilises it ({@code objects.tsv}, ORGANISE): "نظمت النقابات مظاهرة",
 * "انضم نواب إلى الاعتصام", "حشد الحزب آلاف المتظاهرين", "نظموا مسيرات منددة بالقرار". The verb cues opposition
 * (CAMEO 141, demonstrate) when its object, past adverbs of time, a preposition and words of quantity, is a noun of
 * protest, protesters, or a march (PROCESSION) that a word of protest or hostility describes ("مسيرة احتجاجية"; a
 * march alone is as often a process: "مسيرة السلام"). Its subject holds it, whoever it is; the object of the verb is
 * no target. Stateless.
 */
final class Organisers {

  private Organisers() {}

  /** How far after the verb its object may stand. */
  static final int REACH = 10;
  /** The CAMEO code of organising a protest: demonstrate. */
  private static final String DEMONSTRATE = "141";

  /** The protest cue the verb at {@code i} is, when it organises, joins or mobilises a protest. */
  static Optional<StanceCues.Cue> at(Reading r, Segment seg, int i) {
    if (!r.isVerb(i) || r.tag(i).equals("VBN") || !organises(r, i) || Negation.negated(r, seg, i)) {
      return Optional.empty();
    }
    for (int j = i + 1; j < Math.min(seg.to(), i + 1 + REACH); j++) {
      if (r.isPunct(j) || r.isVerb(j)) {
        return Optional.empty();
      }
      if (r.hasMention(j) && !protesters(r, j)) {
        // The verb's subject ("نظمت النقابات"): read past it.
        j = r.mention(j).last();
        continue;
      }
      if (StanceCues.at(r, j).filter(c -> !c.verbal()).isPresent() && LightVerbs.governing(r, seg, j) == i) {
        // "نظمت النقابات مظاهرة": the light verb lends its subject to the noun of protest, which is the cue.
        return Optional.empty();
      }
      if (protest(r, j) || protesters(r, j)) {
        return Optional.of(new StanceCues.Cue(Stance.OPPOSE, r.folded(i),
            Optional.of(r.lex.events.event(DEMONSTRATE)), true, false));
      }
      if (!r.lex.is(r.folded(j), SyntaxClass.FILLER)
          && !r.lex.is(r.key(j), ArabicLexicon.GrammarClass.GOVERNING_PREPOSITION)
          && !Arguments.quantifier(r, j) && !r.folded(j).equals(FROM) && !r.tag(j).equals("ADJ_NUM")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "من", between a quantity and what it counts, and in "أول من أمس". */
  private static final String FROM = "\u0645\u0646";

  private static boolean organises(Reading r, int i) {
    return r.verbIn(i, ObjectClass.ORGANISE);
  }

  /** Whether token {@code j} names a protest: a noun of protest, or a march a word of protest describes. */
  private static boolean protest(Reading r, int j) {
    if (StanceCues.at(r, j).filter(c -> !c.verbal() && c.event().filter(e -> e.code().startsWith("14")).isPresent())
        .isPresent()) {
      return true;
    }
    return r.nounIn(j, ObjectClass.PROCESSION) && j + 1 < r.size() && !r.hasMention(j + 1)
        && (StanceCues.at(r, j + 1).filter(c -> c.stance() == Stance.OPPOSE).isPresent() || hostile(r, j + 1));
  }

  /** Whether token {@code j} is a word of hostility ({@code objects.tsv}, HOSTILE_TO: "منددة", "مناهضة"). */
  private static boolean hostile(Reading r, int j) {
    return r.nounIn(j, ObjectClass.HOSTILE_TO);
  }

  /** Whether token {@code j} starts a mention of protesters ("آلاف المتظاهرين"). */
  private static boolean protesters(Reading r, int j) {
    if (!r.hasMention(j) || !r.commonNoun(r.mention(j))) {
      return false;
    }
    return r.nounIn(r.mention(j).first(), ObjectClass.PROTESTER);
  }
}
