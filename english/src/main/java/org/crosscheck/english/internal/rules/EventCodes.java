package org.crosscheck.english.internal.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Stance;
import org.crosscheck.spi.Vocabulary;

/**
 * The CAMEO event a verb reports: its default code from the CAMEO verb dictionary ({@code cameo-verbs.tsv}),
 * refined by the words that follow it ({@code cameo-patterns.tsv}: "accused X of terrorism" is 1124, "agreed to
 * sanctions" 163) and by the project's own patterns ({@code event-patterns.tsv}: "dismissed Y's call"), with the code's name ({@code cameo-codes.tsv}) and the stance it gives ({@code
 * cameo-stances.tsv}). Verbs whose CAMEO sense is too rare in news to trust as a stance cue are listed in
 * {@code cameo-exclusions.tsv}: they still name an event, but do not make a claim by themselves. Such a verb, and a
 * verb the dictionary knows only through its patterns ("slam", "close", "open"), is a cue when one of its patterns
 * follows it ("gave aid", "closed the border", "opened fire", "fired at"): the pattern, not the bare verb, names the
 * event. Immutable and thread-safe.
 */
final class EventCodes {

  /** An event: its CAMEO code, the code's name and the stance it gives. */
  record Event(String code, String label, Stance stance) {}

  /**
   * A pattern: the words after the verb, in order; a word without a final '_' also matches words it begins. An
   * undergone pattern ("went on trial", "received support", code written {@code :173}) names an event its subject
   * undergoes: the subject holds no stance by it, so it is no cue and the verb's own code does not apply either.
   */
  record Pattern(List<String> words, String code, boolean undergone) {}

  /** The coordinating conjunctions a pattern's gap does not count: grammar, not vocabulary. */
  private static final Set<String> COORDINATORS = Set.of("and", "or");

  private final Map<String, String> verbs;
  private final ImmutableListMultimap<String, Pattern> patterns;
  private final Map<String, String> labels;
  private final Map<String, Stance> stances;
  private final Set<String> excluded;

  private EventCodes(Map<String, String> verbs, ImmutableListMultimap<String, Pattern> patterns,
      Map<String, String> labels, Map<String, Stance> stances, Set<String> excluded) {
    this.verbs = verbs;
    this.patterns = patterns;
    this.labels = labels;
    this.stances = stances;
    this.excluded = excluded;
  }

