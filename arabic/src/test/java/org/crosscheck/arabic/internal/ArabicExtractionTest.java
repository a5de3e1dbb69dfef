package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.ExtractionException;
import org.crosscheck.Language;
import org.junit.jupiter.api.Test;

class ArabicExtractionTest {

  private static Article markedArabic(String text) {
    Article a = ArticleParser.create().parse(text);
    return new Article(a.id(), a.source(), a.title(), a.outlet(), a.published(), a.publishedTime(), Language.ARABIC,
        a.text(), a.paragraphs(), a.warnings());
  }

  @Test
  void refusesAnArticleMarkedArabicWhoseTextIsMostlyLatin() {
    assertThatThrownBy(() -> ArabicExtraction.get().check(markedArabic("The ministry said it backs the talks. قال")))
        .isInstanceOf(ExtractionException.class).hasMessageContaining("not read as Arabic");
  }

  @Test
  void acceptsArabicTextWithSomeLatinNames() {
    assertThatCode(() -> ArabicExtraction.get().check(markedArabic("قال الوزير لوكالة Reuters إن الحكومة تدعم الحوار.")))
        .doesNotThrowAnyException();
  }
}
