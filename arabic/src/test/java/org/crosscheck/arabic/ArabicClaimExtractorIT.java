package org.crosscheck.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.DateSource;
import org.crosscheck.ExtractionException;
import org.crosscheck.Language;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

/** Short Arabic sentences for each phenomenon, through the real CoreNLP Arabic pipeline. */
class ArabicClaimExtractorIT {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.builder().languages(Language.ARABIC).build();
  private static final LocalDate FRIDAY = LocalDate.of(2024, 12, 6);

  private static List<Claim> claims(String text) {
    Article a = PARSER.parse(text);
    Article dated = new Article(a.id(), a.source(), a.title(), Optional.of("بغداد اليوم"), Optional.of(FRIDAY),
        Optional.empty(), a.language(), a.text(), a.paragraphs(), a.warnings());
    return EXTRACTOR.extract(dated).claims();
  }

  private static Claim only(List<Claim> claims) {
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  @Test
  void readsReportedSpeechWithTitleAndName() {
    Claim c = only(claims("قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا ستواصل دعم سوريا."));
    assertThat(c.actor().id()).isEqualTo("RUS");
    assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("dmitry-peskov"));
    assertThat(c.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("SYR"));
    assertThat(c.stance()).isEqualTo(Stance.SUPPORT);
    assertThat(c.modality()).isEqualTo(Modality.FUTURE);
  }

  @Test
  void readsNoPlanToSaveAsANegatedSupport() {
    Claim c = only(claims("ونقل موقع بلومبرغ عن مصدر مقرب من الكرملين قوله: \"لا خطة لدى روسيا لإنقاذ الأسد\"."));
    assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(c.negated()).isTrue();
    assertThat(c.actor().id()).isEqualTo("RUS");
    assertThat(c.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("bashar-al-assad"));
    assertThat(c.attribution().anonymous()).isTrue();
    assertThat(c.attribution().direct()).isTrue();
    assertThat(c.attribution().agencies()).containsExactly("Bloomberg");
    assertThat(c.attribution().outlet()).contains("بغداد اليوم");
    assertThat(c.cue()).contains("خطة").contains("إنقاذ");
  }

  @Test
  void readsOtherNegations() {
    assertThat(only(claims("أكدت تركيا أنها لن تدعم المعارضة السورية.")).stance()).isEqualTo(Stance.OPPOSE);
    Claim adam = only(claims("أعلنت الحكومة الإيرانية عدم دعم هيئة تحرير الشام."));
    assertThat(adam.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(adam.negated()).isTrue();
  }

  @Test
  void marksConditionsAndHedges() {
    Claim condition = only(claims("قال بيسكوف إن روسيا قادرة على تقديم المساعدة العسكرية لدعم سوريا إذا لزم الأمر."));
    assertThat(condition.modality()).isEqualTo(Modality.CONDITIONAL);
    assertThat(condition.stance()).isEqualTo(Stance.SUPPORT);
    Claim hedge = only(claims("قال بيسكوف إنه من الممكن تقديم المساعدة للسلطات السورية."));
    assertThat(hedge.modality()).isEqualTo(Modality.HEDGED);
    Claim qad = only(claims("قال مسؤول إن روسيا قد تدعم الحكومة السورية الجديدة."));
    assertThat(qad.modality()).isEqualTo(Modality.HEDGED);
  }

  @Test
  void continuesTheLastNamedSpeaker() {
    List<Claim> cs = claims("قال يوري أوشاكوف إن روسيا على اتصال مع دمشق.\nوأضاف أن موسكو تدعم الإدارة السورية الجديدة.");
    assertThat(cs).hasSize(2);
    assertThat(cs.get(1).speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("yuri-ushakov"));
    assertThat(cs.get(1).target()).hasValueSatisfying(t -> assertThat(t.id())
        .isEqualTo("syria-transitional-government"));
  }

  @Test
  void seesActorsBehindClitics() {
    Claim c = only(claims("وقالت الخارجية التركية إن أنقرة ستدعم وروسيا المعارضة السورية."));
    assertThat(c.actor().id()).isEqualTo("TURGOV");
    Claim l = only(claims("أكد الرئيس الإيراني دعم بلاده للأسد."));
    assertThat(l.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("bashar-al-assad"));
    assertThat(l.actor().id()).isEqualTo("IRN");
  }

  @Test
  void readsQuotesInGuillemets() {
    // Whom the attack struck is not whom Russia condemns: the claim is toward the attack's doer.
    List<Claim> cs = claims("قال لافروف: «روسيا تدين الهجوم الإسرائيلي على دمشق».");
    Claim c = only(cs.stream().filter(x -> x.actor().id().equals("RUS")).toList());
    assertThat(c.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("ISR"));
    assertThat(c.attribution().direct()).isTrue();
    assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("sergey-lavrov"));
  }

  @Test
  void flagsAnonymousSources() {
    Claim c = only(claims("قالت مصادر مطلعة إن روسيا رفضت طلب الحكومة السورية."));
    assertThat(c.attribution().anonymous()).isTrue();
    assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void datesClaimsFromTheText() {
    Claim c = only(claims("قال بيسكوف أمس الخميس إن روسيا تدعم سوريا."));
    assertThat(c.date()).contains(LocalDate.of(2024, 12, 5));
    assertThat(c.dateSource()).isEqualTo(DateSource.TEXT);
    Claim d = only(claims("قال بيسكوف اليوم الجمعة (6 كانون الأول 2024) إن روسيا تدعم سوريا."));
    assertThat(d.date()).contains(FRIDAY);
  }

  @Test
  void findsNoClaimsInBackground() {
    assertThat(claims("يشار إلى أن روسيا قد دخلت على خط الأزمة السورية عسكريا في نهاية سبتمبر 2015 دعما للنظام السوري."))
        .isEmpty();
    assertThat(claims("أشار خبراء إلى أن روسيا تدعم النظام السوري.")).isEmpty();
  }

  @Test
  void refusesMostlyLatinTextMarkedArabic() {
    Article latin = PARSER.parse("Russia backs Assad\nThe Kremlin said Russia would continue to back Assad.");
    Article marked = new Article(latin.id(), latin.source(), latin.title(), latin.outlet(), latin.published(),
        latin.publishedTime(), Language.ARABIC, latin.text(), latin.paragraphs(), latin.warnings());
    assertThatThrownBy(() -> EXTRACTOR.extract(marked)).isInstanceOf(ExtractionException.class)
        .hasMessageContaining("not read as Arabic");
  }
}
