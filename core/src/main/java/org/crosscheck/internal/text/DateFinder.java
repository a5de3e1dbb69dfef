package org.crosscheck.internal.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates as news writes them, in English and Arabic: "Thursday, 26 December 2024", "December 2, 2024",
 * "6th, December 2024 GMT", "On December 2", "2024-12-06T10:00:00Z", "الاثنين 23 كانون الأول 2024 - 20:01",
 * "6 ديسمبر 2024", Arabic-Indic digits, Levantine/Iraqi (كانون الثاني … كانون الأول) and Egyptian/Gulf
 * (يناير … ديسمبر) month names, and relative dates ("yesterday", "on Monday", "اليوم الجمعة", "أمس الخميس")
 * resolved against a reference date.
 *
 * <p>Java's {@code DateTimeFormatter} parses one known pattern at a known position; finding dates inside running
 * text in two languages needs the regular expressions here. All patterns are linear (no nested quantifiers).
 * Stateless and thread-safe.
 */
public final class DateFinder {

  private DateFinder() {}

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

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] en = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
        {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
        {"november", "nov"}, {"december", "dec"}};
    for (int m = 0; m < 12; m++) {
      for (String n : en[m]) {
        MONTHS.put(n, m + 1);
      }
    }
    String[][] ar = {{"كانون الثاني", "يناير"}, {"شباط", "فبراير"}, {"اذار", "مارس"}, {"نيسان", "ابريل"},
        {"ايار", "مايو"}, {"حزيران", "يونيو", "يونيه"}, {"تموز", "يوليو", "يوليه"}, {"اب", "اغسطس"},
        {"ايلول", "سبتمبر"}, {"تشرين الاول", "اكتوبر"}, {"تشرين الثاني", "نوفمبر"}, {"كانون الاول", "ديسمبر"}};
    for (int m = 0; m < 12; m++) {
      for (String n : ar[m]) {
        MONTHS.put(n, m + 1);
      }
    }
  }

  private static final String EN_MONTH = "(January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
      + "|Dec\\.?)";
  private static final String AR_MONTH = "(كانون الثاني|كانون الاول|تشرين الاول|تشرين الثاني|شباط|اذار|نيسان|ايار"
      + "|حزيران|تموز|ايلول|اب|يناير|فبراير|مارس|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|اغسطس|سبتمبر|اكتوبر|نوفمبر"
      + "|ديسمبر)";
  private static final String EN_DAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
  private static final String AR_DAY = "(?:(?:(?:اليوم|يوم|امس)\\s+)?(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|الجمعة|السبت"
      + "|الاحد)\\s*[،,]?\\s*)?";
  private static final String ORD = "(?:st|nd|rd|th)?";
  private static final String TIME = "(?:\\s*[-–—,|]?\\s*(?:at\\s+|الساعة\\s+)?(\\d{1,2}):(\\d{2})(?::\\d{2})?"
      + "(?:\\s*([AaPp]\\.?[Mm]\\.?|ص|م)(?![\\p{L}]))?)?";

  private static final Pattern ISO = Pattern.compile(
      "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
      + "(?![\\d])");
  private static final Pattern EN_DMY = Pattern.compile("(?i)\\b" + EN_DAY + "(\\d{1,2})" + ORD
      + ",?\\s+(?:of\\s+)?" + EN_MONTH + ",?\\s+(\\d{4})\\b" + TIME);
  private static final Pattern EN_MDY = Pattern.compile("(?i)\\b" + EN_DAY + EN_MONTH + "\\s+(\\d{1,2})" + ORD
      + "(?:,\\s*|\\s+)(\\d{4})\\b" + TIME);
  private static final Pattern EN_MD = Pattern.compile("\\b" + EN_MONTH + "\\s+(\\d{1,2})" + ORD + "\\b");
  private static final Pattern EN_DM = Pattern.compile("\\b(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + EN_MONTH
      + "\\b");
  private static final Pattern AR_DMY = Pattern.compile("(?<![\\p{L}])" + AR_DAY + "\\(?(\\d{1,2})\\s*(?:من\\s+)?"
      + AR_MONTH + "(?:\\s*[/(]?\\s*" + AR_MONTH + "\\)?)?\\s*(?:عام\\s+|سنة\\s+)?[/،,]?\\s*(\\d{4})(?:\\s*\\))?"
      + TIME);
  private static final Pattern AR_DM = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})\\s*(?:من\\s+)?" + AR_MONTH
      + "(?![\\p{L}])");
  private static final Pattern EN_REL = Pattern.compile("(?i)\\b(today|yesterday|tonight|this morning"
      + "|(?:on|last|this|earlier on|late on)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b");
  private static final Pattern AR_REL = Pattern.compile("(?<![\\p{L}])(?:[وف])?(اليوم|امس|مساء امس|صباح اليوم"
      + "|يوم)(?:\\s+(الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|الجمعة|السبت|الاحد))?(?![\\p{L}])");

  /** Folds Arabic letter variants and digits one to one, so offsets in the folded text are offsets in the text. */
  static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char x = c[i];
      if (x == 'أ' || x == 'إ' || x == 'آ' || x == 'ٱ') {
        c[i] = 'ا';
      } else if (x == 'ى' || x == 'ی') {
        c[i] = 'ي';
      } else {
        c[i] = ArabicText.asciiDigit(x);
      }
    }
    return new String(c);
  }

  /**
   * All date expressions in {@code text[from, to)}, in text order, overlaps removed (the longest wins).
   *
   * @param reference the date relative expressions and years missing from a day and month resolve against; null
   *     when unknown
   */
  public static List<Match> find(String text, int from, int to, LocalDate reference) {
    String f = fold(text.substring(from, to));
    List<Match> out = new ArrayList<>();
    Matcher m = ISO.matcher(f);
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      Optional<LocalTime> t = m.group(4) == null ? Optional.empty() : time(m.group(4), m.group(5), null);
      d.ifPresent(x -> out.add(match(text, from, m.start(), m.end(), Kind.FULL, Optional.of(x), t)));
    }
    m.usePattern(EN_DMY).reset();
    while (m.find()) {
      int mon = month(m.group(2));
      Optional<LocalDate> d = date(m.group(3), mon, m.group(1));
      Optional<LocalTime> t = m.group(4) == null ? Optional.empty() : time(m.group(4), m.group(5), m.group(6));
      d.ifPresent(x -> out.add(match(text, from, m.start(), m.end(), Kind.FULL, Optional.of(x), t)));
    }
    m.usePattern(EN_MDY).reset();
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(3), month(m.group(1)), m.group(2));
      Optional<LocalTime> t = m.group(4) == null ? Optional.empty() : time(m.group(4), m.group(5), m.group(6));
      d.ifPresent(x -> out.add(match(text, from, m.start(), m.end(), Kind.FULL, Optional.of(x), t)));
    }
    m.usePattern(AR_DMY).reset();
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(4), month(m.group(2)), m.group(1));
      Optional<LocalTime> t = m.group(5) == null ? Optional.empty() : time(m.group(5), m.group(6), m.group(7));
      d.ifPresent(x -> out.add(match(text, from, m.start(), m.end(), Kind.FULL, Optional.of(x), t)));
    }
    m.usePattern(EN_MD).reset();
    while (m.find()) {
      dayMonth(text, from, m.start(), m.end(), month(m.group(1)), m.group(2), reference).ifPresent(out::add);
    }
    m.usePattern(EN_DM).reset();
    while (m.find()) {
      dayMonth(text, from, m.start(), m.end(), month(m.group(2)), m.group(1), reference).ifPresent(out::add);
    }
    m.usePattern(AR_DM).reset();
    while (m.find()) {
      dayMonth(text, from, m.start(), m.end(), month(m.group(2)), m.group(1), reference).ifPresent(out::add);
    }
    m.usePattern(EN_REL).reset();
    while (m.find()) {
      out.add(relative(text, from, m.start(), m.end(), m.group(1).toLowerCase(Locale.ROOT), reference));
    }
    m.usePattern(AR_REL).reset();
    while (m.find()) {
      String word = m.group(1);
      String day = m.group(2);
      if (word.equals("يوم") && day == null) {
        continue;
      }
      out.add(relativeAr(text, from, m.start(), m.end(), word, day, reference));
    }
    return dedupe(out);
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
        // A full date overlapping a weaker match ("اليوم الجمعة (6 كانون الأول 2024)"): keep the full date.
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

  private static Match relative(String text, int base, int s, int e, String expr, LocalDate ref) {
    Optional<LocalDate> d = Optional.empty();
    if (ref != null) {
      if (expr.equals("today") || expr.equals("tonight") || expr.equals("this morning")) {
        d = Optional.of(ref);
      } else if (expr.equals("yesterday")) {
        d = Optional.of(ref.minusDays(1));
      } else {
        String dayName = expr.substring(expr.lastIndexOf(' ') + 1);
        d = Optional.of(lastOnOrBefore(ref, DayOfWeek.valueOf(dayName.toUpperCase(Locale.ROOT)),
            expr.startsWith("last")));
      }
    }
    return new Match(base + s, base + e, Kind.RELATIVE, d, Optional.empty(), Optional.empty(),
        text.substring(base + s, base + e));
  }

  private static Match relativeAr(String text, int base, int s, int e, String word, String day, LocalDate ref) {
    Optional<LocalDate> d = Optional.empty();
    if (ref != null) {
      LocalDate anchor = word.contains("امس") ? ref.minusDays(1) : ref;
      if (day != null && word.equals("يوم")) {
        anchor = lastOnOrBefore(ref, arabicDay(day), false);
      }
      d = Optional.of(anchor);
    }
    return new Match(base + s, base + e, Kind.RELATIVE, d, Optional.empty(), Optional.empty(),
        text.substring(base + s, base + e));
  }

  private static DayOfWeek arabicDay(String d) {
    return switch (d) {
      case "الاثنين" -> DayOfWeek.MONDAY;
      case "الثلاثاء" -> DayOfWeek.TUESDAY;
      case "الاربعاء" -> DayOfWeek.WEDNESDAY;
      case "الخميس" -> DayOfWeek.THURSDAY;
      case "الجمعه", "الجمعة" -> DayOfWeek.FRIDAY;
      case "السبت" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }

  private static LocalDate lastOnOrBefore(LocalDate ref, DayOfWeek day, boolean strictlyBefore) {
    LocalDate d = ref.with(TemporalAdjusters.previousOrSame(day));
    return strictlyBefore && d.equals(ref) ? d.minusWeeks(1) : d;
  }

  private static int month(String name) {
    String k = name.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
    Integer m = MONTHS.get(k);
    if (m == null && k.length() > 3) {
      m = MONTHS.get(k.substring(0, 3));
    }
    return m == null ? 0 : m;
  }

  private static Optional<LocalDate> date(String y, String mo, String d) {
    return date(y, Integer.parseInt(mo), d);
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

  private static Optional<LocalTime> time(String h, String m, String ampm) {
    try {
      int hour = Integer.parseInt(h);
      if (ampm != null) {
        boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p") || ampm.equals("م");
        hour = hour % 12 + (pm ? 12 : 0);
      }
      return Optional.of(LocalTime.of(hour, Integer.parseInt(m)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
