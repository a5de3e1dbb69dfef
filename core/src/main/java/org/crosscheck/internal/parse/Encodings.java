package org.crosscheck.internal.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.crosscheck.ArticleParseException;
import org.crosscheck.ArticleParseException.Reason;

/**
 * Decodes the bytes of an article: UTF-8, with or without a byte-order mark, or UTF-16 in either byte order when a
 * byte-order mark says so (Windows editors save "Unicode" text that way). Anything else is refused with a reason:
 * NUL bytes are binary data, malformed sequences an encoding the user has to convert. Stateless.
 */
final class Encodings {

  private Encodings() {}

  static String decode(byte[] bytes, String source) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      skip = 3;
    } else if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    if (utf8) {
      // In UTF-16 every ASCII character carries a NUL byte; in UTF-8 a NUL byte means binary data.
      for (byte b : bytes) {
        if (b == 0) {
          throw new ArticleParseException(Reason.BINARY, source, "the file holds NUL bytes: it is binary, not text"
              + " (UTF-16 text needs a byte-order mark)");
        }
      }
    }
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ArticleParseException(Reason.INVALID_ENCODING, source, utf8
          ? "the file is not valid UTF-8 (convert it to UTF-8 first)"
          : "the file starts with a UTF-16 byte-order mark but is not valid " + charset.name(), e);
    }
  }
}
