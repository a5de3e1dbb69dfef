package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog loader refuses what would otherwise be accepted silently or end in an OutOfMemoryError. */
class CatalogLoadTest {

  private static final String JANE = "{\"id\":\"jane-roe\",\"kind\":\"PERSON\",\"names\":{\"en\":[\"Jane Roe\"],"
      + "\"ar\":[\"جين رو\"]}}";

  @TempDir
  Path dir;

  private static CatalogException refused(String rows) {
    try {
      ActorCatalog.builder().load(new StringReader(rows), "host.jsonl");
    } catch (CatalogException e) {
      return e;
    }
    throw new AssertionError("accepted: " + rows);
  }

  @Test
  void refusesTextAfterTheObject() {
    CatalogException e = refused(JANE + "\n" + JANE.replace("jane-roe", "john") + " {\"x\":1}\n");
    assertThat(e.getMessage()).isEqualTo("host.jsonl:2: trailing text after the JSON object (one actor a line)");
    assertThat(refused(JANE + " garbage").line()).hasValue(1);
  }

  @Test
  void refusesAKeyGivenTwice() {
    assertThat(refused("{\"id\":\"a\",\"kind\":\"PERSON\",\"kind\":\"STATE\",\"names\":{\"en\":[\"A\"]}}")
        .getMessage()).startsWith("host.jsonl:1: duplicate key 'kind'");
  }

  @Test
  void refusesHoldsThatIsNotABoolean() {
    for (String holds : new String[] {"\"yes\"", "1", "\"true\""}) {
      assertThat(refused(JANE + "\n{\"id\":\"a\",\"kind\":\"PERSON\",\"names\":{\"en\":[\"A\"]},\"memberOf\":[{"
          + "\"id\":\"jane-roe\",\"holds\":" + holds + "}]}").getMessage())
          .startsWith("host.jsonl:2: field 'holds' must be true or false");
    }
  }

  @Test
  void refusesMemberOfCyclesNamingThem() {
    String a = "{\"id\":\"a\",\"kind\":\"ORGANISATION\",\"names\":{\"en\":[\"Alpha Org\"]},\"memberOf\":[{\"id\":\"b\"}]}";
    String b = "{\"id\":\"b\",\"kind\":\"ORGANISATION\",\"names\":{\"en\":[\"Beta Org\"]},\"memberOf\":[{\"id\":\"c\","
        + "\"from\":\"2020-01-01\"}]}";
    String c = "{\"id\":\"c\",\"kind\":\"ORGANISATION\",\"names\":{\"en\":[\"Gamma Org\"]},\"memberOf\":[{\"id\":\"a\","
        + "\"until\":\"2010-01-01\"}]}";
    assertThat(refused(JANE + "\n" + a + "\n" + b + "\n" + c).getMessage())
        .startsWith("host.jsonl:2: memberOf cycle: a → b → c → a");
    // Through an actor already in the catalog.
    ActorCatalog base = ActorCatalog.builder().load(new StringReader(a.replace("\"b\"", "\"RUS\"") + "\n"
        + "{\"id\":\"RUS\",\"kind\":\"STATE\",\"names\":{\"en\":[\"Russia\"]}}"), "base").build();
    assertThatThrownBy(() -> base.toBuilder().load(new StringReader(
        "{\"id\":\"RUS\",\"kind\":\"STATE\",\"names\":{\"en\":[\"Russia\"]},\"memberOf\":[{\"id\":\"a\"}]}"), "more"))
        .hasMessageStartingWith("more:1: memberOf cycle: RUS → a → RUS");
    // And through actors added in code.
    Actor x = Actor.builder("x", ActorKind.ORGANISATION).names(Language.ENGLISH, "X Org").memberOf("y").build();
    Actor y = Actor.builder("y", ActorKind.ORGANISATION).names(Language.ENGLISH, "Y Org").memberOf("x").build();
    assertThatThrownBy(() -> ActorCatalog.builder().add(x).add(y).build()).isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("memberOf cycle: x → y → x");
  }

  @Test
  void hasNoMemberOfCycleInTheBundledCatalog() {
    assertThat(ActorCatalog.defaultCatalog().toBuilder().build().size())
        .isEqualTo(ActorCatalog.defaultCatalog().size());
  }

  @Test
  void refusesBytesThatAreNotUtf8NamingTheLine() throws IOException {
    Path f = Files.write(dir.resolve("latin1.jsonl"), (JANE + "\n# comment\n{\"id\":\"caf\u00e9\",\"kind\":\"PERSON\","
        + "\"names\":{\"en\":[\"Caf\u00e9\"]}}\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ActorCatalog.builder().load(f)).isInstanceOfSatisfying(CatalogException.class, e -> {
      assertThat(e.getMessage()).isEqualTo(f + ":3: not valid UTF-8 (save the file as UTF-8)");
      assertThat(e.line()).hasValue(3);
    });
  }

  @Test
  void refusesALineLongerThanTheLimitWithoutReadingItAll() throws IOException {
    long[] read = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ++read[0] > 100_000_000 ? -1 : 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = 'x';
        }
        read[0] += len;
        return len;
      }
    };
    Path f = dir.resolve("endless.jsonl");
    assertThatThrownBy(() -> org.crosscheck.internal.catalog.CatalogFormat.read(endless, f.toString()))
        .isInstanceOf(CatalogException.class)
        .hasMessage(f + ":1: the line is longer than 1,048,576 bytes, the limit for one actor");
    assertThat(read[0]).isLessThan(2 << 20);
    assertThatThrownBy(() -> ActorCatalog.builder().load(new StringReader(JANE + "\n" + "y".repeat(1_100_000)),
        "host")).hasMessage("host:2: the line is longer than 1,048,576 characters, the limit for one actor");
  }

  @Test
  void stripsBidiControlsFromIdsAndNames() {
    ActorCatalog c = ActorCatalog.builder().load(new StringReader(JANE.replace("Jane Roe", "Jane\u202E Roe")
        .replace("jane-roe", "jane-\u2067roe") + "\n{\"id\":\"x\",\"kind\":\"PERSON\",\"names\":{\"en\":[\"X Y\"]},"
        + "\"memberOf\":[{\"id\":\"jane-roe\\u200e\"}]}"), "h").build();
    assertThat(c.actor("jane-roe").orElseThrow().name()).isEqualTo("Jane Roe");
    assertThat(c.chain("x", Optional.empty())).containsExactly("x", "jane-roe");
  }

  @Test
  void stillLoadsAGoodFileWithABomCrLfAndComments() throws IOException {
    byte[] body = ("# mine\r\n" + JANE + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Path f = Files.write(dir.resolve("mine.jsonl"), bytes);
    ActorCatalog c = ActorCatalog.defaultCatalog().toBuilder().load(f).build();
    assertThat(c.findMentions("Jane Roe met them", Language.ENGLISH, Optional.empty()))
        .anySatisfy(m -> assertThat(m.actor().id()).isEqualTo("jane-roe"));
  }
}
