package org.crosscheck.internal.text;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.internal.Profiles;
import org.crosscheck.spi.DateExpressions;
import org.crosscheck.spi.DateVocabulary;
import org.crosscheck.spi.LanguageProfile;

/**
 * Finds dates as news writes them: ISO dates and times ("2024-12-06T10:00:00Z") in any text, and, with the
 * {@link DateVocabulary date vocabulary} of each language profile, full dates ("Thursday, 26 December 2024",
 * "الخميس 14 آذار 2024 - 09:30"), a day and month without a year ("On December 2"), and relative dates
 * ("yesterday", "أمس الخميس") resolved against a reference date. Every profile's patterns run over every text:
 * pages mix languages in datelines and quotes. Without profiles only ISO dates are found.
 *
 * <p>Java's {@code DateTimeFormatter} parses one known pattern at a known position; finding dates inside running
 * text needs regular expressions. The patterns are data, checked when they load; keep them linear (no nested
 * quantifiers). Immutable and thread-safe.
 */
public final class DateFinder {

  /** What kind of date expression was found. */
  public enum Kind {
    /** Day, month and year. */
    FULL,
    /** Day and month without a year; the year comes from the reference date when there is one. */
    DAY_MONTH,
    /** Relative to the reference date: today, yesterday, a weekday. */
    RELATIVE
  }

  /**
   * A date expression.
   *
   * @param date the date, when it could be resolved
   * @param monthDay the day and month, for FULL and DAY_MONTH
   * @param time the time of day, when given
   */
  public record Match(int start, int end, Kind kind, Optional<LocalDate> date, Optional<MonthDay> monthDay,
      Optional<LocalTime> time, String text) {}

  private static final Pattern ISO = Pattern.compile(
      "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
      + "(?![\\d])");

  private static final Supplier<DateFinder> REGISTERED = Suppliers.memoize(() -> of(Profiles.registered()));

  /** Full dates first, then days and months, then relative dates; in profile order within each kind. */
  private final List<DatePatterns.Compiled> patterns;
  private final List<DateVocabulary.Meridiem> meridiems;

  private DateFinder(List<DatePatterns.Compiled> patterns, List<DateVocabulary.Meridiem> meridiems) {
    this.patterns = List.copyOf(patterns);
    this.meridiems = List.copyOf(meridiems);
  }

  /** The finder for the language modules on the class path, built once. */
  public static DateFinder registered() {
    return REGISTERED.get();
  }

  /** A finder with the date vocabulary of {@code profiles}. */
  public static DateFinder of(Profiles profiles) {
    List<DateVocabulary> vocabularies = profiles.all().stream().map(LanguageProfile::dates).toList();
    String time = DatePatterns.time(vocabularies);
    List<DatePatterns.Compiled> compiled = new ArrayList<>();
    List<DateVocabulary.Meridiem> meridiems = new ArrayList<>();
    for (DateExpressions.Kind kind : DateExpressions.Kind.values()) {
      for (DateVocabulary v : vocabularies) {
        for (DateVocabulary.Template t : v.templates()) {
          if (t.kind() == kind) {
            compiled.add(DatePatterns.compile(v, t, time));
          }
        }
      }
    }
    vocabularies.forEach(v -> meridiems.addAll(v.meridiems()));
    return new DateFinder(compiled, meridiems);
  }

