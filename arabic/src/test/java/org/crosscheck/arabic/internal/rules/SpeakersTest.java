package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.speaker;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class SpeakersTest {

  private static final String PUTIN = "قال/VBD بوتين/NNP ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC";

  @Test
  void readsTheActorNamedAfterTheSpeechVerb() {
    Reading r = Fixture.of("قال بوتين إن روسيا تدعم سوريا.").reading(PUTIN);
    Voice v = Speakers.after(r, 0);
    assertThat(v.actor()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("vladimir-putin"));
    assertThat(v.text()).contains("بوتين");
  }

  @Test
  void readsAPlainNounAndItsAdjectivesAsAnUnnamedVoice() {
    ClaimDraft d = withCue(Fixture.of("كشفت تقارير إخبارية أن روسيا تدعم سوريا.")
        .read("كشفت/VBD تقارير/NN اخبارية/JJ ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC"), "تدعم");
    assertThat(d.speaker().map(ActorSpan::text)).contains("تقارير إخبارية");
    assertThat(d.speaker().map(s -> s.actor().kind())).contains(ActorKind.ANONYMOUS);
    assertThat(d.unnamedVoice()).isTrue();
  }

  @Test
  void analystsAfterTheVerbVoiceAnalysisAndYieldNoClaim() {
    List<ClaimDraft> ds = Fixture.of("أشار خبراء إلى أن روسيا تدعم سوريا.")
        .read("اشار/VBD خبراء/NN الى/IN ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC");
    assertThat(ds).isEmpty();
  }

  @Test
  void analystsWithTheArticleVoiceAnalysisToo() {
    List<ClaimDraft> ds = Fixture.of("قال المحللون إن روسيا تدعم سوريا.")
        .read("قال/VBD المحللون/DTNNS ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC");
    assertThat(ds).isEmpty();
  }

  @Test
  void analystsFurtherAfterTheVerbVoiceAnalysisToo() {
    List<ClaimDraft> ds = Fixture.of("قال لنا خبراء إن روسيا تدعم سوريا.")
        .read("قال/VBD ل/IN نا/PRP خبراء/NN ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC");
    assertThat(ds).isEmpty();
  }

  @Test
  void outletsBeforeTheSpeakerCarryTheVoice() {
    ClaimDraft d = withCue(Fixture.of("نقلت وكالة رويترز عن مصدر دبلوماسي أن قطر تدعم مصر.").read(
        "نقلت/VBD وكالة/NN رويترز/NNP عن/IN مصدر/NN دبلوماسي/JJ ان/IN قطر/NNP تدعم/VBP مصر/NNP ./PUNC"), "تدعم");
    assertThat(d.agencies()).extracting(a -> a.actor().id()).containsExactly("reuters");
    assertThat(d.speaker().map(s -> s.actor().kind())).contains(ActorKind.ANONYMOUS);
    assertThat(d.unnamedVoice()).isTrue();
  }

  @Test
  void spokesmanContinuesTheLastNamedSpeaker() {
    Fixture f = Fixture.of("قال بوتين إن روسيا تدعم سوريا.\nوأكد الناطق لوكالة رويترز أن موسكو تساعد دمشق.");
    f.read(PUTIN);
    ClaimDraft d = withCue(f.read(
        "و/CC اكد/VBD الناطق/DTNN ل/IN وكالة/NN رويترز/NNP ان/IN موسكو/NNP تساعد/VBP دمشق/NNP ./PUNC"), "تساعد");
    assertThat(speaker(d)).isEqualTo("vladimir-putin");
  }

  @Test
  void pronounSuffixAfterTheVerbContinuesTheLastNamedSpeaker() {
    Fixture f = Fixture.of("قال بوتين إن روسيا تدعم سوريا.\nوقال في تصريحه لوكالة رويترز إن موسكو تساعد دمشق.");
    f.read(PUTIN);
    ClaimDraft d = withCue(f.read("و/CC قال/VBD في/IN تصريح/NN ه/PRP$ ل/IN وكالة/NN رويترز/NNP ان/IN موسكو/NNP "
        + "تساعد/VBP دمشق/NNP ./PUNC"), "تساعد");
    assertThat(speaker(d)).isEqualTo("vladimir-putin");
  }

  @Test
  void prepositionRightAfterTheVerbIntroducesWhatIsReportedNotTheSpeaker() {
    Fixture f = Fixture.of("قال بوتين إن روسيا تدعم سوريا.\nوأفاد بدعم روسيا لسوريا.");
    f.read(PUTIN);
    ClaimDraft d = withCue(f.read("و/CC افاد/VBD ب/IN دعم/NN روسيا/NNP ل/IN سوريا/NNP ./PUNC"), "دعم");
    assertThat(Fixture.holder(d)).isEqualTo("RUS");
    assertThat(speaker(d)).isEqualTo("vladimir-putin");
  }

  @Test
  void theSourceIsTheLastUnnamedSource() {
    Fixture f = Fixture.of("قال مصدر مقرب من الكرملين إن روسيا تدعم سوريا.\nوأكد المصدر أن موسكو تساعد دمشق.");
    ClaimDraft first = withCue(f.read(
        "قال/VBD مصدر/NN مقرب/JJ من/IN الكرملين/DTNNP ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC"), "تدعم");
    ClaimDraft d = withCue(f.read("و/CC اكد/VBD المصدر/DTNN ان/IN موسكو/NNP تساعد/VBP دمشق/NNP ./PUNC"), "تساعد");
    assertThat(speaker(first)).isEqualTo("anon:RUSGOV");
    assertThat(speaker(d)).isEqualTo("anon:RUSGOV");
    assertThat(d.speaker().map(ActorSpan::text)).contains("المصدر");
    assertThat(d.unnamedVoice()).isTrue();
  }
}
