package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.speaker;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class SegmentsTest {

  @Test
  void speechVerbOpensAClauseReportedFromAfterTheComplementizer() {
    Reading r = Fixture.of("قال بوتين إن روسيا ستدعم سوريا.")
        .reading("قال/VBD بوتين/NNP ان/IN روسيا/NNP س/RP تدعم/VBP سوريا/NNP ./PUNC");
    List<Segment> segs = Segments.of(r);
    assertThat(segs).hasSize(1);
    assertThat(segs.get(0).from()).isEqualTo(3);
    assertThat(segs.get(0).speaker().id()).isEqualTo("vladimir-putin");
  }

  @Test
  void reportedClauseStartsAfterAColonOrAQuote() {
    Reading r = Fixture.of("قال لافروف: «روسيا تدعم سوريا».")
        .reading("قال/VBD لافروف/NNP :/PUNC \"/PUNC روسيا/NNP تدعم/VBP سوريا/NNP \"/PUNC ./PUNC");
    assertThat(Segments.of(r).get(0).from()).isEqualTo(3);
  }

  @Test
  void reportedClauseStartsAfterAnOpeningQuote() {
    Reading r = Fixture.of("قال لافروف «روسيا تدعم سوريا».")
        .reading("قال/VBD لافروف/NNP \"/PUNC روسيا/NNP تدعم/VBP سوريا/NNP \"/PUNC ./PUNC");
    assertThat(Segments.of(r).get(0).from()).isEqualTo(3);
  }

  @Test
  void speechVerbWithoutAComplementizerReportsUpToTheNextSpeechVerb() {
    List<ClaimDraft> ds = Fixture.of("ذكر بوتين دعم قطر لسوريا، وأضاف أن روسيا تدعم سوريا.").read(
        "ذكر/VBD بوتين/NNP دعم/NN قطر/NNP ل/IN سوريا/NNP ,/PUNC و/CC اضاف/VBD ان/IN روسيا/NNP تدعم/VBP "
            + "سوريا/NNP ./PUNC");
    ClaimDraft d = withCue(ds, "دعم");
    assertThat(Fixture.holder(d)).isEqualTo("QAT");
    assertThat(speaker(d)).isEqualTo("vladimir-putin");
  }

  @Test
  void speechWordUsedAsANounOpensNothing() {
    Reading r = Fixture.of("يرفض الوزير أي ذكر للحادث في الاجتماع.").reading(
        "يرفض/VBP الوزير/DTNN اي/NOUN_QUANT ذكر/NN ل/IN الحادث/DTNN في/IN الاجتماع/DTNN ./PUNC");
    assertThat(Segments.of(r)).hasSize(1);
  }

  @Test
  void sourcePrepositionVoicesAClauseWithoutASpeaker() {
    List<ClaimDraft> ds = Fixture.of("تدعم روسيا سوريا بحسب بوتين.")
        .read("تدعم/VBP روسيا/NNP سوريا/NNP ب/IN حسب/NN بوتين/NNP ./PUNC");
    assertThat(speaker(withCue(ds, "تدعم"))).isEqualTo("vladimir-putin");
    assertThat(withCue(ds, "تدعم").report()).isEqualTo(ClaimDraft.Report.NAMED);
  }

  @Test
  void sourcePrepositionNamingAnOutletCarriesTheClauseAsAnAgency() {
    List<ClaimDraft> ds = Fixture.of("تدعم روسيا سوريا بحسب وكالة رويترز.")
        .read("تدعم/VBP روسيا/NNP سوريا/NNP ب/IN حسب/NN وكالة/NN رويترز/NNP ./PUNC");
    ClaimDraft d = withCue(ds, "تدعم");
    assertThat(d.agencies()).extracting(a -> a.actor().id()).containsExactly("reuters");
    assertThat(d.speaker()).isEmpty();
    assertThat(d.report()).isEqualTo(ClaimDraft.Report.UNNAMED);
  }

  @Test
  void quoteNounAfterNaqalaAnOpensNoClause() {
    // The tagger reads "قوله" as a verb form (قول/VBG); it names what the source said, not a new voice.
    List<ClaimDraft> ds = Fixture.of("نقلت وكالة رويترز عن مصدر دبلوماسي قوله إن قطر تدعم مصر.").read(
        "نقلت/VBD وكالة/NN رويترز/NNP عن/IN مصدر/NN دبلوماسي/JJ قوله/VBG ان/IN قطر/NNP تدعم/VBP مصر/NNP ./PUNC");
    ClaimDraft d = withCue(ds, "تدعم");
    assertThat(d.unnamedVoice()).isTrue();
    assertThat(d.agencies()).extracting(a -> a.actor().id()).containsExactly("reuters");
  }

  @Test
  void adverbialParticipleContinuesTheVoiceOfItsClause() {
    List<ClaimDraft> ds = Fixture.of("قال مسؤول إن روسيا تدعم سوريا، مضيفا أن إيران تساعد العراق.").read(
        "قال/VBD مسؤول/NN ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ,/PUNC مضيفا/VN ان/IN ايران/NNP تساعد/VBP "
            + "العراق/DTNNP ./PUNC");
    ClaimDraft d = withCue(ds, "تساعد");
    assertThat(d.speaker().map(ActorSpan::text)).contains("مسؤول");
    assertThat(d.report()).isEqualTo(ClaimDraft.Report.UNNAMED);
  }

  @Test
  void speechVerbWithoutASubjectContinuesTheLastNamedSpeakerOfTheArticle() {
    Fixture f = Fixture.of("قال بوتين إن روسيا ستدعم سوريا.\nوأضاف أن موسكو تساعد دمشق.");
    f.read("قال/VBD بوتين/NNP ان/IN روسيا/NNP س/RP تدعم/VBP سوريا/NNP ./PUNC");
    ClaimDraft d = withCue(f.read("و/CC اضاف/VBD ان/IN موسكو/NNP تساعد/VBP دمشق/NNP ./PUNC"), "تساعد");
    assertThat(speaker(d)).isEqualTo("vladimir-putin");
    assertThat(d.report()).isEqualTo(ClaimDraft.Report.NAMED);
  }

  @Test
  void speakerOfASentenceWithoutACueIsContinuedToo() {
    Fixture f = Fixture.of("قال بوتين كلاما كثيرا.\nوأضاف أن موسكو تساعد دمشق.");
    f.read("قال/VBD بوتين/NNP كلاما/NN كثيرا/JJ ./PUNC");
    ClaimDraft d = withCue(f.read("و/CC اضاف/VBD ان/IN موسكو/NNP تساعد/VBP دمشق/NNP ./PUNC"), "تساعد");
    assertThat(speaker(d)).isEqualTo("vladimir-putin");
  }
}
