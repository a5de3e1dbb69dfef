package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Who holds the stance a cue expresses, tried in this order:
 * <ol>
 *   <li>a masdar's agent in the genitive before "لـ" or "تجاه" and the target ("دعم الدولة للحكومة", "دعم بلاده
 *       لـ…");</li>
 *   <li>a pronoun right after "أن" stands for the speaker ("أكدت الوزارة أنها لن تدعم …"), or the organisation a
 *       person speaks for;</li>
 *   <li>"لدى/من X" shortly after the cue ("لا نية لدى الوزارة لمساعدة …");</li>
 *   <li>the nearest actor before the cue, within a short reach and not across a comma or colon (the subject stands
 *       close before its predicate), unless a preposition governs it; or "بلاده" / "نحن" there;</li>
 *   <li>the clause's first actor, within a longer reach and not past the clause's first comma: coordinated verbs
 *       share their subject ("الدولة تراقب … وتجري حوارا مع …");</li>
 *   <li>a first-person suffix in the clause ("أثبتنا"): the speaker's organisation;</li>
 *   <li>VSO: the actor right after a verb cue.</li>
 * </ol>
 * News outlets and unnamed sources that belong to no one never hold a stance. Stateless.
 */
final class Holders {

  private Holders() {}

  /** How far after the cue "لدى/من X" may stand. */
  static final int PREPOSITION_REACH = 5;
  /** How far before the cue the nearest actor may stand. */
  static final int BACKWARD_REACH = 7;
  /** How far before the cue a coordinated clause's first actor may stand. */
  static final int COORDINATED_REACH = 15;
  /** How far after a verb cue its subject may stand (VSO). */
  static final int VSO_REACH = 3;

  static Optional<ActorSpan> of(Reading r, Segment seg, int cue) {
    ArabicLexicon lex = r.lex;
    if (!r.isVerb(cue) && cue + 2 < seg.to()) {
      int j = cue + 1;
      ActorSpan genitive = r.hasMention(j) && holderLike(r.mention(j)) ? r.mention(j) : null;
      int after = genitive != null ? genitive.last() + 1 : j + 2;
      if (genitive == null && SpeakerPronouns.isCountryOfSpeaker(r, j, seg.to())) {
        genitive = SpeakerPronouns.state(r, seg, r.text(j, j + 1));
      }
      if (genitive != null && after < seg.to() && lex.is(r.key(after), GrammarClass.TARGET_MARKER)) {
        return Optional.of(genitive);
      }
    }
    Optional<ActorSpan> pronoun = pronounAfterComplementizer(r, seg);
    if (pronoun.isPresent()) {
      return pronoun;
    }
    for (int j = cue + 1; j < Math.min(seg.to(), cue + PREPOSITION_REACH); j++) {
      if (lex.is(r.key(j), GrammarClass.HOLDER_PREPOSITION) && j + 1 < seg.to() && r.hasMention(j + 1)
          && holderLike(r.mention(j + 1))) {
        return Optional.of(r.mention(j + 1));
      }
    }
    for (int j = cue - 1; j >= Math.max(seg.from(), cue - BACKWARD_REACH); j--) {
      String w = r.word(j);
      if (lex.is(w, GrammarClass.COMMA) || lex.is(w, GrammarClass.COLON)) {
        break;
      }
      if (r.hasMention(j) && holderLike(r.mention(j)) && !governed(r, r.mention(j))) {
        return Optional.of(r.mention(j));
      }
      if (j > seg.from() && SpeakerPronouns.isState(r, j)) {
        return Optional.ofNullable(SpeakerPronouns.state(r, seg, r.text(j - 1, j)));
      }
      if (SpeakerPronouns.isWe(r, j)) {
        return Optional.ofNullable(SpeakerPronouns.organisation(r, seg, r.word(j)));
      }
    }
    for (int j = seg.from(); j < cue; j++) {
      if (lex.is(r.word(j), GrammarClass.COMMA)) {
        break;
      }
      if (r.hasMention(j) && holderLike(r.mention(j)) && !governed(r, r.mention(j))
          && cue - j <= COORDINATED_REACH) {
        return Optional.of(r.mention(j));
      }
    }
    for (int j = seg.from(); j < cue; j++) {
      if (SpeakerPronouns.isWeSuffix(r, j)) {
        return Optional.ofNullable(SpeakerPronouns.organisation(r, seg, r.text(j, j)));
      }
    }
    if (r.isVerb(cue)) {
      ActorSpan m = r.nextMention(cue + 1, VSO_REACH);
      if (m != null && holderLike(m)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** "أكدت تركيا أنها لن تدعم …": a pronoun right after the complementizer is the speaker. */
  private static Optional<ActorSpan> pronounAfterComplementizer(Reading r, Segment seg) {
    int p = seg.from();
    Actor v = seg.speaker();
    if (p >= r.size() || p == 0 || v == null || !r.tag(p).startsWith("PRP")
        || !r.lex.is(r.key(p - 1), GrammarClass.COMPLEMENTIZER)) {
      return Optional.empty();
    }
    String words = seg.voice().flatMap(Voice::text).orElse(v.name());
    if (v.kind() == ActorKind.PERSON || v.kind() == ActorKind.ROLE) {
      return Optional.ofNullable(SpeakerPronouns.organisation(r, seg, words));
    }
    if (v.kind() != ActorKind.ANONYMOUS || !v.memberOf().isEmpty()) {
      return Optional.of(ActorSpan.implied(v, words));
    }
    return Optional.empty();
  }

  /** Whether an actor can hold a stance: not a news outlet, not an unnamed source that belongs to no one. */
  static boolean holderLike(ActorSpan m) {
    return !m.media() && !(m.anonymous() && m.actor().memberOf().isEmpty());
  }

  /** Whether a mention is the object of a preposition ("لـ", "مع", "ضد" …): a target, not a holder. */
  static boolean governed(Reading r, ActorSpan m) {
    int p = m.first() - 1;
    return p >= 0 && r.lex.is(r.key(p), GrammarClass.GOVERNING_PREPOSITION);
  }
}
