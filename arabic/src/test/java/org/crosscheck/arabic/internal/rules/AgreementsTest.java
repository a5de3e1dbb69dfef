package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class AgreementsTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void twoPartiesAgreeingAfterTheVerbEachSupportTheOther() {
    List<ClaimDraft> ds = read("اتفقت إيران والسعودية على استئناف العلاقات.",
        "اتفقت/VBD ايران/NNP و/CC السعودية/DTNNP على/IN استئناف/NN العلاقات/DTNNS ./PUNC");
    assertThat(ds).hasSize(2).allMatch(d -> d.stance() == Stance.SUPPORT
        && d.event().map(e -> e.code().equals("057")).orElse(false));
    assertThat(ds).extracting(Fixture::holder).containsExactlyInAnyOrder("IRN", "SAU");
    assertThat(ds).extracting(Fixture::target).containsExactlyInAnyOrder("IRN", "SAU");
  }

  @Test
  void twoPartiesBeforeADualVerbTheTaggerReadAsANameSignTogether() {
    List<ClaimDraft> ds = read("قطر والكويت توقعان اتفاقية للتعاون.",
        "قطر/NNP و/CC الكويت/DTNNP توقعان/NNP اتفاقية/NN ل/IN التعاون/DTNN ./PUNC");
    assertThat(ds).hasSize(2).allMatch(d -> d.stance() == Stance.SUPPORT);
    assertThat(ds).extracting(Fixture::holder).containsExactlyInAnyOrder("QAT", "KWT");
  }

  @Test
  void signingNeedsANounOfAgreement() {
    // "وقع" is also "took place" and "fell": without an agreement after it two names sign nothing.
    assertThat(read("وقعت مصر والسودان في أزمة.",
        "وقعت/VBD مصر/NNP و/CC السودان/DTNNP في/IN ازمة/NN ./PUNC")).isEmpty();
    assertThat(read("وقعت مصر والسودان اتفاقا للتعاون.",
        "وقعت/VBD مصر/NNP و/CC السودان/DTNNP اتفاقا/NN ل/IN التعاون/DTNN ./PUNC")).hasSize(2);
  }

  @Test
  void onePartyOrAPairThatDoesNotOpenTheClauseAgreesWithNoOne() {
    assertThat(read("اتفقت إيران على استئناف العلاقات.",
        "اتفقت/VBD ايران/NNP على/IN استئناف/NN العلاقات/DTNNS ./PUNC")).isEmpty();
    assertThat(read("قال مسؤول إن مصر والسودان تتفقان على الحل.",
        "قال/VBD مسؤول/NN ان/IN مصر/NNP و/CC السودان/DTNNP تتفقان/VBP على/IN الحل/DTNN ./PUNC"))
        .hasSize(2);
    assertThat(read("التقى وزير بمصر والسودان تتفقان.",
        "التقى/VBD وزير/NN ب/IN مصر/NNP و/CC السودان/DTNNP تتفقان/NNP ./PUNC")).isEmpty();
  }

  @Test
  void aQuestionAboutAnAgreementReportsNone() {
    assertThat(read("على ماذا اتفقت إيران والسعودية؟",
        "على/IN ماذا/WP اتفقت/VBD ايران/NNP و/CC السعودية/DTNNP ?/PUNC")).isEmpty();
  }

  @Test
  void onePartySigningWithAnotherAfterMaaEachSupportTheOther() {
    List<ClaimDraft> ds = read("وقعت قطر اتفاقية تعاون مع الكويت.",
        "وقعت/VBD قطر/NNP اتفاقية/NN تعاون/NN مع/NN الكويت/DTNNP ./PUNC");
    assertThat(ds).filteredOn(d -> d.cue().equals("وقعت")).hasSize(2)
        .extracting(Fixture::holder).containsExactlyInAnyOrder("QAT", "KWT");
    assertThat(read("مصر تتفق مع السودان على الحل.",
        "مصر/NNP تتفق/VBP مع/NN السودان/DTNNP على/IN الحل/DTNN ./PUNC")).hasSize(2);
    // Signing with no agreement named, or something else between, is no agreement with the partner.
    assertThat(read("وقعت قطر مع الكويت.", "وقعت/VBD قطر/NNP مع/NN الكويت/DTNNP ./PUNC")).isEmpty();
    assertThat(read("وقعت قطر حادثة مع الكويت.", "وقعت/VBD قطر/NNP حادثة/NN مع/NN الكويت/DTNNP ./PUNC")).isEmpty();
  }
}
