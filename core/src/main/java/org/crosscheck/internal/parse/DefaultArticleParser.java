package org.crosscheck.internal.parse;

import static java.util.Objects.requireNonNull;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.crosscheck.Article;
import org.crosscheck.ArticleParseException;
import org.crosscheck.ArticleParseException.Reason;
import org.crosscheck.ArticleParser;
import org.crosscheck.ParseOptions;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.text.TextCleaner;

/**
 * The {@link ArticleParser} behind {@link ArticleParser#create()}, with the furniture, date and detection
 * vocabulary of the language modules on the class path (or of given profiles). Immutable and thread-safe.
 */
public final class DefaultArticleParser implements ArticleParser {

  /** Bidi controls, zero-width characters and other controls: never part of a name a person should read. */
  private static final CharMatcher NAME_NOISE = CharMatcher.anyOf("\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF"
      + "\u061C\u00AD").or(CharMatcher.inRange('\u202A', '\u202E')).or(CharMatcher.inRange('\u2066', '\u2069'))
      .or(CharMatcher.javaIsoControl());

  private static final Supplier<TextArticleReader> REGISTERED = Suppliers.memoize(
      () -> new TextArticleReader(Profiles.registered()));

  private final ParseOptions options;
  private final TextArticleReader reader;

  /** A parser with the vocabulary of the language modules on the class path. */
  public DefaultArticleParser(ParseOptions options) {
    this.options = requireNonNull(options, "options");
    this.reader = REGISTERED.get();
  }

  /** A parser with the vocabulary of {@code profiles} only. */
  public DefaultArticleParser(ParseOptions options, Profiles profiles) {
    this.options = requireNonNull(options, "options");
    this.reader = new TextArticleReader(requireNonNull(profiles, "profiles"));
  }

  @Override
  public ParseOptions options() {
    return options;
  }

  @Override
  public Article parse(String text) {
    requireNonNull(text, "text");
    check(text, null);
    if (looksLikeHtml(text)) {
      return parseHtml(text, null, "inline", idOf(text));
    }
    return parseText(text, "inline", idOf(text));
  }

  @Override
  public Article parse(Path file) {
    requireNonNull(file, "file");
    return parseFile(file, stem(sourceName(file)));
  }

  @Override
  public Article parse(Path file, String id) {
    requireNonNull(file, "file");
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank");
    return parseFile(file, id);
  }

  @Override
  public Article parse(InputStream in, String id, String source) {
    requireNonNull(in, "in");
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    checkArgument(!id.isBlank(), "id must not be blank");
    String name = NAME_NOISE.removeFrom(source);
    byte[] bytes;
    try {
      bytes = in.readNBytes(maxBytes() + 1);
    } catch (IOException e) {
      throw new ArticleParseException(Reason.UNREADABLE, name, "cannot be read: " + e.getMessage(), e);
    }
    return parseBytes(bytes, id, name, null);
  }

