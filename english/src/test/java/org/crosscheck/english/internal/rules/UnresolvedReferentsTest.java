package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnresolvedReferentsTest {

  /** The claims of the fixture read as a later sentence of an article, after one that names nobody. */
  private static java.util.List<String> later(String id) {
    Readings.Reading r = Readings.in("Prices rose sharply. ", id);
    new ClaimReader(Readings.LEX).read(r.ctx());
    return Readings.claims(r.drafts());
  }

  @Test
  void aStanceOnADecisionToldBeforeWhoseMakerIsUnknownIsNoClaim() {
    assertThat(later("unresolved-decision")).isEmpty();
  }

  @Test
  void aVoteAgainstAnAgreementToldBeforeWhoseMakersAreUnknownIsNoClaim() {
    assertThat(later("unresolved-voted-against")).isEmpty();
    assertThat(Readings.claims("unresolved-voted-against")).containsExactly("Ecuador OPPOSE -");
  }

  @Test
  void aDemonstrativeTheParserHangsAsAModifierStillRefersBack() {
    assertThat(later("unresolved-that-account")).isEmpty();
  }

  @Test
  void aStanceOnAPronounThatFindsNoActorIsNoClaim() {
    assertThat(later("unresolved-pronoun")).isEmpty();
  }

  @Test
  void inTheFirstSentenceAThingNotToldBeforeLeavesTheClaimWithoutTarget() {
    assertThat(Readings.claims("unresolved-decision")).containsExactly("Japan OPPOSE -");
  }

  @Test
  void anAttackCondemnedWithNoDoerKnownStaysAClaim() {
    assertThat(later("unresolved-bombing")).containsExactly("Kenya OPPOSE -");
  }

  @Test
  void anOffensiveCondemnedWithNoDoerKnownStaysAClaim() {
    assertThat(later("unresolved-offensive")).containsExactly("Ghana OPPOSE -");
  }

  @Test
  void aHarmCondemnedWithNoDoerKnownStaysAClaim() {
    assertThat(later("unresolved-arrests")).containsExactly("Malawi OPPOSE -");
  }

  @Test
  void watchingAThingToldBeforeStaysANeutralClaim() {
    assertThat(later("unresolved-monitoring")).containsExactly("United States NEUTRAL -");
  }

  @Test
  void aThingToldForTheFirstTimeStaysAClaim() {
    assertThat(later("unresolved-indefinite")).containsExactly("Peru SUPPORT -");
  }

  @Test
  void aThingDescribedAnewStaysAClaim() {
    assertThat(later("unresolved-described")).containsExactly("Chile OPPOSE -");
  }
}
