package org.crosscheck.internal.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.Article;
import org.crosscheck.Language;
import org.crosscheck.Paragraph;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.text.ArabicText;
import org.crosscheck.internal.text.DateFinder;

/**
 * Turns the lines of a scraped article into an {@link Article}: finds the title, outlet and publication date in
 * the header, drops page furniture by general rules, and keeps the body as paragraphs.
 *
 * <p>The rules, in order of strength: a "read also" marker ends the article; tag, source and credit lines, and
 * short lines of widget vocabulary, go wherever they are; a line repeated elsewhere is kept once (a headline
 * repeated under itself) or dropped when short (an outlet name in a header and a footer); in the header (before
 * the first real paragraph) short lines without sentence punctuation are labels, captions or dates; in the footer
 * (after the last real paragraph) short lines are widgets, unless they read as a sentence of four words or more
 * with no label, list or copyright mark in it. Inside the body, a short line without final
 * punctuation is a heading. The words of furniture and dates come from the language profiles the reader was built
 * with. Immutable; thread-safe.
 */
final class TextArticleReader {

  private final Furniture furniture;
  private final DateFinder dates;
  private final LanguageDetector detector;

  /** A reader with the furniture and date vocabulary of {@code profiles}. */
  TextArticleReader(Profiles profiles) {
    this.furniture = Furniture.of(profiles);
    this.dates = DateFinder.of(profiles);
    this.detector = LanguageDetector.of(profiles);
  }

  /** The date finder this reader uses, for the HTML reader's metadata. */
  DateFinder dates() {
    return dates;
  }

  /** Metadata found outside the text (HTML meta tags); each may be absent. */
  record Hints(Optional<String> title, Optional<String> outlet, Optional<LocalDate> date,
      Optional<LocalTime> time) {
    static final Hints NONE = new Hints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static final class Line {
    final String text;
    final String key;
    final int words;
    final boolean sentencePunct;
    final boolean terminalPunct;
    final boolean finalPunct;
    final boolean arabicScript;
    boolean drop;
    boolean heading;

    Line(String text) {
      this.text = text;
      this.key = key(text);
      this.words = Furniture.words(text).length;
      this.sentencePunct = text.matches("(?s).*[.!?؟:؛;،,].*");
      // A sentence end: ". " after a lower-case letter, a digit, a closing quote or an Arabic letter ("U.S. Says"
      // and "..." in a headline are not).
      this.terminalPunct = TERMINAL.matcher(text).find();
      char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
      this.finalPunct = ".!?؟:\"'”»)…".indexOf(last) >= 0;
      int ar = 0;
      int lat = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (ArabicText.isArabicLetter(c)) {
          ar++;
        } else if (Character.isLetter(c)) {
          lat++;
        }
      }
      this.arabicScript = ar > lat;
    }

    boolean isBodyLike() {
      return words >= 12 && terminalPunct;
    }

    /**
     * A short paragraph that reads as a sentence ("Tehran rejected the accusations."): wire copy often ends on one,
     * after the last long paragraph, where widgets and credits also stand. Those carry a label (":"), a list (";"),
     * a bar or a copyright sign, or too few words.
     */
    boolean isShortSentence() {
      return words >= 4 && terminalPunct && text.chars().noneMatch(c -> ":;|©".indexOf(c) >= 0);
    }
  }

  private static final java.util.regex.Pattern TERMINAL = java.util.regex.Pattern.compile(
      "[\\p{Ll}\\p{Lo}\\d\"'”»)](?<!\\.\\.)[.!?؟](?![.\\p{L}\\d])");

