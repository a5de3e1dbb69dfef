package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.speaker;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ClaimReaderTest {

  @Test
  void namedSpeakerReportsTheClaimAsNamed() {
    ClaimDraft d = withCue(Fixture.of("قال وزير الدفاع الروسي إن روسيا تدعم سوريا.").read(
        "قال/VBD وزير/NN الدفاع/DTNN الروسي/DTJJ ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC"), "تدعم");
    assertThat(d.report()).isEqualTo(ClaimDraft.Report.NAMED);
    assertThat(speaker(d)).isEqualTo("russian-defence-minister");
    assertThat(d.unnamedVoice()).isFalse();
  }

  @Test
  void unnamedNounVoiceIsAnAdHocSpeakerReportingAsUnnamed() {
    ClaimDraft d = withCue(Fixture.of("قال مسؤول إن روسيا قد تدعم سوريا.").read(
        "قال/VBD مسؤول/NN ان/IN روسيا/NNP قد/RP تدعم/VBP سوريا/NNP ./PUNC"), "تدعم");
    assertThat(d.report()).isEqualTo(ClaimDraft.Report.UNNAMED);
    assertThat(d.speaker().map(ActorSpan::text)).contains("مسؤول");
    assertThat(d.speaker().map(s -> s.actor().kind())).contains(ActorKind.UNKNOWN);
    assertThat(d.unnamedVoice()).isFalse();
  }

  @Test
  void anonymousSourceReportsAsUnnamed() {
    ClaimDraft d = withCue(Fixture.of("قالت مصادر مطلعة إن إيران ترفض طلب تركيا.").read(
        "قالت/VBD مصادر/NN مطلعة/JJ ان/IN ايران/NNP ترفض/VBP طلب/NN تركيا/NNP ./PUNC"), "ترفض");
    assertThat(d.report()).isEqualTo(ClaimDraft.Report.UNNAMED);
    assertThat(d.unnamedVoice()).isTrue();
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void clauseWithoutAVoiceIsNarrated() {
    ClaimDraft d = withCue(Fixture.of("تدعم روسيا سوريا في المفاوضات.")
        .read("تدعم/VBP روسيا/NNP سوريا/NNP في/IN المفاوضات/DTNNS ./PUNC"), "تدعم");
    assertThat(d.report()).isEqualTo(ClaimDraft.Report.NARRATED);
    assertThat(d.speaker()).isEmpty();
    assertThat(d.agencies()).isEmpty();
  }

  @Test
  void supportOrOppositionWithoutATargetYieldsNothingButNeutralCuesDo() {
    assertThat(Fixture.of("روسيا تدعم بقوة.").read("روسيا/NNP تدعم/VBP ب/IN قوة/NN ./PUNC")).isEmpty();
    List<ClaimDraft> ds = Fixture.of("روسيا تراقب بقلق.").read("روسيا/NNP تراقب/VBP ب/IN قلق/NN ./PUNC");
    assertThat(ds).extracting(ClaimDraft::stance).containsExactly(Stance.NEUTRAL);
    assertThat(ds.get(0).target()).isEmpty();
  }

  @Test
  void wordsInsideAnActorsNameAreNoCue() {
    assertThat(Fixture.of("وصل وزير الدفاع الروسي إلى سوريا.")
        .read("وصل/VBD وزير/NN الدفاع/DTNN الروسي/DTJJ الى/IN سوريا/NNP ./PUNC")).isEmpty();
  }

  @Test
  void cueThatIsNoVerbIsNominal() {
    assertThat(withCue(Fixture.of("أكد الوزير دعم روسيا لسوريا.")
        .read("اكد/VBD الوزير/DTNN دعم/NN روسيا/NNP ل/IN سوريا/NNP ./PUNC"), "دعم").nominalCue()).isTrue();
    assertThat(withCue(Fixture.of("روسيا تدعم سوريا.").read("روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC"), "تدعم")
        .nominalCue()).isFalse();
  }

  @Test
  void aPurposeOfFightingWithNobodyFoughtIsNoClaim() {
    assertThat(Fixture.of("أرسلت روسيا قوات لمحاربة.").read(
        "ارسلت/VBD روسيا/NNP قوات/NN ل/IN محاربة/NN ./PUNC")).isEmpty();
    assertThat(Fixture.of("أرسلت روسيا قوات لمحاربة تركيا.").read(
        "ارسلت/VBD روسيا/NNP قوات/NN ل/IN محاربة/NN تركيا/NNP ./PUNC"))
        .anySatisfy(d -> assertThat(d.target().map(ActorSpan::text)).contains("تركيا"));
  }

  @Test
  void anAdjectiveOfFightingWithNobodyFoughtIsNoClaim() {
    assertThat(Fixture.of("بشار قد الهجومية.").read("بشار/NNP قد/RP الهجومية/DTJJ ./PUNC")).isEmpty();
    assertThat(Fixture.of("في الهجومية السورية.").read("في/IN الهجومية/DTJJ السورية/DTJJ ./PUNC")).isEmpty();
  }
}