  private Article parseFile(Path file, String id) {
    String source = sourceName(file);
    byte[] bytes;
    try {
      // Attributes first: a named pipe or a device is refused without being opened, since opening one can block
      // forever.
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attrs.isRegularFile()) {
        throw new ArticleParseException(Reason.UNREADABLE, source, "not a regular file ("
            + (attrs.isDirectory() ? "a directory" : "a named pipe, device or socket") + "); it was not opened");
      }
      if (attrs.size() > maxBytes()) {
        throw new ArticleParseException(Reason.TOO_LARGE, source, "the file has " + attrs.size()
            + " bytes, more than the limit of " + options.maxChars() + " characters allows");
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(maxBytes() + 1);
      }
    } catch (NoSuchFileException e) {
      throw new ArticleParseException(Reason.UNREADABLE, source, "no such file: " + file, e);
    } catch (AccessDeniedException e) {
      throw new ArticleParseException(Reason.UNREADABLE, source, "cannot be read: permission denied", e);
    } catch (IOException e) {
      throw new ArticleParseException(Reason.UNREADABLE, source, "cannot be read: " + e.getMessage(), e);
    }
    return parseBytes(bytes, id, source, file.toUri().toString());
  }

  /** UTF-8 (a BOM is dropped) or, after a byte-order mark, UTF-16; then as text or HTML. */
  private Article parseBytes(byte[] bytes, String id, String source, String baseUri) {
    if (bytes.length > maxBytes()) {
      throw new ArticleParseException(Reason.TOO_LARGE, source, "the input has more than " + maxBytes()
          + " bytes, more than the limit of " + options.maxChars() + " characters allows");
    }
    String text = Encodings.decode(bytes, source);
    check(text, source);
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || looksLikeHtml(text)) {
      return parseHtml(text, baseUri, source, id);
    }
    return parseText(text, source, id);
  }

  /** Four bytes per character at most, in UTF-8 and in UTF-16; one byte less than the largest array. */
  private int maxBytes() {
    return (int) Math.min(Integer.MAX_VALUE - 9, (long) options.maxChars() * 4);
  }

  /** The file name as the source, without the bidi and zero-width controls that would reorder it on a screen. */
  private static String sourceName(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return NAME_NOISE.removeFrom(name);
  }

  @Override
  public Article parseHtml(String html, String sourceUri) {
    requireNonNull(html, "html");
    requireNonNull(sourceUri, "sourceUri");
    check(html, sourceUri);
    return parseHtml(html, sourceUri, sourceUri, idOf(sourceUri + "\n" + html));
  }

  private Article parseText(String text, String source, String id) {
    String cleaned = TextCleaner.clean(text, options.stripDiacritics());
    Article a = reader.read(cleaned, id, source, options.removeFurniture(), TextArticleReader.Hints.NONE);
    return nonEmpty(a, source);
  }

  private Article parseHtml(String html, String baseUri, String source, String id) {
    HtmlReader.Page page = HtmlReader.read(html, baseUri, reader.dates());
    String cleaned = TextCleaner.clean(page.lines(), options.stripDiacritics());
    TextArticleReader.Hints h = page.hints();
    TextArticleReader.Hints hints = new TextArticleReader.Hints(
        h.title().map(t -> TextCleaner.clean(t, options.stripDiacritics())),
        h.outlet().map(t -> TextCleaner.clean(t, options.stripDiacritics())), h.date(), h.time());
    Article a = reader.read(cleaned, id, source, options.removeFurniture(), hints);
    return nonEmpty(a, source);
  }

  private static Article nonEmpty(Article a, String source) {
    if (a.text().isBlank()) {
      throw new ArticleParseException(Reason.EMPTY, source,
          "no article text is left once page furniture is removed" + (a.title().isEmpty() ? ""
              : " (only a title: \"" + a.title() + "\")"));
    }
    return a;
  }

  private void check(String text, String source) {
    if (text.length() > options.maxChars()) {
      throw new ArticleParseException(Reason.TOO_LARGE, source, "the input has " + text.length()
          + " characters, more than the limit of " + options.maxChars()
          + " (raise it with ParseOptions.builder().maxChars(...))");
    }
    if (text.isBlank()) {
      throw new ArticleParseException(Reason.EMPTY, source, "the input is empty or blank");
    }
    int controls = 0;
    int n = Math.min(text.length(), 1 << 20);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new ArticleParseException(Reason.BINARY, source, "the input holds NUL characters: it is binary, not text");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
        controls++;
      }
    }
    if (controls > 8 && controls * 100 > n) {
      throw new ArticleParseException(Reason.BINARY, source, "the input is " + (controls * 100 / n)
          + "% control or replacement characters: it looks binary, not text");
    }
  }

  private static boolean looksLikeHtml(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    String head = text.substring(i, Math.min(text.length(), i + 200)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains(
        "<html");
  }

  private static String idOf(String content) {
    return "a" + Hashing.sha256().hashString(content, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String s = dot > 0 ? fileName.substring(0, dot) : fileName;
    return s.isBlank() ? "article" : s;
  }
}
