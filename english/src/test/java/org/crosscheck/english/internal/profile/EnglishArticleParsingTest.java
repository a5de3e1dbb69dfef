package org.crosscheck.english.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.crosscheck.Article;
import org.crosscheck.ArticleParseException;
import org.crosscheck.ArticleParser;
import org.crosscheck.Language;
import org.junit.jupiter.api.Test;

/** Scraped English pages, parsed with the English furniture, date and detection words of the profile. */
class EnglishArticleParsingTest {

  private final ArticleParser parser = ArticleParser.create();

  private static final String BODY = "The Kremlin said on Monday that it was in constant contact with the new "
      + "authorities in Damascus about the future of its bases.\nMoscow has kept its embassy open and its diplomats "
      + "have met the new administration several times since the fall of Assad.";

  @Test
  void findsTitleDateAndBodyOfScrapedEnglishText() {
    Article a = parser.parse("""
        Dark Mode
        Thursday, 26 December 2024
        Logo
          • Russia Informs Damascus It Will Not Intervene

        Russia Informs Damascus It Will Not Intervene

         Informed sources reported that the Russian leadership has notified the Syrian government that it does not intend to provide any assistance.

        Moscow issued direct warnings to the Syrian government regarding the necessity to refrain from provoking opposition forces.
        """);
    assertThat(a.title()).isEqualTo("Russia Informs Damascus It Will Not Intervene");
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 26));
    assertThat(a.language()).isEqualTo(Language.ENGLISH);
    assertThat(a.outlet()).isEmpty();
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.text()).startsWith("Informed sources reported").doesNotContain("Dark Mode", "Logo", "•");
  }

  @Test
  void refusesFurnitureOnlyInput() {
    assertThatThrownBy(() -> parser.parse("Dark Mode\nLogo\nWhatsApp\nShare")).isInstanceOfSatisfying(
        ArticleParseException.class, e -> assertThat(e.reason()).isEqualTo(ArticleParseException.Reason.EMPTY));
  }

  @Test
  void readsALabelledDateLineWithItsTime() {
    Article a = parser.parse("Kremlin keeps contact with Damascus\nPublished on: December 2, 2024 at 10:30 p.m.\n"
        + BODY);
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 2));
    assertThat(a.publishedTime()).contains(LocalTime.of(22, 30));
    assertThat(a.text()).doesNotContain("Published");
    assertThat(a.outlet()).isEmpty();
    Article gmt = parser.parse("Kremlin keeps contact with Damascus\nPublished: 6th, December 2024 GMT\n" + BODY);
    assertThat(gmt.published()).contains(LocalDate.of(2024, 12, 6));
    assertThat(gmt.outlet()).isEmpty();
  }

  @Test
  void takesNoDateLabelForTheOutlet() {
    Article a = parser.parse("Kremlin keeps contact with Damascus\nLast updated: 6 December 2024\n" + BODY);
    assertThat(a.published()).contains(LocalDate.of(2024, 12, 6));
    assertThat(a.outlet()).isEmpty();
  }

  @Test
  void takesTheOutletFromACreditLineAndASourceLineAndEndsAtReadMore() {
    Article credit = parser.parse("Kremlin keeps contact with Damascus\nReuters - Staff\n" + BODY);
    assertThat(credit.outlet()).contains("Reuters");
    assertThat(credit.text()).doesNotContain("Staff");
    String withTags = BODY.replace("\n", "\nTags: Russia, Syria\n");
    Article source = parser.parse("Kremlin keeps contact with Damascus\n" + withTags
        + "\nSource: the Moscow Times\nRead more: Assad granted asylum in Moscow\nOther text.");
    assertThat(source.outlet()).contains("Moscow Times");
    assertThat(source.text()).doesNotContain("Source:", "Tags:", "asylum", "Other text");
    assertThat(source.warnings()).anyMatch(w -> w.contains("read also"));
  }

  @Test
  void tellsEnglishFromDutchByItsFunctionWords() {
    Article a = parser.parse("Van Dijk said in Den Haag that the plan is in line with the de facto border, and "
        + "that it has the support of the EU.");
    assertThat(a.language()).isEqualTo(Language.ENGLISH);
  }
}
