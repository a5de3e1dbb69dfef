package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArticleParserPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  @Provide
  Arbitrary<String> newsLikeText() {
    Arbitrary<String> words = Arbitraries.of("Russia", "backs", "Assad", "the", "Kremlin", "said", ".", ",", "\n",
        "\n\n", "روسيا", "الأسد", "قال", "إن", "لا", "خطة", "•", "Logo", "WhatsApp", "إقرأ أيضاً:", "Tags:",
        "Thursday, 26 December 2024", "الاثنين 23 كانون الأول 2024 - 20:01", "<p>", "</p>", "\u200F", "ـ", "ی",
        "\"", "«", "2024-12-06", "١٢", "Read also", "المصدر: وكالة", "Dark Mode");
    return words.list().ofMaxSize(80).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void randomNewsLikeTextYieldsAnArticleOrAParseException(@ForAll("newsLikeText") String text) {
    check(text);
  }

  @Property(tries = 300)
  void arbitraryUnicodeYieldsAnArticleOrAParseException(@ForAll String text) {
    check(text);
  }

  @Property(tries = 100)
  void arbitraryHtmlLikeInputYieldsAnArticleOrAParseException(@ForAll("newsLikeText") String text) {
    try {
      Article a = PARSER.parseHtml("<html><body><article>" + text + "</article></body></html>", "x.html");
      offsetsInside(a);
    } catch (ArticleParseException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static void check(String text) {
    try {
      offsetsInside(PARSER.parse(text));
    } catch (ArticleParseException e) {
      assertThat(e.reason()).isNotNull();
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static void offsetsInside(Article a) {
    assertThat(a.text()).isNotBlank();
    int previous = 0;
    for (Paragraph p : a.paragraphs()) {
      assertThat(p.start()).isGreaterThanOrEqualTo(previous);
      assertThat(p.end()).isLessThanOrEqualTo(a.text().length());
      previous = p.end();
    }
  }
}