  static String key(String line) {
    return ArabicText.fold(line).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  Article read(String cleaned, String id, String source, boolean removeFurniture, Hints hints) {
    List<Line> lines = new ArrayList<>();
    for (String raw : cleaned.split("\n")) {
      String t = stripBullet(raw.strip().replaceAll("[ \\t]+", " "));
      if (!t.isEmpty()) {
        lines.add(new Line(t));
      }
    }
    List<String> warnings = new ArrayList<>();
    Optional<String> outlet = hints.outlet();
    Optional<LocalDate> date = hints.date();
    Optional<LocalTime> time = hints.time();
    String title = hints.title().orElse("");

    if (!removeFurniture) {
      if (title.isEmpty() && lines.size() > 1 && !lines.get(0).finalPunct && lines.get(0).words <= 40) {
        title = lines.remove(0).text;
      }
      return build(lines, id, source, title, outlet, date, time, warnings);
    }

    // 1. "Read also" ends the article (only once some body has been seen: a menu can say "read more" on top).
    int firstBody = firstBody(lines);
    for (int i = Math.max(firstBody + 1, 1); i < lines.size(); i++) {
      if (furniture.isReadAlso(lines.get(i).text)) {
        int removed = lines.size() - i;
        lines.subList(i, lines.size()).clear();
        warnings.add("dropped " + removed + " lines from a \"read also\" block on");
        break;
      }
    }
    firstBody = firstBody(lines);
    int lastBody = lastBody(lines, firstBody);

    Map<String, Integer> counts = new HashMap<>();
    for (Line l : lines) {
      counts.merge(l.key, 1, Integer::sum);
    }

    // 2. Source and credit lines give the outlet.
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Optional<String> s = furniture.sourceLine(l.text);
      if (s.isPresent() && l.words <= 8) {
        if (outlet.isEmpty()) {
          outlet = Optional.of(outletName(s.get()));
        }
        l.drop = true;
        continue;
      }
      Optional<String> c = i < firstBody ? furniture.creditLine(l.text) : Optional.empty();
      if (c.isPresent()) {
        if (outlet.isEmpty()) {
          outlet = Optional.of(outletName(c.get()));
        }
        l.drop = true;
      }
    }

    // 3. The publication date: a labelled date, else the first full date in the header.
    int headerEnd = Math.min(firstBody, lines.size());
    Integer dateLine = null;
    for (int i = 0; i < Math.min(lines.size(), Math.max(headerEnd, 1) + 2) && dateLine == null; i++) {
      Line l = lines.get(i);
      if (furniture.hasDateLabel(l.text)) {
        dateLine = i;
      }
    }
    for (int i = 0; i < headerEnd && dateLine == null; i++) {
      if (fullDate(lines.get(i).text).isPresent()) {
        dateLine = i;
      }
    }
    if (dateLine != null) {
      Line l = lines.get(dateLine);
      Optional<DateFinder.Match> m = fullDate(l.text);
      if (m.isPresent()) {
        if (date.isEmpty()) {
          date = m.get().date();
          time = m.get().time();
        }
        String rest = furniture.withoutDateLabel(l.text.substring(0, m.get().start()) + " "
            + l.text.substring(m.get().end())).replaceAll("\\b(?:GMT|UTC)\\b", "").replaceAll("[\\p{Punct}\\s]+", " ")
            .strip();
        if (Furniture.words(rest).length <= 5) {
          l.drop = true;
          if (!rest.isEmpty() && outlet.isEmpty() && Furniture.words(rest).length >= 1
              && !rest.matches("\\d+")) {
            outlet = Optional.of(rest);
          }
        }
      }
    }

    // 4. The title: the longest repeated header line (a headline repeated under itself; an outlet name repeats
    //    too but is shorter and known by now), else the first plausible header line.
    int titleLine = -1;
    String outletKey = outlet.map(TextArticleReader::key).orElse("");
    if (title.isEmpty()) {
      for (int i = 0; i < headerEnd; i++) {
        Line l = lines.get(i);
        if (!l.drop && l.words >= 3 && l.words <= 40 && counts.get(l.key) >= 2 && !furniture.isWidget(l.text)
            && !l.key.equals(outletKey) && (titleLine < 0 || l.words > lines.get(titleLine).words)) {
          titleLine = i;
        }
      }
      if (titleLine < 0) {
        for (int i = 0; i < headerEnd; i++) {
          Line l = lines.get(i);
          if (!l.drop && l.words >= 3 && l.words <= 40 && !furniture.isWidget(l.text)) {
            titleLine = i;
            break;
          }
        }
      }
      if (titleLine >= 0) {
        title = lines.get(titleLine).text;
        lines.get(titleLine).drop = true;
      }
    }
    String titleKey = key(title);

    // 5. Furniture.
    boolean mainArabic = mainScriptArabic(lines, firstBody, lastBody);
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.drop) {
        continue;
      }
      boolean header = i < firstBody;
      boolean footer = i > lastBody;
      if (furniture.isWidget(l.text) || furniture.isTagLine(l.text)) {
        l.drop = true;
      } else if (!titleKey.isEmpty() && l.key.equals(titleKey)) {
        l.drop = true;
      } else if (counts.get(l.key) >= 2 && l.words <= 6) {
        l.drop = true;
        if (outlet.isEmpty() && header && l.words <= 4 && !l.sentencePunct) {
          outlet = Optional.of(l.text);
        }
      } else if (header && l.words <= 5 && !l.finalPunct) {
        l.drop = true;
      } else if (header && l.words <= 8 && l.arabicScript != mainArabic) {
        l.drop = true;
      } else if (footer && l.words <= 8 && !l.isShortSentence()) {
        l.drop = true;
      } else if (!header && !footer && l.words <= 14 && !l.finalPunct && !l.sentencePunct) {
        l.heading = true;
      } else if (header && !l.finalPunct && l.words <= 14) {
        l.heading = true;
      }
    }
    int dropped = 0;
    List<Line> kept = new ArrayList<>();
    for (Line l : lines) {
      if (l.drop) {
        dropped++;
      } else {
        kept.add(l);
      }
    }
    if (dropped > 0) {
      warnings.add("removed " + dropped + " lines of page furniture, title and metadata");
    }
    if (title.isEmpty()) {
      warnings.add("no title found");
    }
    if (date.isEmpty()) {
      warnings.add("no publication date found");
    }
    return build(kept, id, source, title, outlet, date, time, warnings);
  }

  private Optional<DateFinder.Match> fullDate(String line) {
    String probe = line.length() > 400 ? line.substring(0, 400) : line;
    for (DateFinder.Match m : dates.find(probe, 0, probe.length(), null)) {
      if (m.kind() == DateFinder.Kind.FULL) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private String outletName(String raw) {
    return furniture.withoutOutletPrefix(raw.strip().replaceAll("[\\s\\p{Punct}]+$", "")).strip();
  }

  private static String stripBullet(String t) {
    int i = 0;
    while (i < t.length() && "•·▪►»*–—-|".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    return i == 0 ? t : t.substring(i).strip();
  }

  private int firstBody(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBodyLike()) {
        // A first line without a sentence end, followed by more text, is a headline, not body.
        if (i == 0 && lines.size() > 1 && !lines.get(0).finalPunct && lines.get(0).words <= 40
            && !lines.get(0).terminalPunct) {
          return 1;
        }
        return i;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.finalPunct && l.words >= 3 && !furniture.isWidget(l.text)) {
        return i;
      }
    }
    return lines.size() > 1 ? 1 : 0;
  }

  private static int lastBody(List<Line> lines, int firstBody) {
    for (int i = lines.size() - 1; i >= firstBody; i--) {
      if (lines.get(i).isBodyLike()) {
        return i;
      }
    }
    return lines.size() - 1;
  }

  private static boolean mainScriptArabic(List<Line> lines, int from, int to) {
    int ar = 0;
    int total = 0;
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      total++;
      if (lines.get(i).arabicScript) {
        ar++;
      }
    }
    return total > 0 && ar * 2 > total;
  }

  private Article build(List<Line> lines, String id, String source, String title, Optional<String> outlet,
      Optional<LocalDate> date, Optional<LocalTime> time, List<String> warnings) {
    StringBuilder text = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Line l : lines) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(l.text);
      paragraphs.add(new Paragraph(start, text.length(), l.heading ? Paragraph.Kind.HEADING : Paragraph.Kind.BODY));
    }
    String body = text.toString();
    Language language = detector.detect(body.length() < 200 ? title + "\n" + body : body);
    if (language.equals(Language.UNDETERMINED)) {
      warnings.add("language could not be determined");
    }
    return new Article(id, source, title, outlet.filter(o -> !o.isBlank()), date, date.isPresent() ? time
        : Optional.empty(), language, body, paragraphs, warnings);
  }
}
