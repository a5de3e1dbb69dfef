package org.crosscheck.arabic.internal.rules;

import java.util.Map;
import java.util.Optional;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Sector;
import org.crosscheck.spi.Vocabulary;

/**
 * A protest told by what the protesters do: a verb of {@code protest-acts.tsv} (gather, march, chant, raise
 * banners, block a road, throw stones) whose subject ({@link Arguments}) is an actor the text names as protesters
 * or opposition ({@link CommonActors}: "تجمع آلاف المتظاهرين", "رشق محتجون الشرطة بالحجارة"); for acts of gathering
 * ({@code objects.tsv}, GATHERING: "تجمهر الناس", "احتشد عدد من الشبان"; OUTING with a march after it: "خرج مئات
 * العمال في مسيرات"), any people named by a noun of people. It cues opposition,
 * with the act's CAMEO code (141 demonstrate, 145 riot …); what they protest against is read as any target is. The
 * same verbs with another subject ("تجمع الوزراء") cue nothing; acts of gathering also count for workers, students,
 * farmers, clergy, refugees and other people the agent nouns name ("احتشد العمال"). Any other act whose subject the
 * text calls protesters is a demonstration ("سلم المحتجون مذكرة"). Immutable and thread-safe.
 */
final class ProtestActs {

  /**
   * The sectors of people whose gathering is a protest ("احتشد العمال", "خرج الطلاب في مسيرة"); not the state's, nor
   * armed groups, parties or businesses, whose gatherings are as often rallies or meetings.
   */
  private static final java.util.Set<Sector> CROWDS = java.util.EnumSet.of(Sector.CVL, Sector.EDU, Sector.LAB,
      Sector.AGR, Sector.REL, Sector.REF, Sector.HLH);

  private final Map<String, String> acts;

  private ProtestActs(Map<String, String> acts) {
    this.acts = acts;
  }

  static ProtestActs load() {
    Map<String, String> acts = new java.util.HashMap<>();
    Vocabulary.Shape pairs = Vocabulary.Shape.of(2).folded();
    for (Vocabulary.Row r : Vocabulary.read(ProtestActs.class, "protest-acts.tsv", pairs)) {
      if (!r.get(1).matches("\\d{2,4}")) {
        throw r.fail("not a CAMEO code: '" + r.get(1) + "'");
      }
      String lemma = pairs.normalise(r.get(0));
      // Derived verbs lose their alef in the imperfect ("اعتصم" → يـعتصم), as the stemmer leaves them.
      for (String stem : VerbForms.imperfect(lemma)) {
        acts.putIfAbsent(stem, r.get(1));
      }
    }
    return new ProtestActs(Map.copyOf(acts));
  }

  /** The stem by which the token at {@code i} is a protest act, or null: an active verb of the list, in the perfect or the imperfect. */
  String act(Reading r, int i) {
    if (!r.isVerb(i) || r.tag(i).equals("VBN")) {
      return null;
    }
    for (ArabicStemmer.Stem st : r.s.stems(i)) {
      if (st.verbal() && acts.containsKey(st.form())) {
        return st.form();
      }
    }
    return null;
  }

  /** The CAMEO code of what protesters do that no verb of the list names: demonstrate. */
  private static final String DEMONSTRATE = "141";

  /**
   * Any other act of people the text calls protesters ({@code objects.tsv}, PROTESTER: "قام المعتصمون بنصب
   * خيامهم", "سلم المحتجون مذكرة", "جاء المتظاهرون من المدن مطالبين …"): doing anything as protesters, they protest.
   * Not a verb they undergo (UNDERGO: "أصيب المتظاهرون", "فر المحتجون"), a passive, a verb of speech (what they say
   * is read as their words), nor a negated verb ("لم يغادر المتظاهرون": no act at all).
   */
  private static Optional<StanceCues.Cue> protestersAct(Reading r, Segment seg, int i) {
    if (!r.isVerb(i) || r.tag(i).equals("VBN") || r.lex.speech.containsKey(r.folded(i)) || undergone(r, i)
        || function(r, i) || lightBeforeItsEvent(r, seg, i) || Negation.negated(r, seg, i)) {
      return Optional.empty();
    }
    Arguments.Subject s = Arguments.of(r, seg, i);
    if (s.actor() == null || !protesters(r, s.actor())) {
      return Optional.empty();
    }
    return Optional.of(new StanceCues.Cue(Stance.OPPOSE, r.folded(i), Optional.of(r.lex.events.event(DEMONSTRATE)),
        true, false));
  }

