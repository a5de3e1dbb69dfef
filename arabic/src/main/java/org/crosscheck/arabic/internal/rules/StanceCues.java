package org.crosscheck.arabic.internal.rules;

import com.google.common.collect.ImmutableListMultimap;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Stance;
import org.crosscheck.spi.Vocabulary;

/**
 * The stance cue a token is, matched on its stems ({@link ArabicStemmer}): first the curated cues of
 * {@code cues.tsv}, each on the stems its reading allows (a verb's, a noun's or either), then the reviewed CAMEO
 * verbs ({@link EventCodes}) on a verb's stems when the tagger read a verb (the lemma and, for forms IV–X, its
 * imperfect stem: اعتقل، يـعتقل) and on a noun's stems for their masdars ({@link VerbForms}: اعتقال، ترحيب). A CAMEO
 * verb that needs a word after it ("اطلق+نار") matches only with that word close after. A CAMEO verb whose code
 * takes no side is no cue. The cue's event is its code, refined by the verb's patterns, when the event's stance is
 * the cue's. Stateless.
 */
final class StanceCues {

  private StanceCues() {}

  /** Which stems of a token an entry matches ({@code cues.tsv}). */
  enum Form { VERB, NOUN, ANY }

  /**
   * A cue of the word lists.
   *
   * @param lemma the stem or lemma it is written as
   * @param stance the stance it gives its holder toward its target
   * @param form which stems it matches
   * @param code its CAMEO event code, when one fits
   * @param following words that must come shortly after it (a CAMEO lemma "اطلق+نار")
   * @param curated whether it comes from {@code cues.tsv} rather than the CAMEO dictionary
   */
  record Entry(String lemma, Stance stance, Form form, Optional<String> code, List<String> following,
      boolean curated) {}

  /**
   * A cue found at a token.
   *
   * @param stance the stance it gives
   * @param lemma the entry it matched
   * @param event its CAMEO event, when the event's stance is the cue's
   * @param verbal whether the token was read as a verb
   * @param objectIsTarget whether the cue's object is its target ("تهاجم كييف"); not for an act that takes no side
   *     by its own meaning, whose target only a phrase of aim names ("رشقوا البيض على الموكب")
   */
  record Cue(Stance stance, String lemma, Optional<EventCodes.Event> event, boolean verbal, boolean objectIsTarget) {
    Cue(Stance stance, String lemma, Optional<EventCodes.Event> event, boolean verbal) {
      this(stance, lemma, event, verbal, true);
    }
  }

  /** The cues by stem: {@code cues.tsv} rows (stem, stance, reading, code or -) first, then the CAMEO verbs. */
  static ImmutableListMultimap<String, Entry> index(List<Vocabulary.Row> curated, EventCodes events) {
    ImmutableListMultimap.Builder<String, Entry> out = ImmutableListMultimap.builder();
    for (Vocabulary.Row r : curated) {
      String stem = Vocabulary.Shape.of(1).folded().normalise(r.get(0));
      String code = r.get(3);
      if (!code.equals("-") && !code.matches("\\d{2,4}")) {
        throw r.fail("not a CAMEO code or -: '" + code + "'");
      }
      Form form = r.get(2, Form.class);
      Entry e = new Entry(stem, r.get(1, Stance.class), form, code.equals("-") ? Optional.empty() : Optional.of(code),
          List.of(), true);
      out.put(stem, e);
      if (form != Form.NOUN) {
        // A curated verb of forms IV–X is written as its perfect (اتهم); its imperfect drops the alef (تـتهم).
        VerbForms.imperfect(stem).stream().filter(x -> !x.equals(stem)).forEach(x -> out.put(x,
            new Entry(stem, e.stance(), Form.VERB, e.code(), List.of(), true)));
      }
    }
    for (EventCodes.Verb v : events.verbs()) {
      Stance s = events.event(v.code()).stance();
      if (s == Stance.NEUTRAL) {
        continue;
      }
      for (String stem : VerbForms.imperfect(v.lemma())) {
        out.put(stem, new Entry(v.lemma(), s, Form.VERB, Optional.of(v.code()), v.following(), false));
      }
      for (String stem : VerbForms.masdars(v.lemma())) {
        out.put(stem, new Entry(v.lemma(), s, Form.NOUN, Optional.of(v.code()), v.following(), false));
      }
    }
    return out.build();
  }

