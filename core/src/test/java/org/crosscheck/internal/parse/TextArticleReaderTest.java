package org.crosscheck.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.crosscheck.Article;
import org.crosscheck.ArticleParseException;
import org.crosscheck.ArticleParser;
import org.crosscheck.Language;
import org.crosscheck.ParseOptions;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.TestProfiles;
import org.junit.jupiter.api.Test;

/**
 * The furniture, date and detection mechanics of the parser on an invented language's vocabulary: each rule
 * works from the profile's words alone, and without a profile only the position and shape rules apply.
 */
class TextArticleReaderTest {

  private static final ArticleParser ZEMBLAN = new DefaultArticleParser(ParseOptions.defaults(), TestProfiles.both());
  private static final ArticleParser NEUTRAL = new DefaultArticleParser(ParseOptions.defaults(), Profiles.none());

  private static final String BODY_1 = "Da Palace estas ke la regeno kaj la presa diskutis longe pri la nova plano en"
      + " la urbo.";
  private static final String BODY_2 = "La ofisers de Zembla estas ke la plano kaj la regeno estas bona por la urbo"
      + " kaj la lando.";

  @Test
  void refusesAnArticleOfWidgetWordsOnly() {
    String widgets = "sharo\nmennu klikko\nikonosharo";
    assertThatThrownBy(() -> ZEMBLAN.parse(widgets)).isInstanceOfSatisfying(ArticleParseException.class,
        e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.EMPTY));
    assertThat(NEUTRAL.parse(widgets).text()).contains("ikonosharo");
  }

  @Test
  void endsTheArticleAtAReadAlsoMarker() {
    String text = "Nova plano por la urbo\n" + BODY_1 + "\n" + BODY_2 + "\n» Lesu ankau: alia artikolo\n" + BODY_1;
    Article a = ZEMBLAN.parse(text);
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.text()).doesNotContain("alia artikolo");
    assertThat(a.warnings()).anyMatch(w -> w.contains("read also"));
    assertThat(NEUTRAL.parse(text).text()).contains("alia artikolo");
  }

  @Test
  void keepsShortSentencesAfterTheLastLongParagraphAndDropsShortLabelsThere() {
    String text = "Nova plano por la urbo\n" + BODY_1 + "\nLa regeno rifuzis la akuzojn.\nLa urbo atendas.\n"
        + "Kopirajto: la Zembla Post.\nsharo klikko";
    Article a = NEUTRAL.parse(text);
    assertThat(a.text()).contains("La regeno rifuzis la akuzojn.").doesNotContain("atendas", "Kopirajto", "klikko");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void dropsTagLinesAndTakesTheOutletFromASourceLineWithoutItsPrefix() {
    String text = "Nova plano por la urbo\n" + BODY_1 + "\nEtikedoj: urbo, plano\n" + BODY_2
        + "\nFonto: la Zembla Post";
    Article a = ZEMBLAN.parse(text);
    assertThat(a.outlet()).contains("Zembla Post");
    assertThat(a.text()).doesNotContain("Fonto", "Etikedoj");
    Article neutral = NEUTRAL.parse(text);
    assertThat(neutral.outlet()).isEmpty();
    assertThat(neutral.text()).contains("Etikedoj");
  }

  @Test
  void takesTheOutletFromACreditLineUnderTheHeadline() {
    Article a = ZEMBLAN.parse("Nova plano por la urbo\nZembla Post - redakcio\n" + BODY_1 + "\n" + BODY_2);
    assertThat(a.outlet()).contains("Zembla Post");
    assertThat(a.text()).doesNotContain("redakcio");
  }

  @Test
  void readsALabelledDateLineInTheProfilesWordsAndTheOutletBesideIt() {
    Article a = ZEMBLAN.parse("Nova plano por la urbo\nPublikigita: Venedo 6 Dekkar 2024 um 8:15 nm Zembla Post\n"
        + BODY_1 + "\n" + BODY_2);
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 6));
    assertThat(a.publishedTime()).contains(LocalTime.of(20, 15));
    assertThat(a.outlet()).contains("Zembla Post");
    assertThat(a.title()).isEqualTo("Nova plano por la urbo");
    assertThat(NEUTRAL.parse("Nova plano por la urbo\nPublikigita: 6 Dekkar 2024\n" + BODY_1).published())
        .isEmpty();
  }

  @Test
  void prefersTheLabelledDateToAnEarlierOne() {
    Article a = ZEMBLAN.parse("Nova plano por la urbo\n2 Dekkar 2024\nPublikigita: 6 Dekkar 2024\n" + BODY_1 + "\n"
        + BODY_2);
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 6));
  }

  @Test
  void takesNoDateLabelForTheOutlet() {
    Article a = ZEMBLAN.parse("Nova plano por la urbo\nRevizita: 6 Dekkar 2024\n" + BODY_1 + "\n" + BODY_2);
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 6));
    assertThat(a.outlet()).isEmpty();
  }

  @Test
  void detectsALanguageByItsProfilesFunctionWords() {
    assertThat(ZEMBLAN.parse(BODY_1 + "\n" + BODY_2).language()).isEqualTo(TestProfiles.ZEMBLAN);
    assertThat(NEUTRAL.parse(BODY_1 + "\n" + BODY_2).language()).isNotEqualTo(TestProfiles.ZEMBLAN);
  }

  @Test
  void readsIsoDatesAndScriptsWithoutAnyProfile() {
    Article a = NEUTRAL.parse("Nova plano por la urbo\n2024-12-06\n" + BODY_1);
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 6));
    assertThat(NEUTRAL.parse("قال المتحدث باسم الحكومة إن الخطة الجديدة ستطبق في المدينة خلال الأسابيع المقبلة.")
        .language()).isEqualTo(Language.ARABIC);
  }
}
