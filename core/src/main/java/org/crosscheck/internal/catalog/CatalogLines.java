package org.crosscheck.internal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.crosscheck.CatalogException;

/**
 * Reads a catalog file line by line with the line number, never holding more than {@link #MAX_LINE} of one line:
 * a longer line fails with {@code file:line} before it can exhaust the heap. From bytes, each line is decoded as
 * strict UTF-8 on its own, so a decoding error names its line (a newline byte never occurs inside a UTF-8
 * sequence); a byte-order mark at the start is dropped. Not thread-safe.
 */
final class CatalogLines {

  /** The longest line accepted: 1 MiB (bytes for files and streams, characters for readers). */
  static final int MAX_LINE = 1 << 20;

  private final InputStream bytes;
  private final Reader chars;
  private final String file;
  private final int maxLine;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] byteBuf = new byte[1 << 16];
  private final char[] charBuf = new char[1 << 15];
  private int pos;
  private int limit;
  private int number;
  private boolean eof;

  private CatalogLines(InputStream bytes, Reader chars, String file, int maxLine) {
    this.bytes = bytes;
    this.chars = chars;
    this.file = file;
    this.maxLine = maxLine;
  }

  static CatalogLines of(InputStream in, String file) {
    return new CatalogLines(in, null, file, MAX_LINE);
  }

  static CatalogLines of(Reader in, String file) {
    return new CatalogLines(null, in, file, MAX_LINE);
  }

  /** For tests: a smaller limit. */
  static CatalogLines of(InputStream in, String file, int maxLine) {
    return new CatalogLines(in, null, file, maxLine);
  }

  /** The 1-based number of the line {@link #next()} returned last. */
  int number() {
    return number;
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}), or {@code null} at the end. */
  String next() throws IOException {
    if (pos >= limit && !fill()) {
      return null;
    }
    number++;
    return bytes != null ? nextFromBytes() : nextFromChars();
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int r;
    try {
      r = bytes != null ? bytes.read(byteBuf) : chars.read(charBuf);
    } catch (CharacterCodingException e) {
      throw new CatalogException(file, Math.max(1, number), "not valid UTF-8 (save the file as UTF-8)");
    }
    pos = 0;
    limit = Math.max(0, r);
    eof = r < 0;
    return r > 0;
  }

  private String nextFromBytes() throws IOException {
    byte[] line = new byte[256];
    int n = 0;
    while (pos < limit || fill()) {
      byte b = byteBuf[pos++];
      if (b == '\n') {
        break;
      }
      if (n == maxLine) {
        throw tooLong("bytes");
      }
      if (n == line.length) {
        line = Arrays.copyOf(line, Math.min(maxLine, line.length * 2));
      }
      line[n++] = b;
    }
    int start = number == 1 && n >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF
        ? 3 : 0;
    int end = n > start && line[n - 1] == '\r' ? n - 1 : n;
    try {
      return utf8.decode(ByteBuffer.wrap(line, start, end - start)).toString();
    } catch (CharacterCodingException e) {
      throw new CatalogException(file, number, "not valid UTF-8 (save the file as UTF-8)");
    }
  }

  private String nextFromChars() throws IOException {
    StringBuilder line = new StringBuilder();
    while (pos < limit || fill()) {
      char c = charBuf[pos++];
      if (c == '\n') {
        break;
      }
      if (line.length() == maxLine) {
        throw tooLong("characters");
      }
      line.append(c);
    }
    int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
    return number == 1 && end > 0 && line.charAt(0) == '\uFEFF' ? line.substring(1, end) : line.substring(0, end);
  }

  private CatalogException tooLong(String unit) {
    return new CatalogException(file, number, String.format(java.util.Locale.ROOT,
        "the line is longer than %,d %s, the limit for one actor", maxLine, unit));
  }
}