  /** The cue token {@code i} is, if any: curated entries before dictionary ones, the token's first stems first. */
  static Optional<Cue> at(Reading r, int i) {
    if (r.isPunct(i)) {
      return Optional.empty();
    }
    boolean verb = r.isVerb(i) || suffixedVerb(r, i);
    boolean noun = !r.isVerb(i);
    // One pass over the stems and their entries: the first curated entry that fits wins at once; else the first
    // dictionary entry that fits, as two passes (curated, then dictionary) would find them.
    Entry dictionary = null;
    ArabicStemmer.Stem dictionaryStem = null;
    for (ArabicStemmer.Stem st : r.s.stems(i)) {
      for (Entry e : r.lex.cues.get(st.form())) {
        if (!e.curated() && dictionary != null || !fits(e, st, verb, noun) || !followed(r, i, e.following())
            || e.curated() && demand(r, e) && !Demands.yielding(r, i)
            || e.curated() && e.form() == Form.VERB && Summons.verb(r, e.lemma()) && !Summons.envoy(r, i)) {
          continue;
        }
        if (e.curated()) {
          return Optional.of(cue(r, i, e, st, verb));
        }
        dictionary = e;
        dictionaryStem = st;
      }
    }
    return dictionary == null ? Optional.empty() : Optional.of(cue(r, i, dictionary, dictionaryStem, verb));
  }

  /** Whether a curated entry is a verb of demand ({@link Demands}), a cue only when it asks someone to give way. */
  private static boolean demand(Reading r, Entry e) {
    return e.form() == Form.VERB && r.lex.is(e.lemma(), ArabicLexicon.ObjectClass.DEMAND);
  }

  private static Cue cue(Reading r, int i, Entry e, ArabicStemmer.Stem st, boolean verb) {
    return new Cue(e.stance(), e.lemma(), event(r, i, e), verb && st.verbal());
  }

  /** Whether token {@code j} is a noun that names a hostile event ("الهجوم", "الغارات"): a nominal opposing cue. */
  static boolean hostileEvent(Reading r, int j) {
    return !r.isVerb(j) && at(r, j).filter(c -> c.stance() == Stance.OPPOSE && !c.verbal() && c.event().isPresent())
        .isPresent();
  }

  /**
   * Whether an entry may match this stem of a token the tagger read as a verb or a noun: verbs only on verbs (a
   * verb's argument rules mean nothing on a noun the tagger read), nouns on nouns, the dictionary's masdars only on
   * nouns.
   */
  private static boolean fits(Entry e, ArabicStemmer.Stem st, boolean verb, boolean noun) {
    return switch (e.form()) {
      case VERB -> st.verbal() && verb;
      case NOUN -> st.nominal() && (noun || e.curated());
      case ANY -> true;
    };
  }

  /**
   * A perfect verb the segmenter wrote with teh marbuta before an object pronoun ("هاجمتها" → "هاجمة" + "ها"), which
   * the tagger then reads as a noun.
   */
  static boolean suffixedVerb(Reading r, int i) {
    String f = r.folded(i);
    return i + 1 < r.size() && r.tag(i + 1).startsWith("PRP") && f.length() >= 4 && f.endsWith("ه")
        && !r.tag(i).contains("DT");
  }

  /** Whether the words an entry needs stand shortly after token {@code i}. */
  private static boolean followed(Reading r, int i, List<String> words) {
    return words.isEmpty() || EventCodes.matches(words, r.size() - i - 1, (k, w) -> reads(r, i + 1 + k, w));
  }

  /** Whether token {@code j} reads as the folded word {@code w}: as written, or one of its stems. */
  static boolean reads(Reading r, int j, String w) {
    if (r.folded(j).equals(w) || r.key(j).equals(w)) {
      return true;
    }
    for (ArabicStemmer.Stem st : r.s.stems(j)) {
      if (st.form().equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** The entry's event, refined by the lemma's patterns, when its stance is the entry's. */
  private static Optional<EventCodes.Event> event(Reading r, int i, Entry e) {
    EventCodes events = r.lex.events;
    Optional<String> refined = events.refine(e.lemma(), r.size() - i - 1, (k, w) -> reads(r, i + 1 + k, w));
    for (Optional<String> code : List.of(refined, e.code())) {
      if (code.isPresent() && events.event(code.get()).stance() == e.stance()) {
        return Optional.of(events.event(code.get()));
      }
    }
    // A curated cue's own code is its event even where the code's family takes no side: a demand (10) that the one
    // asked give way opposes them (Demands).
    return e.curated() ? e.code().map(events::event) : Optional.empty();
  }
}
