package org.crosscheck;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.crosscheck.internal.parse.DefaultArticleParser;

/**
 * Turns a news article, scraped text with page furniture or an HTML page, into a clean {@link Article}.
 *
 * <p>Implementations are immutable and thread-safe: create one parser and share it.
 *
 * <p>What the parser knows of languages comes from the language modules on the class path: their profiles
 * ({@link org.crosscheck.spi.LanguageProfile}) give the words of page furniture ("Share", "اقرأ أيضاً", "Source:"),
 * month and weekday names and date patterns ("Thursday, 26 December 2024", "الخميس 14 آذار 2024"), and
 * the function words that tell Latin-script languages apart, and every module's words apply to every page. With no
 * module on the class path the parser still works with its language-neutral rules: HTML metadata
 * ({@code og:title}, {@code article:published_time}, {@code <time datetime>}, JSON-LD), ISO dates, language by
 * script (and by function words for common Latin-script languages), and furniture told by its position and shape.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.create();
 * Article article = parser.parse(Path.of("003_308198e8ac050b6b.txt"));
 * article.title();      // "مصدر في الكرملين: موسكو لن تدعم الحكومة"
 * article.published();  // Optional[2024-12-06]
 * }</pre>
 *
 * <p>Bad input gets a clear answer: a {@code null} argument throws {@link NullPointerException} naming the
 * parameter; empty or blank input, binary data, invalid UTF-8 in a file, input above
 * {@link ParseOptions#maxChars()}, or a path that is not a regular file (a directory, a named pipe, a device) throws
 * {@link ArticleParseException} with a {@link ArticleParseException.Reason}. Parsing is linear in the input size; no
 * input makes it hang, and a named pipe is refused without being opened.
 *
 * <p>Bytes (files and streams) are UTF-8, with or without a byte-order mark, or UTF-16 with a byte-order mark.
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
   * with an HTML document. The id is the file name without its extension, the source the file name.
   */
  Article parse(Path file);

  /**
   * Parses a file as {@link #parse(Path)} does, under an id the caller chooses: hosts that read folders where the
   * same file name occurs twice ({@code 2024/12/02/index.html}, {@code 2024/12/03/index.html}) key articles by
   * their path relative to the folder instead of by the file name.
   *
   * <p>The default implementation parses the file and renames the article; {@link #create()}'s parser does so
   * in one step.
   *
   * @param id the article's id, not blank
   * @since 0.1.0
   */
  default Article parse(Path file, String id) {
    requireNonNull(file, "file");
    requireNonNull(id, "id");
    return parse(file).withId(id);
  }

  /**
   * Parses an article read from a stream (standard input, an archive entry, a resource) with the rules for
   * files: the same encodings, the same limits, HTML when {@code source} ends in {@code .html}/{@code .htm} or the
   * content is an HTML document. Reads at most what {@link ParseOptions#maxChars()} allows and one byte more, so a
   * stream that never ends is refused as too large rather than read forever. The stream is not closed.
   *
   * <p>The default implementation reads strict UTF-8 and delegates to {@link #parse(String)}; {@link #create()}'s
   * parser decodes and checks as for files.
   *
   * @param id the article's id, not blank
   * @param source where the bytes came from (a file name, {@code "stdin"}), kept as {@link Article#source()}
   * @throws ArticleParseException as for files, with reason {@code UNREADABLE} if the stream fails
   * @since 0.1.0
   */
  default Article parse(InputStream in, String id, String source) {
    requireNonNull(in, "in");
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options().maxChars() * 4L + 1));
    } catch (IOException e) {
      throw new ArticleParseException(ArticleParseException.Reason.UNREADABLE, source,
          "cannot be read: " + e.getMessage(), e);
    }
    Article a = parse(new String(bytes, StandardCharsets.UTF_8));
    return new Article(id, source, a.title(), a.outlet(), a.published(), a.publishedTime(), a.language(), a.text(),
        a.paragraphs(), a.warnings());
  }

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
