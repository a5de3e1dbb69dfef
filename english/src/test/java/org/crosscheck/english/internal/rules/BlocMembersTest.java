package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlocMembersTest {

  @Test
  void membersOfABlocSigningTogetherTakeNoStanceTowardEachOther() {
    assertThat(Readings.claims("members-signed-active"))
        .containsExactlyInAnyOrder("Poland SUPPORT -", "Latvia SUPPORT -", "Lithuania SUPPORT -");
  }

  @Test
  void statesOfARegionNamedAsSignatoriesAreOneSide() {
    assertThat(Readings.claims("members-signed-passive")).noneMatch(c -> c.endsWith("Qatar") || c.endsWith("Oman"));
  }

  @Test
  void neighbouringStatesSigningTogetherStillSignWithEachOther() {
    assertThat(Readings.claims("neighbouring-states-signed"))
        .containsExactlyInAnyOrder("Chad SUPPORT Sudan", "Sudan SUPPORT Chad");
  }
}
