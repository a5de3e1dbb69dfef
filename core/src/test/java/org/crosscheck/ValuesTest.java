package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void languagesNormaliseTheirCodes() {
    assertThat(Language.of("EN")).isEqualTo(Language.ENGLISH);
    assertThat(Language.of("ar-SA")).isEqualTo(Language.ARABIC);
    assertThat(Language.ARABIC.isRightToLeft()).isTrue();
    assertThat(Language.of("fr").displayName()).isEqualTo("French");
  }

  @Test
  void evidenceMustMatchItsSpan() {
    assertThatThrownBy(() -> new Evidence("abc", 0, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end - start");
  }

  @Test
  void claimsRejectAConfidenceOutsideTheUnitIntervalAndADateSourceWithoutDate() {
    Claim ok = TestClaims.claim("x").by("RUS").toward("SYR").on("2024-12-01").build();
    assertThatThrownBy(() -> new Claim(ok.id(), ok.article(), ok.language(), ok.actor(), ok.speaker(), ok.target(),
        ok.stance(), ok.cue(), ok.negated(), ok.modality(), ok.attribution(), ok.date(), ok.dateSource(),
        ok.dateText(), ok.evidence(), 1.5)).hasMessageContaining("confidence");
    assertThatThrownBy(() -> new Claim(ok.id(), ok.article(), ok.language(), ok.actor(), ok.speaker(), ok.target(),
        ok.stance(), ok.cue(), ok.negated(), ok.modality(), ok.attribution(), Optional.empty(), DateSource.TEXT,
        ok.dateText(), ok.evidence(), 0.5)).hasMessageContaining("dateSource");
  }

  @Test
  void aNegatedStanceNamesWhatTheNegationTurnedAround() {
    assertThat(TestClaims.claim("a").by("RUS").toward("SYR").stance(Stance.OPPOSE, "no plan to save").negated()
        .build().stanceText()).isEqualTo("OPPOSE (support negated)");
    assertThat(TestClaims.claim("b").by("RUS").toward("SYR").stance(Stance.SUPPORT, "will not abandon").negated()
        .build().stanceText()).isEqualTo("SUPPORT (opposition negated)");
    assertThat(TestClaims.claim("c").by("RUS").toward("SYR").stance(Stance.NEUTRAL, "declined to meet").negated()
        .build().stanceText()).isEqualTo("NEUTRAL (negated)");
    assertThat(TestClaims.claim("d").by("RUS").toward("SYR").stance(Stance.OPPOSE, "condemned").build()
        .stanceText()).isEqualTo("OPPOSE");
  }

  @Test
  void articlesCopyTheirListsAndCheckParagraphSpans() {
    List<Paragraph> ps = new java.util.ArrayList<>(List.of(new Paragraph(0, 3, Paragraph.Kind.BODY)));
    Article a = new Article("id", "src", "", Optional.empty(), Optional.empty(), Optional.empty(),
        Language.ENGLISH, "abc", ps, List.of());
    ps.clear();
    assertThat(a.paragraphs()).hasSize(1);
    assertThatThrownBy(() -> new Article("id", "src", "", Optional.empty(), Optional.empty(), Optional.empty(),
        Language.ENGLISH, "abc", List.of(new Paragraph(0, 9, Paragraph.Kind.BODY)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void affiliationsKnowWhenTheyHold() {
    Affiliation a = new Affiliation("SYRGOV", Optional.of(java.time.LocalDate.of(2000, 7, 17)),
        Optional.of(java.time.LocalDate.of(2024, 12, 8)), true);
    assertThat(a.activeOn(java.time.LocalDate.of(2024, 12, 7))).isTrue();
    assertThat(a.activeOn(java.time.LocalDate.of(2024, 12, 8))).isFalse();
    assertThatThrownBy(() -> new Affiliation("X", Optional.of(java.time.LocalDate.of(2025, 1, 1)),
        Optional.of(java.time.LocalDate.of(2024, 1, 1)), false)).hasMessageContaining("before");
  }
}
