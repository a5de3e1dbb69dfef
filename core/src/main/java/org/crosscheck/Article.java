package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A news article made ready for claim extraction: page furniture removed, title, outlet, publication date and
 * language found, the body as clean text split into paragraphs.
 *
 * <p>{@link #text()} is the body only (the title is {@link #title()}); it is NFC-normalised, without tatweel or
 * invisible bidi and zero-width controls, and with Persian yeh and keheh read as their Arabic letters. All
 * offsets Crosscheck hands out ({@link Paragraph}, {@link Evidence}) point into this text. Diacritics are kept
 * unless {@link ParseOptions.Builder#stripDiacritics(boolean)} asks otherwise.
 *
 * <p>Immutable and thread-safe. Built by an {@link ArticleParser}; hosts that already hold clean text can build
 * one directly.
 *
 * @param id stable identifier: the file name without extension for files, a hash of the content otherwise
 * @param source where the article came from: the file name, the URI, or {@code "inline"}
 * @param title the headline, or an empty string when none was found (see {@link #warnings()})
 * @param outlet the publishing outlet as the page names it ("سكاي نيوز عربية", "Reuters"), when found
 * @param published the publication date, when found
 * @param publishedTime the publication time of day, when the page gives one
 * @param language the detected language; any language is possible, see {@link Language}
 * @param text the cleaned body
 * @param paragraphs the body's paragraphs in order, non-overlapping spans of {@code text}
 * @param warnings recoverable defects a person may want to know about (no title, no date, ambiguous language)
 */
public record Article(
    String id,
    String source,
    String title,
    Optional<String> outlet,
    Optional<LocalDate> published,
    Optional<LocalTime> publishedTime,
    Language language,
    String text,
    List<Paragraph> paragraphs,
    List<String> warnings) {

  public Article {
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank");
    requireNonNull(source, "source");
    requireNonNull(title, "title");
    requireNonNull(outlet, "outlet");
    requireNonNull(published, "published");
    requireNonNull(publishedTime, "publishedTime");
    checkArgument(published.isPresent() || publishedTime.isEmpty(), "publishedTime requires published");
    requireNonNull(language, "language");
    requireNonNull(text, "text");
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
    int previousEnd = 0;
    for (Paragraph p : paragraphs) {
      checkArgument(p.start() >= previousEnd && p.end() <= text.length(),
          "paragraph [%s, %s) is out of order or outside the text of length %s", p.start(), p.end(), text.length());
      previousEnd = p.end();
    }
  }

  /** The text of each paragraph, in order. */
  public List<String> paragraphTexts() {
    return paragraphs.stream().map(p -> p.text(this)).toList();
  }

  /** A copy of this article with another id (hosts that key articles by their own ids). */
  public Article withId(String newId) {
    return new Article(newId, source, title, outlet, published, publishedTime, language, text, paragraphs, warnings);
  }

  @Override
  public String toString() {
    return "Article[" + id + ", " + language + ", " + published.map(LocalDate::toString).orElse("undated") + ", "
        + outlet.orElse("no outlet") + ", \"" + title + "\", " + text.length() + " chars]";
  }
}
