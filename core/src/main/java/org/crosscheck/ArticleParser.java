package org.crosscheck;

import java.nio.file.Path;
import org.crosscheck.internal.parse.DefaultArticleParser;

/**
 * Turns a news article, scraped text with page furniture or an HTML page, into a clean {@link Article}.
 *
 * <p>Implementations are immutable and thread-safe: create one parser and share it.
 *
 * <p>What the parser knows of languages comes from the language modules on the class path: their profiles
 * ({@link org.crosscheck.spi.LanguageProfile}) give the words of page furniture ("Share", "اقرأ أيضاً", "Source:"),
 * month and weekday names and date patterns ("Thursday, 26 December 2024", "الاثنين 23 كانون الأول 2024"), and
 * the function words that tell Latin-script languages apart, and every module's words apply to every page. With no
 * module on the class path the parser still works with its language-neutral rules: HTML metadata
 * ({@code og:title}, {@code article:published_time}, {@code <time datetime>}, JSON-LD), ISO dates, language by
 * script (and by function words for common Latin-script languages), and furniture told by its position and shape.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.create();
 * Article article = parser.parse(Path.of("003_308198e8ac050b6b.txt"));
 * article.title();      // "مصدر مقرب من الكرملين: لا خطة لدى روسيا لإنقاذ الأسد"
 * article.published();  // Optional[2024-12-06]
 * }</pre>
 *
 * <p>Bad input gets a clear answer: a {@code null} argument throws {@link NullPointerException} naming the
 * parameter; empty or blank input, binary data, invalid UTF-8 in a file, or input above
 * {@link ParseOptions#maxChars()} throws {@link ArticleParseException} with a {@link ArticleParseException.Reason}.
 * Parsing is linear in the input size; no input makes it hang.
 */
public interface ArticleParser {

  /** A thread-safe parser with the default options. */
  static ArticleParser create() {
    return create(ParseOptions.defaults());
  }

  /** A thread-safe parser with the given options. */
  static ArticleParser create(ParseOptions options) {
    return new DefaultArticleParser(options);
  }

  /** Parses scraped plain text. The article's source is {@code "inline"}, its id a hash of the text. */
  Article parse(String text);

  /**
   * Parses a file: plain text, or HTML when the name ends in {@code .html}/{@code .htm} or the content starts
   * with an HTML document. The bytes must be UTF-8. The id is the file name without its extension.
   */
  Article parse(Path file);

  /**
   * Parses an HTML page.
   *
   * @param html the page
   * @param sourceUri where the page came from; used as {@link Article#source()} and to derive the id
   */
  Article parseHtml(String html, String sourceUri);

  /** The options this parser was created with. */
  ParseOptions options();
}