  /**
   * Whether the token the tagger read as a verb is a word of grammar: a conjunction or link ("لكن"), or كان before
   * the verb it carries ("كان المتظاهرون يهتفون": the act is the second verb).
   */
  private static boolean function(Reading r, int i) {
    return r.lex.is(r.folded(i), ArabicLexicon.SyntaxClass.AUXILIARY)
        || r.lex.is(r.key(i), ArabicLexicon.SyntaxClass.AUXILIARY)
        || r.lex.is(r.folded(i), ArabicLexicon.SyntaxClass.CLAUSE_LINK)
        || r.lex.is(r.folded(i), ArabicLexicon.GrammarClass.CONJUNCTION) || !r.lex.modalityOf(r.folded(i)).isEmpty();
  }

  /**
   * Whether the verb is a light verb that governs a noun of the event ({@link LightVerbs}: "نفذ المحتجون اعتصاما",
   * "قام المتظاهرون بالاحتجاج"): that noun is the cue; a noun of protest it does not govern ("تقدموا بمذكرات
   * احتجاج") leaves the verb the act.
   */
  private static boolean lightBeforeItsEvent(Reading r, Segment seg, int i) {
    if (!LightVerbs.is(r, i, ArabicLexicon.SyntaxClass.LIGHT_VERB)
        && !LightVerbs.is(r, i, ArabicLexicon.SyntaxClass.LIGHT_VERB_BI)) {
      return false;
    }
    for (int j = i + 1; j < Math.min(seg.to(), i + 1 + LightVerbs.BI_REACH); j++) {
      if (r.isPunct(j) || r.isVerb(j)) {
        return false;
      }
      if (!r.hasMention(j) && StanceCues.at(r, j).filter(c -> !c.verbal()).isPresent()
          && LightVerbs.governing(r, seg, j) == i) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb's subject is acted upon rather than acting ({@code objects.tsv}, UNDERGO). */
  private static boolean undergone(Reading r, int i) {
    return r.verbIn(i, ArabicLexicon.ObjectClass.UNDERGO);
  }

  /** Whether a mention is a common noun of protesters ("المتظاهرون", "آلاف المحتجين"), not any opposition. */
  private static boolean protesters(Reading r, ActorSpan m) {
    if (!r.commonNoun(m)) {
      return false;
    }
    return r.nounIn(m.first(), ArabicLexicon.ObjectClass.PROTESTER);
  }

  /** How far after a verb of going out the march or protest that makes it one may stand, in tokens. */
  static final int PROCESSION_REACH = 6;

  /**
   * Whether the verb at {@code i} is an act of gathering that any people do only to protest ("تجمهر الناس"), or a
   * verb of going out with a march or protest after it in its clause ("خرج مئات العمال في مسيرات").
   */
  static boolean gathering(Reading r, Segment seg, int i) {
    if (r.verbIn(i, ArabicLexicon.ObjectClass.GATHERING)) {
      return true;
    }
    boolean outing = r.verbIn(i, ArabicLexicon.ObjectClass.OUTING);
    for (int j = i + 1; outing && j < Math.min(seg.to(), i + 1 + PROCESSION_REACH); j++) {
      if (r.isPunct(j) || r.isVerb(j)) {
        return false;
      }
      if (r.nounIn(j, ArabicLexicon.ObjectClass.PROCESSION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The protest cue the verb at {@code i} is, when protesters are its subject, or people named by a common noun
   * for an act of gathering ({@link PeopleSubjects}).
   */
  Optional<StanceCues.Cue> at(Reading r, Segment seg, int i) {
    String lemma = act(r, i);
    if (lemma == null) {
      return protestersAct(r, seg, i).or(() -> Organisers.at(r, seg, i));
    }
    String code = acts.get(lemma);
    Arguments.Subject s = Arguments.of(r, seg, i);
    boolean crowd = gathering(r, seg, i);
    boolean people = crowd && (s.actor() == null ? PeopleSubjects.of(r, seg, i, true, code).isPresent()
        : r.sector(s.actor()).filter(CROWDS::contains).isPresent());
    if (!people && (s.actor() == null || r.sector(s.actor()).filter(x -> x == Sector.OPP).isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new StanceCues.Cue(Stance.OPPOSE, lemma, Optional.of(r.lex.events.event(code)), true));
  }
}