  static EventCodes load() {
    Class<?> a = EventCodes.class;
    ImmutableMap.Builder<String, String> verbs = ImmutableMap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "cameo-verbs.tsv", Vocabulary.Shape.of(2).lowerCase())) {
      verbs.put(r.get(0), code(r, 1));
    }
    ImmutableListMultimap.Builder<String, Pattern> patterns = ImmutableListMultimap.builder();
    // The project's patterns first: of two patterns as long, the first wins, and a curated reading ("dismissed Y's
    // claims" rejects Y) corrects the dictionary's ("dismiss claim", a denial of responsibility).
    for (String file : List.of("event-patterns.tsv", "cameo-patterns.tsv")) {
      for (Vocabulary.Row r : Vocabulary.read(a, file, Vocabulary.Shape.of(3).keyFields(3))) {
        boolean undergone = r.get(2).startsWith(":");
        patterns.put(r.get(0), new Pattern(List.of(r.get(1).split(" ")), code(r, 2, undergone ? 1 : 0), undergone));
      }
    }
    ImmutableMap.Builder<String, String> labels = ImmutableMap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "cameo-codes.tsv", Vocabulary.Shape.of(2))) {
      labels.put(code(r, 0), r.get(1));
    }
    return new EventCodes(verbs.build(), patterns.build(), labels.build(),
        Vocabulary.classified(a, "cameo-stances.tsv", Stance.class, Vocabulary.Shape.of(2)),
        Vocabulary.words(a, "cameo-exclusions.tsv"));
  }

  private static String code(Vocabulary.Row r, int column) {
    return code(r, column, 0);
  }

  private static String code(Vocabulary.Row r, int column, int from) {
    String c = r.get(column).substring(from);
    if (!c.matches("\\d{2,4}")) {
      throw r.fail("not a CAMEO code: '" + c + "'");
    }
    return c;
  }

  /** Whether the verb's CAMEO sense may make a claim on its own. */
  boolean cue(String lemma) {
    return verbs.containsKey(lemma) && !excluded.contains(lemma);
  }

  /**
   * The event a verb reports as a cue: for a cue verb its pattern or default ({@link #of}); for an excluded or
   * pattern-only verb only a pattern that matches the words after it.
   */
  Optional<Event> cueEvent(String lemma, List<String[]> following) {
    if (cue(lemma)) {
      return of(lemma, following);
    }
    return pattern(lemma, following).filter(p -> !p.undergone()).map(p -> event(p.code()));
  }

  /** Whether the verb has patterns that can make it a cue though its bare sense does not. */
  boolean patternCue(String lemma) {
    return !cue(lemma) && patterns.containsKey(lemma);
  }

  /**
   * The event a verb reports, given the words and lemmas after it (lower case, in order): the longest pattern of
   * the verb that matches them, else the verb's default code; none when that pattern is undergone.
   */
  Optional<Event> of(String lemma, List<String[]> following) {
    requireNonNull(lemma, "lemma");
    Optional<Pattern> p = pattern(lemma, following);
    if (p.isPresent() && p.get().undergone()) {
      return Optional.empty();
    }
    String code = p.map(Pattern::code).orElse(verbs.get(lemma));
    return code == null ? Optional.empty() : Optional.of(event(code));
  }

  /**
   * The event a verb reports only by a pattern of its words: a curated phrase ("took a swipe at") is not the
   * verb's own sense ("take", seize), so without a matching pattern it has no code.
   */
  Optional<Event> ofPattern(String lemma, List<String[]> following) {
    requireNonNull(lemma, "lemma");
    return pattern(lemma, following).filter(p -> !p.undergone()).map(p -> event(p.code()));
  }

  /**
   * The events of every pattern of the verb that matches the words after it, with the pattern's words ("fired shells
   * at" matches both "fire at" and "fire shells"); none undergone.
   */
  List<Map.Entry<Event, List<String>>> patternEvents(String lemma, List<String[]> following) {
    return patterns.get(lemma).stream().filter(p -> !p.undergone() && matches(p, following))
        .map(p -> Map.entry(event(p.code()), p.words())).toList();
  }

  /** The longest pattern of the verb that matches the words after it. */
  private Optional<Pattern> pattern(String lemma, List<String[]> following) {
    Pattern best = null;
    for (Pattern p : patterns.get(lemma)) {
      if ((best == null || p.words().size() > best.words().size()) && matches(p, following)) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The event of a code: its name and stance by the longest known prefix. */
  Event event(String code) {
    String label = null;
    Stance stance = Stance.NEUTRAL;
    for (int n = Math.min(3, code.length()); n >= 2 && label == null; n--) {
      label = labels.get(code.substring(0, n));
    }
    for (int n = code.length(); n >= 2; n--) {
      Stance s = stances.get(code.substring(0, n));
      if (s != null) {
        stance = s;
        break;
      }
    }
    return new Event(code, label == null ? "CAMEO " + code : label, stance);
  }

  /**
   * Pattern words in order among the next few tokens, each within three tokens of the one before; a coordinating
   * "and" or "or" is not counted ("exchanged mortar and heavy machine-gun fire" is "exchange fire").
   */
  private static boolean matches(Pattern p, List<String[]> following) {
    int at = 0;
    for (String w : p.words()) {
      boolean exact = w.endsWith("_");
      String word = exact ? w.substring(0, w.length() - 1) : w;
      int found = -1;
      for (int i = at, seen = 0; i < following.size() && seen < 4 && found < 0; i++) {
        if (!COORDINATORS.contains(following.get(i)[0])) {
          seen++;
        }
        for (String f : following.get(i)) {
          if (f.equals(word) || !exact && word.length() >= 4 && f.startsWith(word)) {
            found = i;
            break;
          }
        }
      }
      if (found < 0) {
        return false;
      }
      at = found + 1;
    }
    return true;
  }

  /** The excluded verbs, for tests. */
  Set<String> excluded() {
    return ImmutableSet.copyOf(excluded);
  }
}
