package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvenanceHyphensTest {

  @Test
  void aSeizedTankerIsNoStanceTowardItsOwnersState() {
    assertThat(Readings.claims("owner-passive-seized")).containsExactly("Iran OPPOSE -");
  }

  @Test
  void fireAtAnOwnedTankerIsNoStanceTowardTheOwner() {
    assertThat(Readings.claims("owner-fired-at")).containsExactly("Houthi forces OPPOSE -");
  }

  @Test
  void vesselsExpelledAreNoStanceTowardTheirOwnersState() {
    assertThat(Readings.claims("owner-expelled-vessels")).containsExactly("Argentina OPPOSE -");
  }

  @Test
  void anAttackOnARunMineIsNoStanceTowardWhoRunsIt() {
    assertThat(Readings.claims("owner-run-mine")).containsExactly("Gunmen OPPOSE -");
  }

  @Test
  void aDroneShotDownIsNoStanceTowardItsMaker() {
    assertThat(Readings.claims("owner-made-drone")).containsExactly("Indian forces OPPOSE -");
  }

  @Test
  void aDraftersAndABackersHyphenKeepTheirStance() {
    assertThat(Readings.claims("owner-drafted-control")).containsExactly("Russia OPPOSE Mexican");
    assertThat(Readings.claims("owner-backed-control")).contains("Iranian SUPPORT Iranian-backed militias");
  }

  @Test
  void aPlainDemonymOnAThingIsLeftAsItIs() {
    assertThat(Readings.claims("owner-plain-demonym-control")).containsExactly("Argentina OPPOSE Chinese fishing vessel");
  }

  @Test
  void theOwnerIsTheWordBeforeTheHyphenOnly() {
    Readings.Reading r = Readings.of("owner-fired-at");
    assertThat(ProvenanceHyphens.owner(r.graph(), r.node("Norwegian"))).isTrue();
    assertThat(ProvenanceHyphens.owner(r.graph(), r.node("Houthi"))).isFalse();
  }

  @Test
  void anAttackOnAFundedThingIsNoStanceTowardItsFunder() {
    assertThat(Readings.claims("attacked-funded-dam")).noneMatch(c -> c.contains("Chinese"));
  }
}
