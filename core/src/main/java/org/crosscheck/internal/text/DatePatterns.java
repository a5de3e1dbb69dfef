package org.crosscheck.internal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.crosscheck.VocabularyException;
import org.crosscheck.spi.DateExpressions;
import org.crosscheck.spi.DateVocabulary;

/**
 * Compiles the date patterns of {@link DateVocabulary} files: fills the placeholders with the language's words
 * (an alternation, longest first, each word literal) and the shared time-of-day pattern, and checks the named
 * groups each kind of pattern needs. Stateless and thread-safe.
 */
public final class DatePatterns {

  private DatePatterns() {}

  /**
   * A compiled date pattern.
   *
   * @param vocabulary the language's words, to read what the groups found
   * @param time whether the pattern has the time-of-day groups
   */
  public record Compiled(Pattern pattern, DateExpressions.Kind kind, DateVocabulary vocabulary, boolean time) {}

  /** {@code {MONTH}}, but not the braces of a Unicode class such as {@code \p{L}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\[pPN])\\{([A-Z_]+)\\}");

  /**
   * The optional time of day after a date ("- 20:01", "at 10:30 a.m.", "الساعة 8:15 م"), with the time words and
   * markers of all {@code vocabularies}: pages mix languages in their datelines. Groups {@code hour},
   * {@code minute} and, when some language has markers, {@code meridiem}.
   */
  public static String time(Collection<DateVocabulary> vocabularies) {
    Set<String> words = new LinkedHashSet<>();
    List<String> markers = new ArrayList<>();
    for (DateVocabulary v : vocabularies) {
      words.addAll(v.timeWords());
      for (DateVocabulary.Meridiem m : v.meridiems()) {
        markers.add("(?:" + m.regex() + ")");
      }
    }
    String before = words.isEmpty() ? "" : "(?:" + alternation(words, Set.of()) + "\\s+)?";
    String after = markers.isEmpty() ? "" : "(?:\\s*(?<meridiem>" + String.join("|", markers) + ")(?![\\p{L}]))?";
    return "(?:\\s*[-–—,|]?\\s*" + before + "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::\\d{2})?" + after + ")?";
  }

  /**
   * Compiles {@code template} of {@code vocabulary} with the given time-of-day pattern.
   *
   * @throws VocabularyException naming the template's line when a placeholder is unknown or has no words, the
   *     regular expression does not compile, or a group its kind needs is missing
   */
  public static Compiled compile(DateVocabulary vocabulary, DateVocabulary.Template template, String time) {
    StringBuilder out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(template.regex());
    boolean hasTime = false;
    while (m.find()) {
      String name = m.group(1);
      String fill = switch (name) {
        case "MONTH" -> alternation(vocabulary.monthNames().stream().map(DateVocabulary.MonthName::name).toList(),
            abbreviations(vocabulary));
        case "WEEKDAY" -> alternation(vocabulary.weekdayNames(), Set.of());
        case "RELATIVE_DAY" -> alternation(vocabulary.relativeDayWords(), Set.of());
        case "WEEKDAY_REF" -> alternation(vocabulary.weekdayReferenceWords(), Set.of());
        case "TIME" -> time;
        default -> throw error(template, "unknown placeholder {" + name + "} (expected {MONTH}, {WEEKDAY}, "
            + "{RELATIVE_DAY}, {WEEKDAY_REF} or {TIME})");
      };
      if (fill.isEmpty()) {
        throw error(template, "the pattern uses {" + name + "} but the file has no " + name + " rows");
      }
      hasTime |= name.equals("TIME");
      m.appendReplacement(out, Matcher.quoteReplacement(fill));
    }
    m.appendTail(out);
    String regex = out.toString();
    List<String> needed = switch (template.kind()) {
      case FULL -> List.of("day", "month", "year");
      case DAY_MONTH -> List.of("day", "month");
      case RELATIVE -> regex.contains("(?<relative>") ? List.of() : List.of("weekdayRef", "weekday");
    };
    for (String g : needed) {
      if (!regex.contains("(?<" + g + ">")) {
        throw error(template, "a " + template.kind() + " pattern needs the named group (?<" + g + ">…)");
      }
    }
    try {
      return new Compiled(Pattern.compile(regex), template.kind(), vocabulary, hasTime);
    } catch (PatternSyntaxException e) {
      throw error(template, "not a regular expression: " + e.getDescription());
    }
  }

  private static Set<String> abbreviations(DateVocabulary v) {
    Set<String> out = new LinkedHashSet<>();
    for (DateVocabulary.MonthName n : v.monthNames()) {
      if (n.abbreviation()) {
        out.add(n.name());
      }
    }
    return out;
  }

  /** {@code (?:w1|w2|…)}, see {@link Alternation}; the {@code abbreviated} words may take a full stop. */
  private static String alternation(Collection<String> words, Set<String> abbreviated) {
    return words.isEmpty() ? "" : "(?:" + Alternation.of(words, w -> abbreviated.contains(w) ? "\\.?" : "") + ")";
  }

  private static VocabularyException error(DateVocabulary.Template t, String reason) {
    return new VocabularyException(t.file(), t.line(), "pattern '" + t.name() + "': " + reason);
  }
}
