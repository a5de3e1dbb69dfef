package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupDescriptorsTest {

  @Test
  void aStanceNounNamingAKindOfGroupIsNoStance() {
    assertThat(Readings.claims("support-group")).noneMatch(c -> c.contains(" SUPPORT "));
  }
}
