package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser with core alone: no language module is on this class path, so what is tested here works without any
 * language's words (HTML metadata, ISO dates, scripts, text cleaning, the position and shape of furniture). The
 * furniture, date and detection words of English and Arabic are tested in their modules.
 */
class ArticleParserTest {

  private final ArticleParser parser = ArticleParser.create();

  @TempDir
  Path dir;

  @Test
  void keepsSectionHeadingsAsHeadingParagraphs() {
    Article a = parser.parse("""
        Syria and Russia Aim to Reforge Ties
        In a significant diplomatic overture, Syrian Foreign Minister Asaad al-Shibani announced that Syria and Russia are keen to turn the page.
        Background & Context
        The relationship between Syria and Russia has historically been complex, marked by periods of strong alliance.
        """);
    assertThat(a.title()).isEqualTo("Syria and Russia Aim to Reforge Ties");
    assertThat(a.paragraphs()).extracting(Paragraph::kind)
        .containsExactly(Paragraph.Kind.BODY, Paragraph.Kind.HEADING, Paragraph.Kind.BODY);
    assertThat(a.paragraphs().get(1).text(a)).isEqualTo("Background & Context");
  }

  @Test
  void takesTitleOutletAndDateFromHtmlMetadataAndDropsNavigationScriptsCommentsAndShareBlocks() {
    Article a = parser.parseHtml("""
        <!DOCTYPE html><html><head><title>Russia backs Assad | Example News</title>
        <meta property="og:title" content="Russia vows continued support for Assad">
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2024-12-02T09:30:00+03:00">
        <script>var tracking = "Russia opposes everyone";</script><style>p{color:red}</style></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <div class="share-buttons">Share on Facebook Share on Twitter</div>
        <article><h1>Russia vows continued support for Assad</h1>
        <p>On December 2, Kremlin spokesman Dmitry Peskov said Russia would continue to back Assad.</p>
        <!-- an editor's comment that is not text -->
        <p>Iran's foreign minister reaffirmed his country's steadfast support for the Assad government.</p>
        <aside>Related: other stories</aside></article>
        <footer>© Example News 2024</footer></body></html>
        """, "https://example.com/news/1");
    assertThat(a.title()).isEqualTo("Russia vows continued support for Assad");
    assertThat(a.outlet()).contains("Example News");
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 2));
    assertThat(a.publishedTime()).contains(LocalTime.of(9, 30));
    assertThat(a.source()).isEqualTo("https://example.com/news/1");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.text()).doesNotContain("tracking", "Home", "Facebook", "comment", "Related", "©", "color");
  }

  @Test
  void readsDateFromTimeElementOrJsonLdWhenMetaTagsAreMissing() {
    Article withTime = parser.parseHtml("<html><body><article><h1>Talks in Ankara</h1><time datetime=\"2025-01-15\">"
        + "15 January</time><p>Turkey and Syria held talks in Ankara on security along their border today.</p>"
        + "</article></body></html>", "a.html");
    assertThat(withTime.published()).contains(LocalDate.of(2025, 1, 15));
    Article withLd = parser.parseHtml("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2024-12-23T20:01:00Z\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Sky News "
        + "Arabia\"}}</script></head><body><p>Russia said it was in constant contact with the new Syrian "
        + "administration.</p></body></html>", "b.html");
    assertThat(withLd.published()).contains(LocalDate.of(2024, 12, 23));
    assertThat(withLd.outlet()).contains("Sky News Arabia");
  }

  @Test
  void survivesMalformedHtml() {
    Article a = parser.parseHtml("<html><body><p>Russia backs Assad, the Kremlin said on Monday.<p><b>Unclosed"
        + " <i>tags everywhere <div>and more text about the Syrian government and its allies.</body>", "broken");
    assertThat(a.text()).contains("Russia backs Assad").contains("Syrian government");
  }

  @Test
  void readsIsoDates() {
    assertThat(parser.parse("Talks in Geneva\n2024-03-05\nThe UN envoy met the Syrian delegation in Geneva on "
        + "Tuesday to discuss the constitution.").published()).contains(LocalDate.of(2024, 3, 5));
  }

  @Test
  void normalisesPersianLettersTatweelAndBidiControls() {
    Article a = parser.parse("عنوان الخبر هنا\nقال المتحدث إن الوضع فی سوریا صعب جدا\u200F والمــوقف يتغير.");
    assertThat(a.text()).contains("في سوريا").contains("والموقف").doesNotContain("\u200F", "ـ", "ی");
  }

  @Test
  void stripsDiacriticsOnlyWhenAsked() {
    String text = "عنوان\nقالَ المتحدثُ إنَّ روسيا لم تُهزم في سوريا.";
    assertThat(parser.parse(text).text()).contains("تُهزم");
    assertThat(ArticleParser.create(ParseOptions.builder().stripDiacritics(true).build()).parse(text).text())
        .contains("تهزم").doesNotContain("ُ");
  }

  @Test
  void marksOtherLanguagesWithTheirCode() {
    Article fr = parser.parse("La Russie soutient le gouvernement syrien\nLe porte-parole du Kremlin a déclaré que la "
        + "Russie continuerait de soutenir le président syrien, selon les agences de presse.");
    assertThat(fr.language()).isEqualTo(Language.of("fr"));
    Article ru = parser.parse("Россия поддерживает Асада\nПресс-секретарь Кремля заявил, что Россия продолжит "
        + "поддерживать сирийского президента.");
    assertThat(ru.language().code()).isEqualTo("ru");
  }

  @Test
  void readsAnAcronymInCapitalsAsNoFunctionWordOfAnotherLanguage() {
    // "UN" is no Italian or French article: a short English line that names the UN stays English.
    assertThat(parser.parse("Chad expelled three senior UN envoys.").language()).isEqualTo(Language.ENGLISH);
    assertThat(parser.parse("Le Tchad a expulsé un diplomate de l'ONU et les autres sont partis.").language()).isEqualTo(Language.of("fr"));
  }

  @Test
  void keepsOneLineArticlesAsBodyWithoutTitle() {
    Article a = parser.parse("Russia backs Assad, the Kremlin said.");
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).isEqualTo("Russia backs Assad, the Kremlin said.");
    assertThat(a.warnings()).contains("no title found");
  }

  @Test
  void refusesEmptyAndBlankInput() {
    assertThatThrownBy(() -> parser.parse("")).isInstanceOfSatisfying(ArticleParseException.class,
        e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.EMPTY));
    assertThatThrownBy(() -> parser.parse(" \n\t \n")).isInstanceOf(ArticleParseException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void refusesBinaryInput() {
    assertThatThrownBy(() -> parser.parse("PK\u0003\u0004\u0000\u0000binary")).isInstanceOfSatisfying(
        ArticleParseException.class, e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.BINARY));
  }

  @Test
  void refusesInputAboveTheLimitWithoutReadingItAll() {
    ArticleParser small = ArticleParser.create(ParseOptions.builder().maxChars(2048).build());
    assertThatThrownBy(() -> small.parse("x".repeat(4000))).isInstanceOfSatisfying(ArticleParseException.class,
        e -> {
          assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.TOO_LARGE);
          assertThat(e).hasMessageContaining("2048");
        });
  }

  @Test
  void refusesFilesThatAreNotUtf8OrBinaryOrMissing() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Caf\u00e9 au lait, Syrie et Russie".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> parser.parse(latin1)).isInstanceOfSatisfying(ArticleParseException.class, e -> {
      assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.INVALID_ENCODING);
      assertThat(e.source()).contains("latin1.txt");
    });
    Path bin = dir.resolve("image.txt");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThatThrownBy(() -> parser.parse(bin)).isInstanceOfSatisfying(ArticleParseException.class,
        e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.BINARY));
    assertThatThrownBy(() -> parser.parse(dir.resolve("missing.txt"))).isInstanceOfSatisfying(
        ArticleParseException.class, e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.UNREADABLE));
  }

  @Test
  void namesFileArticlesAfterTheFileAndReadsHtmlFiles() throws IOException {
    Path f = dir.resolve("report-17.html");
    Files.writeString(f, "<html><head><title>Kremlin comment</title></head><body><p>The Kremlin said on Monday that"
        + " it was in constant contact with Damascus.</p></body></html>");
    Article a = parser.parse(f);
    assertThat(a.id()).isEqualTo("report-17");
    assertThat(a.source()).isEqualTo("report-17.html");
    assertThat(a.title()).isEqualTo("Kremlin comment");
  }

  @Test
  void rejectsNullArgumentsNamingTheParameter() {
    assertThatThrownBy(() -> parser.parse((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> parser.parse((Path) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("file");
    assertThatThrownBy(() -> parser.parseHtml("<p>x</p>", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("sourceUri");
  }

  @Test
  void giveSameIdToSameTextAndKeepParagraphOffsetsInsideText() {
    String text = "A headline here\nThe first paragraph of the article ends here.\nThe second one too.";
    Article a = parser.parse(text);
    assertThat(parser.parse(text).id()).isEqualTo(a.id());
    for (Paragraph p : a.paragraphs()) {
      assertThat(p.end()).isLessThanOrEqualTo(a.text().length());
      assertThat(a.text().substring(p.start(), p.end())).isNotBlank();
    }
  }
}
