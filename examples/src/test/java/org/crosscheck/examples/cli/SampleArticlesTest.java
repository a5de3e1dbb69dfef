package org.crosscheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.Language;
import org.junit.jupiter.api.Test;

/** The five bundled samples parse as the seeds' README says: title, language, date and outlet, no furniture. */
class SampleArticlesTest {

  private static final Map<String, Article> SAMPLES = Inputs.samples().stream()
      .map(in -> Batch.parse(ArticleParser.create(), in)).collect(Collectors.toMap(Article::id, a -> a));

  private static Article sample(String prefix) {
    return SAMPLES.values().stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void bundlesFiveSamples() {
    assertThat(SAMPLES).hasSize(5);
    assertThat(SAMPLES.values()).filteredOn(a -> a.language().equals(Language.ARABIC)).hasSize(2);
    assertThat(SAMPLES.values()).filteredOn(a -> a.language().equals(Language.ENGLISH)).hasSize(3);
  }

  @Test
  void parsesTheRussianLeadershipArticle() {
    Article a = sample("000");
    assertThat(a.title()).isEqualTo("Russian Leadership Informs Syrian Government of Its Intention Not to "
        + "Intervene in Any New Conflict");
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 26));
    assertThat(a.outlet()).isEmpty();
    assertThat(a.text()).startsWith("Informed sources reported").doesNotContain("Dark Mode", "Logo", "بشار");
  }

  @Test
  void parsesTheShibaniArticleWithoutDate() {
    Article a = sample("001");
    assertThat(a.title()).isEqualTo("Syria and Russia Aim to Reforge Ties and Move Forward After Turbulent Past");
    assertThat(a.published()).isEmpty();
    assertThat(a.language()).isEqualTo(Language.ENGLISH);
  }

  @Test
  void parsesTheSkyNewsArabiaArticle() {
    Article a = sample("002");
    assertThat(a.title()).isEqualTo("لتعزيز التعاون العسكري... روسيا على اتصال مع \"سوريا الجديدة\"");
    assertThat(a.outlet()).contains("سكاي نيوز عربية");
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 23));
    assertThat(a.publishedTime()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("20:01"));
    assertThat(a.text()).startsWith("قال يوري أوشاكوف").doesNotContain("placeholder", "WhatsApp", "واتساب",
        "الأكثر قراءة", "المزيد", "اقليمي ودولي");
  }

  @Test
  void parsesTheBaghdadTodayArticleAndEndsItBeforeReadAlso() {
    Article a = sample("003");
    assertThat(a.title()).isEqualTo("مصدر مقرب من الكرملين: لا خطة لدى روسيا لإنقاذ الأسد");
    assertThat(a.outlet()).contains("بغداد اليوم");
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 6));
    assertThat(a.text()).endsWith("قد يشكل الإنذار الأخير الذي لا يمكن السماح بتفاقم الخطر بعده.")
        .doesNotContain("اللجوء", "كلمات دلالية", "متابعة", "المصدر: وكالة");
  }

  @Test
  void parsesThePeskovArticleWithItsHeadline() {
    Article a = sample("004");
    assertThat(a.title()).startsWith("Russia Doubles Down on Support for Assad");
    assertThat(a.published()).isEmpty();
    assertThat(a.text()).contains("On December 2, Russian Presidential Press Secretary Dmitry Peskov stated");
  }
}
