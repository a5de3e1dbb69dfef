package org.crosscheck.arabic.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.crosscheck.Article;
import org.crosscheck.ArticleParseException;
import org.crosscheck.ArticleParser;
import org.crosscheck.Language;
import org.junit.jupiter.api.Test;

/** Scraped Arabic pages, parsed with the Arabic furniture and date words of the profile. */
class ArabicArticleParsingTest {

  private final ArticleParser parser = ArticleParser.create();

  @Test
  void findsOutletFromDateLineAndDropsArabicFooterWidgets() {
    Article a = parser.parse("""
        اقليمي ودولي
        placeholder
        سكاي نيوز عربية
        الاثنين 23 كانون الأول 2024 - 20:01 سكاي نيوز عربية
        placeholder
        روسيا على اتصال مع سوريا الجديدة
        روسيا على اتصال مع سوريا الجديدة
        قال يوري أوشاكوف، مستشار الكرملين للسياسة الخارجية، اليوم الإثنين، إن روسيا على اتصال مستمر مع الإدارة السورية الجديدة.
        تــابــــع كــل الأخــبـــــار.
        إشترك بقناتنا على واتساب
        WhatsApp
        الأكثر قراءة
        """);
    assertThat(a.title()).isEqualTo("روسيا على اتصال مع سوريا الجديدة");
    assertThat(a.outlet()).contains("سكاي نيوز عربية");
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 23));
    assertThat(a.publishedTime()).contains(LocalTime.of(20, 1));
    assertThat(a.language()).isEqualTo(Language.ARABIC);
    assertThat(a.paragraphs()).hasSize(1);
    assertThat(a.text()).startsWith("قال يوري أوشاكوف").doesNotContain("واتساب", "WhatsApp", "الأكثر");
  }

  @Test
  void cutsReadAlsoBlockAndTagLineAndTakesOutletFromSourceLine() {
    Article a = parser.parse("""
        مصدر مقرب من الكرملين: لا خطة لدى روسيا لإنقاذ الأسد
        تاريخ النشر: 6 ديسمبر 2024
        بغداد اليوم- متابعة
        قال مصدر مقرب من الكرملين اليوم الجمعة إن بلاده لا تملك خطة لانقاذ الرئيس السوري، بشار الأسد.
        ونقل موقع بلومبرغ عن المصدر قوله: "لا خطة لدى روسيا لإنقاذ الأسد".
        المصدر: وكالة بغداد اليوم
        كلمات دلالية: فی سوریا
        إقرأ أيضاً:
        الكرملين: بوتين هو من قرر منح بشار الأسد حق اللجوء في روسيا
        قال الكرملين اليوم الاثنين إنه من السابق لأوانه الحديث عن مستقبل القاعدتين العسكريتين الروسيتين في سوريا.
        """);
    assertThat(a.title()).isEqualTo("مصدر مقرب من الكرملين: لا خطة لدى روسيا لإنقاذ الأسد");
    assertThat(a.outlet()).contains("بغداد اليوم");
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 6));
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.text()).doesNotContain("اللجوء", "كلمات دلالية", "المصدر:", "متابعة", "تاريخ النشر");
    assertThat(a.warnings()).anyMatch(w -> w.contains("read also"));
  }

  @Test
  void takesTheOutletFromASourceLineWithoutTheWordForAgency() {
    Article a = parser.parse("موسكو تؤكد دعمها لدمشق\n" + BODY + "المصدر: وكالة الأنباء الروسية");
    assertThat(a.outlet()).contains("الأنباء الروسية");
  }

  private static final String BODY = """
      قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا ستواصل دعم سوريا في مواجهة المسلحين.
      وأضاف أن الاتصالات مع دمشق مستمرة على كل المستويات وأن موسكو لن تغير موقفها في الأيام المقبلة.
      """;

  @Test
  void refusesWidgetsOnly() {
    assertThatThrownBy(() -> parser.parse("إشترك بقناتنا\nواتساب\nتابعونا")).isInstanceOfSatisfying(
        ArticleParseException.class, e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.EMPTY));
  }

  @Test
  void takesTheOutletFromACreditLineAndDropsTagLinesInTheBody() {
    Article a = parser.parse("موسكو تؤكد دعمها لدمشق\nبغداد اليوم- متابعة\n" + BODY.replace("\nوأضاف",
        "\nكلمات دلالية: روسيا، سوريا\nوأضاف"));
    assertThat(a.outlet()).contains("بغداد اليوم");
    assertThat(a.text()).doesNotContain("متابعة", "كلمات دلالية");
  }

  @Test
  void takesNoDateLabelForTheOutlet() {
    Article a = parser.parse("موسكو تؤكد دعمها لدمشق\nتاريخ النشر: 6 ديسمبر 2024\n" + BODY);
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 6));
    assertThat(a.outlet()).isEmpty();
  }

  @Test
  void readsArabicIndicDigitsAndGulfMonthNames() {
    Article a = parser.parse("""
        موسكو تؤكد دعمها لدمشق
        الجمعة ٦ ديسمبر ٢٠٢٤
        قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا ستواصل دعم سوريا في مواجهة المسلحين.
        """);
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 6));
  }

  @Test
  void readsLevantineMonthNames() {
    assertThat(parser.parse("محادثات في جنيف\n5 آذار 2024\nالتقى المبعوث الأممي الوفد السوري في جنيف لمناقشة"
        + " الدستور.").published()).contains(LocalDate.of(2024, 3, 5));
  }
}