  /**
   * All date expressions in {@code text[from, to)}, in text order, overlaps removed (the longest wins).
   *
   * @param reference the date relative expressions and years missing from a day and month resolve against; null
   *     when unknown
   */
  public List<Match> find(String text, int from, int to, LocalDate reference) {
    requireNonNull(text, "text");
    String f = ArabicText.foldKeepingOffsets(text.substring(from, to));
    List<Match> out = new ArrayList<>();
    Matcher m = ISO.matcher(f);
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      Optional<LocalTime> t = m.group(4) == null ? Optional.empty() : time(m.group(4), m.group(5), null);
      d.ifPresent(x -> out.add(match(text, from, m.start(), m.end(), Kind.FULL, Optional.of(x), t)));
    }
    for (DatePatterns.Compiled c : patterns) {
      m.usePattern(c.pattern()).reset();
      while (m.find()) {
        switch (c.kind()) {
          case FULL -> full(text, from, m, c).ifPresent(out::add);
          case DAY_MONTH -> dayMonth(text, from, m.start(), m.end(), month(c, m), m.group("day"), reference)
              .ifPresent(out::add);
          case RELATIVE -> relative(text, from, m, c.vocabulary(), reference).ifPresent(out::add);
        }
      }
    }
    return dedupe(out);
  }

  private Optional<Match> full(String text, int base, Matcher m, DatePatterns.Compiled c) {
    Optional<LocalDate> d = date(m.group("year"), month(c, m), m.group("day"));
    Optional<LocalTime> t = !c.time() || m.group("hour") == null ? Optional.empty()
        : time(m.group("hour"), m.group("minute"), meridiems.isEmpty() ? null : m.group("meridiem"));
    return d.map(x -> match(text, base, m.start(), m.end(), Kind.FULL, Optional.of(x), t));
  }

  private static int month(DatePatterns.Compiled c, Matcher m) {
    OptionalInt month = c.vocabulary().month(m.group("month"));
    return month.orElse(0);
  }

  private static List<Match> dedupe(List<Match> all) {
    all.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(
        (Match x) -> x.end() - x.start()).reversed()));
    List<Match> out = new ArrayList<>();
    int end = -1;
    for (Match x : all) {
      if (x.start() >= end) {
        out.add(x);
        end = x.end();
      } else if (!out.isEmpty() && x.end() > end && x.kind() == Kind.FULL
          && out.get(out.size() - 1).kind() != Kind.FULL) {
        // A full date overlapping a weaker match ("اليوم السبت (9 آذار 2024)"): keep the full date.
        out.set(out.size() - 1, x);
        end = x.end();
      }
    }
    return out;
  }

  private static Match match(String text, int base, int s, int e, Kind kind, Optional<LocalDate> d,
      Optional<LocalTime> t) {
    while (e > s && Character.isWhitespace(text.charAt(base + e - 1))) {
      e--;
    }
    return new Match(base + s, base + e, kind, d, d.map(x -> MonthDay.of(x.getMonth(), x.getDayOfMonth())), t,
        text.substring(base + s, base + e));
  }

  private static Optional<Match> dayMonth(String text, int base, int s, int e, int month, String day,
      LocalDate reference) {
    MonthDay md;
    try {
      md = MonthDay.of(month, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException ex) {
      return Optional.empty();
    }
    Optional<LocalDate> d = Optional.empty();
    if (reference != null) {
      LocalDate guess = md.atYear(reference.getYear());
      // News reports the past: a day and month more than a week after the reference is last year's.
      if (guess.isAfter(reference.plusDays(7))) {
        guess = md.atYear(reference.getYear() - 1);
      }
      d = Optional.of(guess);
    }
    return Optional.of(new Match(base + s, base + e, Kind.DAY_MONTH, d, Optional.of(md), Optional.empty(),
        text.substring(base + s, base + e)));
  }

  /**
   * "yesterday", "اليوم الجمعة": a relative day, whatever weekday follows it; "last Monday", "يوم الخميس": a word
   * that introduces a weekday, which must follow it.
   */
  private static Optional<Match> relative(String text, int base, Matcher m, DateVocabulary v, LocalDate ref) {
    String rel = group(m, "relative");
    String intro = group(m, "weekdayRef");
    String day = group(m, "weekday");
    if (rel == null && (intro == null || day == null)) {
      return Optional.empty();
    }
    Optional<LocalDate> d = Optional.empty();
    if (ref != null) {
      if (rel != null) {
        d = Optional.of(ref.minusDays(v.daysBefore(rel).orElse(0)));
      } else {
        Optional<DayOfWeek> weekday = v.weekday(day);
        if (weekday.isEmpty()) {
          return Optional.empty();
        }
        boolean strictly = v.weekdayReference(intro).orElse(DateVocabulary.WeekdayRule.ON_OR_BEFORE)
            == DateVocabulary.WeekdayRule.BEFORE;
        d = Optional.of(lastOnOrBefore(ref, weekday.get(), strictly));
      }
    }
    return Optional.of(new Match(base + m.start(), base + m.end(), Kind.RELATIVE, d, Optional.empty(),
        Optional.empty(), text.substring(base + m.start(), base + m.end())));
  }

  /** A named group's text, or null when the pattern lacks the group or it did not take part in the match. */
  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  private static LocalDate lastOnOrBefore(LocalDate ref, DayOfWeek day, boolean strictlyBefore) {
    LocalDate d = ref.with(TemporalAdjusters.previousOrSame(day));
    return strictlyBefore && d.equals(ref) ? d.minusWeeks(1) : d;
  }

  private static Optional<LocalDate> date(String y, int month, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2200) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(year, month, Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<LocalTime> time(String h, String m, String marker) {
    try {
      int hour = Integer.parseInt(h);
      if (marker != null) {
        boolean pm = false;
        for (DateVocabulary.Meridiem x : meridiems) {
          if (Pattern.matches(x.regex(), marker)) {
            pm = x.half() == DateVocabulary.Half.PM;
            break;
          }
        }
        hour = hour % 12 + (pm ? 12 : 0);
      }
      return Optional.of(LocalTime.of(hour, Integer.parseInt(m)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
