package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.Token;
import org.junit.jupiter.api.Test;

class ListingsTest {

  @Test
  void addingAGroupToATerroristListOpposesIt() {
    assertThat(Readings.claims("listing-added")).containsExactly("Australia OPPOSE Hamas");
  }

  @Test
  void removingAStateFromASanctionsListSupportsIt() {
    assertThat(Readings.claims("listing-removed")).containsExactly("Canada SUPPORT Libya");
  }

  @Test
  void takingAStateOffAWatchlistSupportsIt() {
    assertThat(Readings.claims("listing-taken-off")).containsExactly("Britain SUPPORT Iran");
  }

  @Test
  void aListOfNothingPunitiveIsNoStance() {
    assertThat(Readings.claims("listing-guests")).isEmpty();
  }

  @Test
  void aListingInThePassiveOpposesItsSubjectByItsAgent() {
    assertThat(Readings.claims("listing-passive")).containsExactly("Australia OPPOSE Hamas");
  }

  @Test
  void theLightPassKeepsAListingVerbOnlyWithAListAfterIt() {
    List<Token> listed = Readings.tagged("Canada/NNP removed/VBD/remove Libya/NNP from/IN its/PRP$ list/NN");
    List<Token> rubble = Readings.tagged("Canada/NNP removed/VBD/remove the/DT rubble/NN from/IN roads/NNS");
    assertThat(Listings.mayList(listed, 1, Readings.LEX)).isTrue();
    assertThat(Listings.mayList(rubble, 1, Readings.LEX)).isFalse();
  }

  @Test
  void condemningAListingOpposesWhoeverListedNotTheListed() {
    assertThat(Readings.claims("listing-condemned")).noneMatch(c -> c.endsWith("firms"));
    assertThat(Readings.claims("listing-condemned-owner")).containsExactly("Beijing OPPOSE EU");
  }
}
