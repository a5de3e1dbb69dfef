package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files under ids the caller chooses, streams, byte-order marks, and paths that are not regular files. */
class ArticleParserSourcesTest {

  private static final String EN = "Russia backs Syria\nThe Kremlin said on Monday that Russia would keep backing Syria.\n";
  private static final String AR = "روسيا تدعم سوريا\nقال الكرملين يوم الاثنين إن روسيا ستواصل دعم سوريا.\n";

  private final ArticleParser parser = ArticleParser.create();

  @TempDir
  Path dir;

  private static byte[] bom(byte[] bom, byte[] body) {
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  @Test
  void parsesAFileUnderTheIdTheCallerGives() throws IOException {
    Path f = Files.writeString(dir.resolve("index.txt"), EN);
    Article a = parser.parse(f, "2024/12/02/index.html");
    assertThat(a.id()).isEqualTo("2024/12/02/index.html");
    assertThat(a.source()).isEqualTo("index.txt");
    assertThat(a.title()).isEqualTo("Russia backs Syria");
    assertThat(parser.parse(f).id()).isEqualTo("index");
    assertThatThrownBy(() -> parser.parse(f, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
  }

  @Test
  void parsesAStreamWithTheRulesForFiles() {
    Article a = parser.parse(new ByteArrayInputStream(AR.getBytes(StandardCharsets.UTF_8)), "stdin:1", "stdin");
    assertThat(a.id()).isEqualTo("stdin:1");
    assertThat(a.source()).isEqualTo("stdin");
    assertThat(a.language()).isEqualTo(Language.ARABIC);
    assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(new byte[] {'a', 0, 'b'}), "x", "stdin"))
        .isInstanceOfSatisfying(ArticleParseException.class,
            e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.BINARY));
  }

  @Test
  void refusesAStreamThatNeverEndsAsTooLargeAfterReadingJustPastTheLimit() {
    ArticleParser small = ArticleParser.create(ParseOptions.builder().maxChars(1024).build());
    InputStream endless = new InputStream() {
      long read;

      @Override
      public int read() {
        read++;
        if (read > 1_000_000) {
          throw new AssertionError("read far past the limit");
        }
        return 'a';
      }
    };
    assertThatThrownBy(() -> small.parse(endless, "x", "stdin")).isInstanceOfSatisfying(ArticleParseException.class,
        e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.TOO_LARGE));
  }

  @Test
  void decodesUtf16WithAByteOrderMarkInBothOrdersAndUtf8WithOne() throws IOException {
    Path le = Files.write(dir.resolve("le.txt"), bom(new byte[] {(byte) 0xFF, (byte) 0xFE},
        AR.getBytes(StandardCharsets.UTF_16LE)));
    Path be = Files.write(dir.resolve("be.txt"), bom(new byte[] {(byte) 0xFE, (byte) 0xFF},
        EN.getBytes(StandardCharsets.UTF_16BE)));
    Path u8 = Files.write(dir.resolve("u8.txt"), bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        EN.getBytes(StandardCharsets.UTF_8)));
    assertThat(parser.parse(le).title()).isEqualTo("روسيا تدعم سوريا");
    assertThat(parser.parse(be).title()).isEqualTo("Russia backs Syria");
    assertThat(parser.parse(u8).title()).isEqualTo("Russia backs Syria");
    Path noBom = Files.write(dir.resolve("nobom.txt"), EN.getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> parser.parse(noBom)).isInstanceOfSatisfying(ArticleParseException.class,
        e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.BINARY))
        .hasMessageContaining("byte-order mark");
    Path broken = Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xDC});
    assertThatThrownBy(() -> parser.parse(broken)).isInstanceOfSatisfying(ArticleParseException.class,
        e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.INVALID_ENCODING));
  }

  @Test
  void refusesDirectoriesAndStripsBidiControlsFromTheSourceName() throws IOException {
    assertThatThrownBy(() -> parser.parse(dir)).isInstanceOfSatisfying(ArticleParseException.class,
        e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.UNREADABLE))
        .hasMessageContaining("not a regular file (a directory)");
    Path evil = Files.writeString(dir.resolve("a\u202Etxt.exe.txt"), EN);
    Article a = parser.parse(evil);
    assertThat(a.source()).isEqualTo("atxt.exe.txt");
    assertThat(a.id()).isEqualTo("atxt.exe");
  }
}
