package org.crosscheck.arabic.internal.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Stance;
import org.crosscheck.spi.Vocabulary;

/**
 * The CAMEO events of Arabic verbs: the generated dictionary ({@code cameo-verbs.tsv}) as the review left it
 * (verbs in {@code cameo-exclusions.tsv} make no claim; {@code cameo-corrections.tsv} gives the code of a verb's
 * sense in news where the generated one names another), the patterns that refine a code by the words after the
 * verb ({@code cameo-patterns.tsv}), the codes' names ({@code cameo-codes.tsv}) and the stance each gives
 * ({@code cameo-stances.tsv}), and which events make a claim with no named target ({@code cameo-untargeted.tsv}).
 * Immutable and thread-safe.
 */
final class EventCodes {

  /** Why a verb of the dictionary makes no claim ({@code cameo-exclusions.tsv}). */
  enum Exclusion { SPEECH, LIGHT, AMBIGUOUS, PATIENT, FORM, NO_STANCE }

  /** An event: its CAMEO code, the code's name and the stance it gives. */
  record Event(String code, String label, Stance stance) {}

  /**
   * A dictionary verb that makes claims: its perfect, the words that must follow it ("هجم+علي" needs "علي"), its
   * code.
   */
  record Verb(String lemma, List<String> following, String code) {}

  /** A pattern: the lemmas after the verb, in order, and the code they give. */
  record Pattern(List<String> words, String code) {}

  /** How far after the verb a word its lemma needs, or a pattern's next word, may stand. */
  static final int PATTERN_GAP = 3;

  private final List<Verb> verbs;
  private final ImmutableListMultimap<String, Pattern> patterns;
  private final Map<String, String> labels;
  private final Map<String, Stance> stances;
  private final Set<String> untargeted;

  private EventCodes(List<Verb> verbs, ImmutableListMultimap<String, Pattern> patterns, Map<String, String> labels,
      Map<String, Stance> stances, Set<String> untargeted) {
    this.verbs = verbs;
    this.patterns = patterns;
    this.labels = labels;
    this.stances = stances;
    this.untargeted = untargeted;
  }

  static EventCodes load() {
    Class<?> a = EventCodes.class;
    Vocabulary.Shape pairs = Vocabulary.Shape.of(2).folded();
    Map<String, Exclusion> excluded = Vocabulary.classified(a, "cameo-exclusions.tsv", Exclusion.class, pairs);
    Map<String, String> corrected = new java.util.HashMap<>();
    for (Vocabulary.Row r : Vocabulary.read(a, "cameo-corrections.tsv", pairs)) {
      if (excluded.containsKey(pairs.normalise(r.get(0)))) {
        throw r.fail("'" + r.get(0) + "' is also in cameo-exclusions.tsv");
      }
      corrected.put(pairs.normalise(r.get(0)), code(r, 1));
    }
    ImmutableListMultimap.Builder<String, Pattern> patterns = ImmutableListMultimap.builder();
    Vocabulary.Shape triples = Vocabulary.Shape.of(3).keyFields(3).folded();
    for (Vocabulary.Row r : Vocabulary.read(a, "cameo-patterns.tsv", triples)) {
      patterns.put(triples.normalise(r.get(0)), new Pattern(List.of(triples.normalise(r.get(1)).split(" ")),
          code(r, 2)));
    }
    ImmutableMap.Builder<String, String> labels = ImmutableMap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "cameo-codes.tsv", Vocabulary.Shape.of(2))) {
      labels.put(code(r, 0), r.get(1));
    }
    List<Verb> verbs = new java.util.ArrayList<>();
    Set<String> generated = new java.util.HashSet<>();
    for (Vocabulary.Row r : Vocabulary.read(a, "cameo-verbs.tsv", Vocabulary.Shape.of(3).folded())) {
      String lemma = pairs.normalise(r.get(0));
      generated.add(lemma);
      String code = corrected.getOrDefault(lemma, code(r, 1));
      if (!excluded.containsKey(lemma)) {
        String[] parts = lemma.split("\\+");
        verbs.add(new Verb(parts[0], List.of(parts).subList(1, parts.length), code));
      }
    }
    for (String lemma : corrected.keySet()) {
      if (!generated.contains(lemma)) {
        throw new org.crosscheck.VocabularyException("cameo-corrections.tsv", "corrects '" + lemma
            + "', which cameo-verbs.tsv does not list", null);
      }
    }
    return new EventCodes(List.copyOf(verbs), patterns.build(), labels.build(),
        Vocabulary.classified(a, "cameo-stances.tsv", Stance.class, Vocabulary.Shape.of(2)),
        Vocabulary.words(a, "cameo-untargeted.tsv", Vocabulary.Shape.of(1)));
  }

  private static String code(Vocabulary.Row r, int column) {
    String c = r.get(column);
    if (!c.matches("\\d{2,4}")) {
      throw r.fail("not a CAMEO code: '" + c + "'");
    }
    return c;
  }

  /** The dictionary verbs that make claims, as the review left them. */
  List<Verb> verbs() {
    return verbs;
  }

  /**
   * The code of the longest pattern of {@code lemma} whose words stand in order after the verb, each within
   * {@link #PATTERN_GAP} tokens of the one before; {@code after.test(k, word)} says whether token {@code k} after the
   * verb (0 is the first) reads as {@code word}.
   */
  Optional<String> refine(String lemma, int available, java.util.function.BiPredicate<Integer, String> after) {
    requireNonNull(lemma, "lemma");
    Pattern best = null;
    for (Pattern p : patterns.get(lemma)) {
      if ((best == null || p.words().size() > best.words().size()) && matches(p.words(), available, after)) {
        best = p;
      }
    }
    return Optional.ofNullable(best).map(Pattern::code);
  }

  /** Whether {@code words} stand in order among the {@code available} tokens after the verb. */
  static boolean matches(List<String> words, int available, java.util.function.BiPredicate<Integer, String> after) {
    int at = 0;
    for (String w : words) {
      int found = -1;
      for (int k = at; k < Math.min(available, at + PATTERN_GAP + 1) && found < 0; k++) {
        if (after.test(k, w)) {
          found = k;
        }
      }
      if (found < 0) {
        return false;
      }
      at = found + 1;
    }
    return true;
  }

  /** The event of a code: its name by the longest known prefix, its stance by the longest stance prefix. */
  Event event(String code) {
    String label = null;
    for (int n = Math.min(3, code.length()); n >= 2 && label == null; n--) {
      label = labels.get(code.substring(0, n));
    }
    Stance stance = Stance.NEUTRAL;
    for (int n = code.length(); n >= 2; n--) {
      Stance s = stances.get(code.substring(0, n));
      if (s != null) {
        stance = s;
        break;
      }
    }
    return new Event(code, label == null ? "CAMEO " + code : label, stance);
  }

  /** Whether a code's event makes a claim without a named target ({@code cameo-untargeted.tsv}). */
  boolean untargeted(String code) {
    for (int n = code.length(); n >= 2; n--) {
      if (untargeted.contains(code.substring(0, n))) {
        return true;
      }
    }
    return false;
  }
}
