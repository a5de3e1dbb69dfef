package org.crosscheck;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * An {@link Article} without its text: what a report about many articles keeps of each, so that memory stays flat
 * as a batch grows. Immutable and thread-safe.
 *
 * @param id the article's id
 * @param source the article's source
 * @param title the article's title
 * @param outlet the outlet, when known
 * @param published the publication date, when known
 * @param publishedTime the publication time, when known
 * @param language the article's language
 * @param paragraphs the number of paragraphs
 * @param characters the length of the article text
 * @param warnings the article's parse warnings
 */
public record ArticleSummary(String id, String source, String title, Optional<String> outlet,
    Optional<LocalDate> published, Optional<LocalTime> publishedTime, Language language, int paragraphs,
    int characters, List<String> warnings) {

  public ArticleSummary {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(title, "title");
    requireNonNull(outlet, "outlet");
    requireNonNull(published, "published");
    requireNonNull(publishedTime, "publishedTime");
    requireNonNull(language, "language");
    warnings = List.copyOf(warnings);
  }

  /** The summary of an article. */
  public static ArticleSummary of(Article a) {
    requireNonNull(a, "article");
    return new ArticleSummary(a.id(), a.source(), a.title(), a.outlet(), a.published(), a.publishedTime(),
        a.language(), a.paragraphs().size(), a.text().length(), a.warnings());
  }
}
