package org.crosscheck.arabic.internal.rules;

import java.util.Map;
import java.util.Optional;
import org.crosscheck.Stance;
import org.crosscheck.spi.Sector;
import org.crosscheck.spi.Vocabulary;

/**
 * A protest told by what the protesters do: a verb of {@code protest-acts.tsv} (gather, march, chant, raise
 * banners, block a road, throw stones) whose subject ({@link Arguments}) is an actor the text names as protesters
 * or opposition ({@link CommonActors}: "تجمع آلاف المتظاهرين", "رشق محتجون الشرطة بالحجارة"); for acts of gathering
 * ({@code objects.tsv}, GATHERING: "تجمهر الناس", "احتشد عدد من الشبان"), any people named by a noun of people. It cues opposition,
 * with the act's CAMEO code (141 demonstrate, 145 riot …); what they protest against is read as any target is. The
 * same verbs with another subject ("تجمع الوزراء") cue nothing. Immutable and thread-safe.
 */
final class ProtestActs {

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

  /** Whether the verb at {@code i} is an act of gathering that any people do only to protest ("تجمهر الناس"). */
  private static boolean gathering(Reading r, int i) {
    for (ArabicStemmer.Stem st : r.s.stems(i)) {
      if (st.verbal() && r.lex.is(st.form(), ArabicLexicon.ObjectClass.GATHERING)) {
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
      return Optional.empty();
    }
    String code = acts.get(lemma);
    Arguments.Subject s = Arguments.of(r, seg, i);
    boolean people = s.actor() == null && gathering(r, i)
        && PeopleSubjects.of(r, seg, i, true, code).isPresent();
    if (!people && (s.actor() == null || r.sector(s.actor()).filter(x -> x == Sector.OPP).isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new StanceCues.Cue(Stance.OPPOSE, lemma, Optional.of(r.lex.events.event(code)), true));
  }
}
