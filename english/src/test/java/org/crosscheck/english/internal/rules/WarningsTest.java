package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarningsTest {

  private static boolean idle(String id) {
    Readings.Reading r = Readings.of(id);
    return Warnings.idle(r.graph(), r.node("warned"), Holders.of(r.graph(), r.node("warned"), false, null));
  }

  @Test
  void warningOfADangerOpposesNobody() {
    assertThat(idle("warn-of-floods")).isTrue();
    assertThat(Readings.claims("warn-of-floods")).isEmpty();
  }

  @Test
  void warningToTheWarnersOwnCitizensIsNoStanceTowardThePlaceTheyAreToldToAvoid() {
    assertThat(idle("warn-own-citizens")).isTrue();
    assertThat(Readings.claims("warn-own-citizens")).isEmpty();
  }

  @Test
  void warningThatAThingMayHappenOpposesNobody() {
    assertThat(idle("warn-that-inflation")).isTrue();
    assertThat(Readings.claims("warn-that-inflation")).isEmpty();
  }

  @Test
  void warningAboutTheWarnersOwnTroopsOpposesNobody() {
    assertThat(idle("warn-own-troops")).isTrue();
    assertThat(Readings.claims("warn-own-troops")).isEmpty();
  }

  @Test
  void partyWarnedAgainstAnActIsOpposed() {
    assertThat(idle("warn-party-against")).isFalse();
    assertThat(Readings.claims("warn-party-against")).containsExactly("Serbia OPPOSE Kosovo");
  }

  @Test
  void warningAboutAnotherActorsConductIsAStance() {
    assertThat(idle("warn-that-actor")).isFalse();
    assertThat(Readings.claims("warn-that-actor")).contains("Beijing OPPOSE -");
  }

  @Test
  void warningOfTheWarnersOwnHostileActIsAThreat() {
    assertThat(idle("warn-own-act")).isFalse();
    assertThat(Readings.claims("warn-own-act")).isNotEmpty().allMatch(c -> c.startsWith("Turkey OPPOSE"));
  }

  @Test
  void warningParsedWithItsPronounAsObjectStillThreatensTheParty() {
    // "warned it would strike Y": the parser takes "it" for the party warned; a pronoun stands for a party.
    assertThat(idle("warn-pronoun-object")).isFalse();
    assertThat(Readings.claims("warn-pronoun-object")).isNotEmpty().allMatch(c -> c.startsWith("Iran OPPOSE"));
  }

  @Test
  void warningOfAnActorIsAStanceAgainstIt() {
    assertThat(idle("warn-of-actor")).isFalse();
    assertThat(Readings.claims("warn-of-actor")).isNotEmpty().allMatch(c -> c.startsWith("Iraq OPPOSE"));
  }

  @Test
  void warningThatAMeasureWouldDoHarmOpposesTheMeasure() {
    assertThat(idle("warn-that-measure")).isFalse();
    assertThat(Readings.claims("warn-that-measure")).isNotEmpty().allMatch(c -> c.startsWith("Oman OPPOSE"));
  }

  @Test
  void complaintAboutAThingOpposesNobody() {
    assertThat(Readings.claims("warn-complained-catches")).isEmpty();
  }

  @Test
  void complaintAboutAPartysActIsAgainstIt() {
    assertThat(Readings.claims("warn-complained-patrols")).containsExactly("Turkey OPPOSE Greek");
  }

  @Test
  void complaintOverAPartysActStandsWhateverClauseTheParserHangsOnIt() {
    // The relative clause "in which it said …" is parsed as the complaint's reported clause, with "it" as subject.
    assertThat(Readings.claims("warn-complained-over-raids")).contains("Turkey OPPOSE Greek");
  }

  @Test
  void aWarningToActAsksTheActOfTheOneWarnedAsAnAppealDoes() {
    Readings.Reading r = Readings.of("warned-to-respect");
    assertThat(Warnings.asksOf(r.graph(), r.node("warned"))).isTrue();
    assertThat(Readings.claims("warned-to-respect")).containsExactlyInAnyOrder(
        "Egypt's president OPPOSE Ethiopia", "Egypt's president SUPPORT Sudan");
  }

  @Test
  void aWarningAboutAPartyIsAimedAtItNotAtTheOneTold() {
    assertThat(Readings.claims("warned-about-party")).containsExactly("Kenya OPPOSE Somalia");
    assertThat(Readings.claims("warned-party-against")).containsExactly("Serbia OPPOSE Kosovo");
  }
}
