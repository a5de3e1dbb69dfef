package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class MeasuresTest {

  @Test
  void aMeasuredStanceNounStandsWhereItsQuantityStands() {
    Readings.Reading r = Readings.of("measured-aid");
    assertThat(Measures.carrier(r.graph(), r.node("aid")).word()).isEqualTo("dollars");
    List<ActorSpan> holders = Holders.of(r.graph(), r.node("aid"), true, null);
    assertThat(holders).extracting(ActorSpan::text).containsExactly("Norway");
    assertThat(Targets.of(r.graph(), r.node("aid"), true, null, holders)).extracting(ActorSpan::text)
        .containsExactly("Nepal");
  }

  @Test
  void aNounWithoutQuantityStandsForItself() {
    Readings.Reading r = Readings.of("measured-aid");
    assertThat(Measures.carrier(r.graph(), r.node("dollars")).word()).isEqualTo("dollars");
  }

  @Test
  void aStanceNounAContainerHoldsStandsWhereTheContainerStands() {
    Readings.Reading r = Readings.of("container-aid");
    assertThat(Measures.carrier(r.graph(), r.node("aid")).word()).isEqualTo("package");
    assertThat(Measures.contents(r.graph(), r.node("package")).word()).isEqualTo("aid");
    assertThat(Readings.claims("container-aid")).containsExactly("Norway SUPPORT Nepal");
  }

  @Test
  void endorsingAContainerOfSanctionsOpposesWhomTheyAreOn() {
    assertThat(Readings.claims("container-sanctions")).containsExactly("Latvia OPPOSE Belarus");
  }

  @Test
  void aPatternReadsWhatAContainerHolds() {
    assertThat(Readings.claims("container-drills")).containsExactly("China OPPOSE Taiwan");
  }

  @Test
  void aStanceNounAMessageCarriesIsTheSendersStanceTowardWhomItIsSent() {
    assertThat(Readings.claims("message-of-congratulations")).contains("Kenyan president SUPPORT Ghana");
  }
}
