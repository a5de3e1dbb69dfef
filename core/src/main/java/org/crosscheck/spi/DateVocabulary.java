package org.crosscheck.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.crosscheck.VocabularyException;
import org.crosscheck.internal.text.ArabicText;
import org.crosscheck.internal.text.DatePatterns;

/**
 * How a language writes dates, read from a profile's {@code dates.tsv}: month and weekday names, words for days
 * relative to the publication date, words and markers around a time of day, and the patterns that combine them.
 * Core's date finder runs the patterns of every registered language over every text (news mixes languages in
 * datelines and quotes); ISO dates need no profile.
 *
 * <p>One row a line, {@code entry<TAB>CLASS[<TAB>value…]}:
 * <pre>
 * January         MONTH        1
 * Sept            MONTH        9           ABBREVIATION   (may be followed by a full stop)
 * Monday          WEEKDAY      MONDAY
 * yesterday       RELATIVE_DAY 1                          (days before the reference date)
 * last            WEEKDAY_REF  BEFORE                     (introduces a weekday: BEFORE or ON_OR_BEFORE the reference)
 * at              TIME_WORD                               (may stand before a time of day)
 * [Pp]\.?[Mm]\.?  MERIDIEM     PM                         (a regular expression for a marker after a time)
 * dmy             PATTERN      FULL        (?&lt;day&gt;\d{1,2})\s+(?&lt;month&gt;{MONTH})\s+(?&lt;year&gt;\d{4}){TIME}
 * </pre>
 * A pattern is a Java regular expression with placeholders for the word classes, {@code {MONTH}},
 * {@code {WEEKDAY}}, {@code {RELATIVE_DAY}}, {@code {WEEKDAY_REF}} (each an alternation of this language's
 * entries, longest first), and {@code {TIME}} (an optional time of day, "- 20:01", "at 10:30 a.m.", written with
 * the time words and markers of every registered language). Named groups say what was found: a {@code FULL}
 * pattern has {@code day}, {@code month} and {@code year}; a {@code DAY_MONTH} pattern {@code day} and
 * {@code month}; a {@code RELATIVE} pattern {@code relative}, or {@code weekdayRef} and {@code weekday}. Entries
 * and patterns are matched against text whose Arabic letter variants and digits are folded one for one (أ إ آ ٱ
 * → ا, ى → ي, ٦ → 6), so either spelling may be written. Errors read {@code file:line: reason}, as with every
 * {@link Vocabulary} list.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateVocabulary {

  /** Classes of rows in {@code dates.tsv}. */
  enum RowClass { MONTH, WEEKDAY, RELATIVE_DAY, WEEKDAY_REF, TIME_WORD, MERIDIEM, PATTERN }

  /** Whether a weekday after a {@link #weekdayReference(String) weekday word} may be the reference date itself. */
  public enum WeekdayRule {
    /** "on Monday": the Monday on or before the reference date. */
    ON_OR_BEFORE,
    /** "last Monday": the Monday strictly before it. */
    BEFORE
  }

  /** Whether a time marker is before or after noon. */
  public enum Half { AM, PM }

  /** A month name as written (folded one for one); abbreviations may be followed by a full stop. */
  public record MonthName(String name, int month, boolean abbreviation) {}

  /** A time-of-day marker: a regular expression and whether it means the afternoon. */
  public record Meridiem(String regex, Half half) {}

  /** A date pattern; {@code file} and {@code line} locate it for messages. */
  public record Template(String name, DateExpressions.Kind kind, String regex, String file, int line) {}

  private static final DateVocabulary EMPTY = new DateVocabulary(List.of(), Map.of(), Map.of(), Map.of(), List.of(),
      List.of(), List.of());

  private final List<MonthName> monthNames;
  private final Map<String, Integer> months;
  /** Keyed by the written form, in file order; looked up by {@link #key(String)}. */
  private final Map<String, DayOfWeek> weekdays;
  private final Map<String, Integer> relativeDays;
  private final Map<String, WeekdayRule> weekdayRefs;
  private final Map<String, DayOfWeek> weekdaysByKey;
  private final Map<String, Integer> relativeDaysByKey;
  private final Map<String, WeekdayRule> weekdayRefsByKey;
  private final List<String> timeWords;
  private final List<Meridiem> meridiems;
  private final List<Template> templates;

  private DateVocabulary(List<MonthName> monthNames, Map<String, DayOfWeek> weekdays,
      Map<String, Integer> relativeDays, Map<String, WeekdayRule> weekdayRefs, List<String> timeWords,
      List<Meridiem> meridiems, List<Template> templates) {
    this.monthNames = ImmutableList.copyOf(monthNames);
    Map<String, Integer> m = new HashMap<>();
    for (MonthName n : monthNames) {
      m.put(key(n.name()), n.month());
    }
    this.months = ImmutableMap.copyOf(m);
    this.weekdays = ImmutableMap.copyOf(weekdays);
    this.relativeDays = ImmutableMap.copyOf(relativeDays);
    this.weekdayRefs = ImmutableMap.copyOf(weekdayRefs);
    this.weekdaysByKey = byKey(weekdays);
    this.relativeDaysByKey = byKey(relativeDays);
    this.weekdayRefsByKey = byKey(weekdayRefs);
    this.timeWords = ImmutableList.copyOf(timeWords);
    this.meridiems = ImmutableList.copyOf(meridiems);
    this.templates = ImmutableList.copyOf(templates);
  }

  private static <V> Map<String, V> byKey(Map<String, V> written) {
    Map<String, V> out = new HashMap<>();
    written.forEach((w, v) -> out.put(key(w), v));
    return ImmutableMap.copyOf(out);
  }

  /** No date words and no patterns: a language whose dates only ISO notation finds. */
  public static DateVocabulary empty() {
    return EMPTY;
  }

  /**
   * Reads {@code resource}, relative to {@code anchor}'s package, in the format of the class comment, and checks
   * that every pattern compiles and has the groups its kind needs.
   *
   * @throws VocabularyException naming the file and line of the first error
   */
  public static DateVocabulary load(Class<?> anchor, String resource) {
    UnaryOperator<String> written = DateVocabulary::written;
    List<MonthName> months = new ArrayList<>();
    Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
    Map<String, Integer> relative = new LinkedHashMap<>();
    Map<String, WeekdayRule> refs = new LinkedHashMap<>();
    List<String> timeWords = new ArrayList<>();
    List<Meridiem> meridiems = new ArrayList<>();
    List<Template> templates = new ArrayList<>();
    for (WordTable.Entry<RowClass> e : WordTable.read(anchor, resource, RowClass.class, 4,
        c -> c == RowClass.MERIDIEM || c == RowClass.PATTERN ? UnaryOperator.identity()
            : s -> key(written.apply(s)))) {
      Vocabulary.Row r = e.row();
      String entry = written(r.get(0));
      switch (e.type()) {
        case MONTH -> {
          if (r.fields().size() == 4 && !r.get(3).equals("ABBREVIATION")) {
            throw r.fail("the fourth field of a MONTH row can only be ABBREVIATION, found '" + r.get(3) + "'");
          }
          months.add(new MonthName(entry, number(r, 1, 12), r.fields().size() == 4));
        }
        case WEEKDAY -> {
          WordTable.expectFields(e, 3);
          weekdays.put(entry, r.get(2, DayOfWeek.class));
        }
        case RELATIVE_DAY -> {
          WordTable.expectFields(e, 3);
          relative.put(entry, number(r, 0, 7));
        }
        case WEEKDAY_REF -> {
          WordTable.expectFields(e, 3);
          refs.put(entry, r.get(2, WeekdayRule.class));
        }
        case TIME_WORD -> {
          WordTable.expectFields(e, 2);
          timeWords.add(entry);
        }
        case MERIDIEM -> {
          WordTable.expectFields(e, 3);
          try {
            Pattern.compile(r.get(0));
          } catch (PatternSyntaxException x) {
            throw r.fail("not a regular expression: " + x.getDescription());
          }
          meridiems.add(new Meridiem(r.get(0), r.get(2, Half.class)));
        }
        case PATTERN -> {
          WordTable.expectFields(e, 4);
          templates.add(new Template(r.get(0), r.get(2, DateExpressions.Kind.class), written(r.get(3)), r.file(),
              r.line()));
        }
      }
    }
    DateVocabulary v = new DateVocabulary(months, weekdays, relative, refs, timeWords, meridiems, templates);
    String time = DatePatterns.time(List.of(v));
    for (Template t : templates) {
      DatePatterns.compile(v, t, time);
    }
    return v;
  }

  private static int number(Vocabulary.Row r, int min, int max) {
    if (r.fields().size() < 3) {
      throw r.fail(r.get(1) + " rows need a number in the third field");
    }
    try {
      int n = Integer.parseInt(r.get(2));
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw r.fail("expected a number from " + min + " to " + max + ", found '" + r.get(2) + "'");
  }

  /** An entry as the finder matches it: Arabic letter variants and digits folded one for one. */
  private static String written(String s) {
    return ArabicText.foldKeepingOffsets(s);
  }

  /** The lookup key of a word as found in text: lower case, without full stops, single spaces. */
  public static String key(String found) {
    return found.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
  }

  /** Month names, as written in the file (after one-for-one folding). */
  public List<MonthName> monthNames() {
    return monthNames;
  }

  /** Weekday names, as written (after one-for-one folding). */
  public List<String> weekdayNames() {
    return List.copyOf(weekdays.keySet());
  }

  /** Words for days relative to the reference date, as written. */
  public List<String> relativeDayWords() {
    return List.copyOf(relativeDays.keySet());
  }

  /** Words that introduce a weekday, as written. */
  public List<String> weekdayReferenceWords() {
    return List.copyOf(weekdayRefs.keySet());
  }

  /** Words that may stand before a time of day. */
  public List<String> timeWords() {
    return timeWords;
  }

  /** Markers after a time of day. */
  public List<Meridiem> meridiems() {
    return meridiems;
  }

  /** The date patterns, in file order. */
  public List<Template> templates() {
    return templates;
  }

  /** The month ({@code 1}–{@code 12}) a name found in text stands for. */
  public OptionalInt month(String found) {
    Integer m = months.get(key(found));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /** The weekday a name found in text stands for. */
  public Optional<DayOfWeek> weekday(String found) {
    return Optional.ofNullable(weekdaysByKey.get(key(found)));
  }

  /** How many days before the reference date a relative-day word found in text means. */
  public OptionalInt daysBefore(String found) {
    Integer d = relativeDaysByKey.get(key(found));
    return d == null ? OptionalInt.empty() : OptionalInt.of(d);
  }

  /** How a weekday-introducing word found in text places its weekday. */
  public Optional<WeekdayRule> weekdayReference(String found) {
    return Optional.ofNullable(weekdayRefsByKey.get(key(found)));
  }

  /** Whether the vocabulary has no pattern. */
  public boolean isEmpty() {
    return templates.isEmpty();
  }
}
