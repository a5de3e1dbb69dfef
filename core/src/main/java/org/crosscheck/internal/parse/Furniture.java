package org.crosscheck.internal.parse;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.text.Alternation;
import org.crosscheck.internal.text.ArabicText;
import org.crosscheck.spi.FurnitureVocabulary;
import org.crosscheck.spi.FurnitureVocabulary.Part;
import org.crosscheck.spi.LanguageProfile;

/**
 * What page furniture looks like, in the {@link FurnitureVocabulary} of every language profile: widget words,
 * "read also" and tag markers, source, credit and date labels. Used with position and shape rules in
 * {@link TextArticleReader}; a line is only dropped for its vocabulary when it is short. Without profiles none of
 * these match and only the position and shape rules apply. Immutable and thread-safe.
 */
final class Furniture {

  private final Set<String> widgetWords;
  private final List<String> gluedWidgetWords;
  /** Matched on the folded line (lower case, Arabic letter variants unified, diacritics dropped); null: none. */
  private final Pattern readAlso;
  private final Pattern tags;
  /** Matched on the line as written, ignoring case. Group 1 is the outlet. */
  private final Pattern source;
  private final Pattern credit;
  private final Pattern dateLabel;
  private final Pattern outletPrefix;

  private Furniture(Collection<FurnitureVocabulary> vocabularies) {
    this.widgetWords = Set.copyOf(union(vocabularies, Part.WIDGET, Part.GLUED_WIDGET));
    this.gluedWidgetWords = List.copyOf(union(vocabularies, Part.GLUED_WIDGET));
    int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    this.readAlso = pattern("^[\\p{Punct}\\s•·»«]*(?:%s)(?![\\p{L}]).*", union(vocabularies, Part.READ_ALSO), 0);
    this.tags = pattern("^(?:%s)\\s*[:：].*", union(vocabularies, Part.TAG_LABEL), 0);
    this.source = pattern("^(?:%s)\\s*[:：]\\s*(.{2,80})$", union(vocabularies, Part.SOURCE_LABEL), ci);
    this.credit = pattern("^(.{2,40}?)\\s*[-–—]\\s*(?:%s)\\s*$", union(vocabularies, Part.CREDIT), ci);
    this.dateLabel = pattern("^\\s*(?:%s)\\s*[:：]?", union(vocabularies, Part.DATE_LABEL), ci);
    this.outletPrefix = pattern("^(?:%s)(?![\\p{L}\\p{N}])\\s*", union(vocabularies, Part.OUTLET_PREFIX), 0);
  }

  /** The furniture of {@code profiles}. */
  static Furniture of(Profiles profiles) {
    return new Furniture(profiles.all().stream().map(LanguageProfile::furniture).toList());
  }

  private static Set<String> union(Collection<FurnitureVocabulary> vocabularies, Part... parts) {
    Set<String> out = new LinkedHashSet<>();
    for (FurnitureVocabulary v : vocabularies) {
      for (Part p : parts) {
        out.addAll(v.get(p));
      }
    }
    return out;
  }

  /** {@code template} with its {@code %s} replaced by the entries' {@link Alternation}; null without entries. */
  private static Pattern pattern(String template, Set<String> entries, int flags) {
    if (entries.isEmpty()) {
      return null;
    }
    return Pattern.compile(String.format(Locale.ROOT, template, Alternation.of(entries)), flags);
  }

  private static boolean matches(Pattern p, String s) {
    return p != null && p.matcher(s).matches();
  }

  boolean isReadAlso(String line) {
    return matches(readAlso, ArabicText.fold(line));
  }

  boolean isTagLine(String line) {
    return matches(tags, ArabicText.fold(line));
  }

  /** The outlet a source line ("Source: Reuters") names. */
  Optional<String> sourceLine(String line) {
    return outletOf(source, line);
  }

  /** The outlet a credit line under the headline ("Reuters - staff") names. */
  Optional<String> creditLine(String line) {
    return outletOf(credit, line);
  }

  private static Optional<String> outletOf(Pattern p, String line) {
    if (p == null) {
      return Optional.empty();
    }
    Matcher m = p.matcher(line);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Whether the line opens with a date label ("Published:"). */
  boolean hasDateLabel(String line) {
    return dateLabel != null && dateLabel.matcher(line).lookingAt();
  }

  /** The line without its opening date label. */
  String withoutDateLabel(String line) {
    return dateLabel == null ? line : dateLabel.matcher(line).replaceFirst("");
  }

  /** An outlet's name without the word that introduces it ("وكالة بغداد اليوم" → "بغداد اليوم"). */
  String withoutOutletPrefix(String name) {
    return outletPrefix == null ? name : outletPrefix.matcher(name).replaceFirst("");
  }

  /** Whether a short line is made of widget vocabulary (most of its words are such words). */
  boolean isWidget(String line) {
    String[] words = words(line);
    if (words.length == 0 || words.length > 6) {
      return false;
    }
    int hits = 0;
    for (String w : words) {
      if (widgetWords.contains(w) || startsWithGluedWidgetWord(w)) {
        hits++;
      }
    }
    return hits * 2 >= words.length;
  }

  /** "arrowالمزيد": a widget word glued to another. */
  private boolean startsWithGluedWidgetWord(String w) {
    if (w.length() < 6) {
      return false;
    }
    for (String p : gluedWidgetWords) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  static String[] words(String line) {
    String f = ArabicText.fold(line).toLowerCase(Locale.ROOT);
    String[] raw = f.split("[^\\p{L}\\p{N}©@-]+");
    int n = 0;
    for (String w : raw) {
      if (!w.isEmpty()) {
        n++;
      }
    }
    String[] out = new String[n];
    int i = 0;
    for (String w : raw) {
      if (!w.isEmpty()) {
        out[i++] = w;
      }
    }
    return out;
  }
}
