package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlignedGroupsTest {

  @Test
  void fightersAlliedToAStateByAHyphenSupportThatState() {
    Readings.Reading r = Readings.of("allied-hyphen-fighters");
    assertThat(AlignedGroups.aligned(r.graph(), r.node("allied"))).isTrue();
    assertThat(Readings.claims("allied-hyphen-fighters"))
        .contains("Turkey-allied fighters SUPPORT Turkey")
        .doesNotContain("Turkey SUPPORT Turkey-allied fighters");
  }

  @Test
  void aBackerHyphenatedToBackedStillSupportsTheGroup() {
    Readings.Reading r = Readings.of("hyphen-backed");
    assertThat(AlignedGroups.aligned(r.graph(), r.node("backed"))).isFalse();
    assertThat(Readings.claims("hyphen-backed")).anyMatch(c -> c.startsWith("Rwanda SUPPORT "));
  }

  @Test
  void aGroupNamedOnlyBeforeTheHyphenatedActorIsNoAlignedGroup() {
    // "Sudan's army-aligned government": the catalog's "Sudan's army" ends before the noun; no span runs backwards.
    Readings.Reading r = Readings.of("owner-aligned-government");
    assertThat(AlignedGroups.group(r.graph(), r.node("aligned"))).isEmpty();
  }
}
