package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.ActorKind;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.ObjectClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.SyntaxClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Whom an act of violence struck when the catalog names no one: the verb's object, a noun of people
 * ({@code objects.tsv}, PERSON) counted or not ("خطف مسلحون أربعة مهندسين", "اغتالوا سياسيين", "خطف الصحافي على
 * يد مسلحين"), right after the verb or after a subject that follows it, past adverbs of time (and past the subject's
 * relative clause when a number counts them: "خطف مسلحون يستقلون سيارة ثلاثة مهندسين"); after a suicide
 * attack's reflexive object, whom the verb of casualties that follows names ("فجر نفسه فقتل خمسة جنود"). For a noun
 * of violence, the casualties named before it ("مقتل ثلاثة جنود في هجوم …") or after a verb of its result ("غارة أدت
 * إلى مقتل …"); for a verb after a link of time, the casualties named before the link ("قتل ثلاثة جنود عندما
 * فجر انتحاري نفسه"). The victims are an ad-hoc group of the words that name them, with one adjective ("مدنيين أفغان").
 * Only these slots are read: a noun of people elsewhere in the clause is not whom the act struck. Stateless.
 */
final class Victims {

  private Victims() {}

  /** How far after the verb a subject that follows it may start for the object to be read after it. */
  static final int SUBJECT_REACH = 4;

  static Optional<ActorSpan> of(Reading r, Segment seg, int verb, ActorSpan holder) {
    int j = skip(r, seg, verb + 1, false);
    if (!holder.implied() && holder.first() >= j && holder.first() <= verb + SUBJECT_REACH
        && skip(r, seg, j, true) >= holder.first()) {
      j = skip(r, seg, holder.last() + 1, false);
      if (j < seg.to() && !r.hasMention(j) && r.tag(j).equals("VBP")) {
        return pastRelative(r, seg, j, holder);
      }
    }
    if (j + 3 < seg.to() && r.lex.is(r.key(j), ObjectClass.SELF) && r.tag(j + 1).startsWith("PRP")
        && r.tag(j + 2).equals("CC") && casualty(r, j + 3)) {
      // "فجر نفسه فقتل خمسة جنود": a suicide attack's victims follow with a verb of casualties.
      return struck(r, seg, skip(r, seg, j + 4, false), seg.to(), holder, true);
    }
    return struck(r, seg, j, seg.to(), holder, false);
  }

  /** How far past the imperfect verb of a subject's relative clause the counted victims may stand. */
  static final int RELATIVE_REACH = 6;

  /**
   * "خطف مسلحون يستقلون سيارة ثلاثة مهندسين": the subject after the verb is described by a clause with no relative
   * pronoun, whose verb stands at {@code rel}; the victims are the first people counted by a number after it (the
   * clause's own object is seldom counted), a number of people or of a demonym's state ("أربعة فرنسيين").
   */
  private static Optional<ActorSpan> pastRelative(Reading r, Segment seg, int rel, ActorSpan holder) {
    for (int k = rel + 1; k < Math.min(seg.to(), rel + 1 + RELATIVE_REACH); k++) {
      if (r.isPunct(k) || r.isVerb(k)) {
        return Optional.empty();
      }
      if (!r.hasMention(k) && r.tag(k).equals("CD")) {
        return struck(r, seg, k, seg.to(), holder, true);
      }
    }
    return Optional.empty();
  }

  /**
   * Who is struck in the phrase that starts at {@code start} (before {@code limit}), past words of quantity: people
   * named by a noun of people, with one adjective, or (when {@code actors}) an actor named there that is neither the
   * holder, a news outlet, an unnamed source nor a place.
   */
  private static Optional<ActorSpan> struck(Reading r, Segment seg, int start, int limit, ActorSpan holder,
      boolean actors) {
    int j = skip(r, seg, start, true);
    if (j >= limit) {
      return Optional.empty();
    }
    ActorSpan m = r.mention(j);
    if (m != null) {
      boolean own = !holder.implied() && m.first() >= holder.first() && m.last() <= holder.last();
      return !actors || own || m.media() || m.anonymous() || Targets.locative(r, m) ? Optional.empty()
          : Optional.of(m);
    }
    if (!person(r, j)) {
      return Optional.empty();
    }
    int last = j + 1 < limit && !r.hasMention(j + 1) && r.tag(j + 1).contains("JJ") ? j + 1 : j;
    return Optional.of(ActorSpan.of(start, last, r.actors().adHoc(r.text(j, last), ActorKind.GROUP),
        r.text(start, last)));
  }

  /** How far before a noun of violence the casualties it caused may be named. */
  static final int CASUALTY_REACH = 12;
  /** "في", between the casualties and the event that caused them. */
  private static final String IN = "\u0641\u064a";

  /**
   * Whom a noun of violence struck when the casualties come first ("مقتل ثلاثة جنود في هجوم شنه مسلحون", "قتل
   * شرطيان في تفجير …"): the actor or people a noun or passive verb of death or wounding ({@code objects.tsv},
   * CASUALTY) names, the event following after "في"; of casualties joined by "و", the first.
   */
  static Optional<ActorSpan> beforeTheEvent(Reading r, Segment seg, int cue, ActorSpan holder) {
    int in = cue - 1;
    if (in <= seg.from() || !r.folded(in).equals(IN)) {
      return Optional.empty();
    }
    for (int k = in - 1; k >= Math.max(seg.from(), in - CASUALTY_REACH); k--) {
      if (r.isPunct(k) && !r.lex.is(r.word(k), ArabicLexicon.GrammarClass.COMMA)) {
        return Optional.empty();
      }
      if (!r.hasMention(k) && casualty(r, k)) {
        Optional<ActorSpan> struck = struck(r, seg, skip(r, seg, k + 1, false), in, holder, true);
        Optional<ActorSpan> first = struck.isPresent() ? firstOfTheRun(r, seg, k, holder) : Optional.empty();
        return first.isPresent() ? first : struck;
      }
    }
    return Optional.empty();
  }

  /** "و", which joins the nouns of casualties of one event ("مقتل ثلاثة جنود وإصابة خمسة مدنيين"). */
  private static final String AND = "\u0648";

  /**
   * The casualties the first noun of a run names ("مقتل ثلاثة جنود وإصابة خمسة مدنيين في هجوم": the dead, whom
   * news names first), when the noun at {@code k} follows "و" after an earlier one within the reach; else empty.
   */
  private static Optional<ActorSpan> firstOfTheRun(Reading r, Segment seg, int k, ActorSpan holder) {
    if (k - 1 <= seg.from() || !r.folded(k - 1).equals(AND)) {
      return Optional.empty();
    }
    for (int j = k - 2; j >= Math.max(seg.from(), k - CASUALTY_REACH); j--) {
      if (r.isPunct(j) || r.isVerb(j)) {
        return Optional.empty();
      }
      if (!r.hasMention(j) && casualty(r, j)) {
        return struck(r, seg, skip(r, seg, j + 1, false), k - 1, holder, true);
      }
    }
    return Optional.empty();
  }

  /** How far after a noun of violence the verb of its result may stand. */
  static final int RESULT_REACH = 10;

  /**
   * Whom a noun of violence struck when its result follows ("ضربة جوية أدت إلى مقتل ثمانية مقاتلين", "أسفر الهجوم
   * عن إصابة …"): the actor or people after a verb of result ({@code objects.tsv}, RESULT), its preposition and a
   * noun of casualties.
   */
  static Optional<ActorSpan> resulting(Reading r, Segment seg, int cue, ActorSpan holder) {
    for (int j = cue + 1; j < Math.min(seg.to(), cue + RESULT_REACH); j++) {
      if (r.lex.is(r.word(j), ArabicLexicon.GrammarClass.CLAUSE_END)) {
        return Optional.empty();
      }
      if (r.hasMention(j) || !r.isVerb(j) || !result(r, j)) {
        continue;
      }
      int k = j + 1;
      if (k < seg.to() && r.lex.is(r.key(k), ArabicLexicon.GrammarClass.GOVERNING_PREPOSITION)) {
        k++;
      }
      if (k >= seg.to() || r.hasMention(k) || !casualty(r, k)) {
        return Optional.empty();
      }
      return struck(r, seg, k + 1, seg.to(), holder, true);
    }
    return Optional.empty();
  }

  private static boolean result(Reading r, int j) {
    return r.verbIn(j, ObjectClass.RESULT);
  }

  private static boolean casualty(Reading r, int k) {
    return r.stemIn(k, ObjectClass.CASUALTY);
  }

  /** The first token from {@code j} that is no adverb of time (nor, with {@code counts}, a word of quantity). */
  private static int skip(Reading r, Segment seg, int j, boolean counts) {
    j = pastDuration(r, seg, j);
    while (j < seg.to() && !r.hasMention(j) && (r.lex.is(r.folded(j), SyntaxClass.FILLER)
        // "أول من أمس" (the day before yesterday)
        || !counts && r.folded(j).equals("\u0645\u0646") && j + 1 < seg.to() && r.lex.is(r.folded(j + 1), SyntaxClass.FILLER)
        || counts && (Arguments.quantifier(r, j) || r.folded(j).equals("\u0645\u0646")))) {
      j++;
    }
    return j;
  }

  /** How far before the link of time the casualties of the act after it may be named. */
  static final int LINK_REACH = 16;
  /** "ما", which the segmenter splits off a link of time ("عند" + "ما" for "عندما"). */
  private static final String MA = "\u0645\u0627";

  /**
   * Whom a verb of violence after a link of time struck when the casualties come first ("قتل ثلاثة جنود وأصيب
   * آخرون عندما فجر انتحاري نفسه"; {@code objects.tsv}, TIME_LINK): the actor or people the nearest noun or passive
   * verb of death or wounding before the link names, within its sentence.
   */
  static Optional<ActorSpan> beforeTheLink(Reading r, Segment seg, int verb, ActorSpan holder) {
    int link = verb - 1;
    if (link <= seg.from()) {
      return Optional.empty();
    }
    boolean split = r.folded(link).equals(MA) && r.lex.is(r.folded(link - 1) + MA, ObjectClass.TIME_LINK);
    if (!split && !r.lex.is(r.folded(link), ObjectClass.TIME_LINK)) {
      return Optional.empty();
    }
    int before = split ? link - 2 : link - 1;
    for (int k = before; k >= Math.max(seg.from(), before - LINK_REACH); k--) {
      if (r.isPunct(k) && !r.lex.is(r.word(k), ArabicLexicon.GrammarClass.COMMA)) {
        return Optional.empty();
      }
      if (!r.hasMention(k) && casualty(r, k)) {
        Optional<ActorSpan> struck = struck(r, seg, skip(r, seg, k + 1, false), before + 1, holder, true);
        if (struck.isPresent()) {
          return struck;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first token past a phrase of time counted in units ("قبل خمسة أيام", "منذ ثلاث ساعات") and the comma after
   * it, which may stand between a verb of violence and its object; {@code j} itself when there is none.
   */
  private static int pastDuration(Reading r, Segment seg, int j) {
    if (j + 2 >= seg.to() || r.hasMention(j) || !r.lex.is(r.folded(j), SyntaxClass.AGO)
        || !Arguments.quantifier(r, j + 1) || !r.lex.is(r.key(j + 2), SyntaxClass.DURATION)) {
      return j;
    }
    int k = j + 3;
    return k < seg.to() && r.lex.is(r.word(k), ArabicLexicon.GrammarClass.COMMA) ? k + 1 : k;
  }

  /** Whether token {@code j} is a noun of people (a noun, or an adjective used as one: "سياسيين"). */
  static boolean person(Reading r, int j) {
    String t = r.tag(j);
    if (!(t.contains("NN") || t.contains("JJ")) || t.contains("NNP")) {
      return false;
    }
    return r.nounIn(j, ObjectClass.PERSON);
  }
}
