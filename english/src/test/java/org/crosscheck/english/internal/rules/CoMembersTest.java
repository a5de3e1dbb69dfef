package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoMembersTest {

  @Test
  void coChairsThankedInOneListAreNoTargetsOfEachOther() {
    assertThat(Readings.claims("comember-co-chairs")).noneMatch(c -> c.matches("(India|Japan) \\w+ (India|Japan)"));
  }

  @Test
  void conjoinedHoldersOfAReciprocalCueStillOpposeEachOther() {
    assertThat(Readings.claims("comember-each-other"))
        .contains("Kenya OPPOSE Somalia", "Somalia OPPOSE Kenya");
  }

  @Test
  void targetsConjoinedWithEachOtherStayTargetsOfTheHolder() {
    assertThat(Readings.claims("comember-targets-conjoined"))
        .anyMatch(c -> c.startsWith("Togo OPPOSE Benin"))
        .anyMatch(c -> c.startsWith("Togo OPPOSE") && c.contains("Niger"));
  }
}
