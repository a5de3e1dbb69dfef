package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class RelativeHostsTest {

  @Test
  void aWhoClauseAfterAPhraseDescribingAPersonIsNotTheOrganisationsDeed() {
    Readings.Reading r = Readings.of("relhost-linked");
    assertThat(RelativeHosts.host(r.graph(), r.node("attacked"), r.node("Hezbollah"))).isEqualTo(r.node("man"));
    assertThat(Readings.drafts("relhost-linked")).noneSatisfy(d -> assertThat(d.holder().text()).contains("Hezbollah"));
  }

  @Test
  void theDescribedPersonIsFoundThroughAVerbOfBelief() {
    Readings.Reading r = Readings.of("relhost-believed");
    assertThat(RelativeHosts.host(r.graph(), r.node("fired"), r.node("Shabaab"))).isEqualTo(r.node("man"));
    assertThat(Readings.drafts("relhost-believed")).noneSatisfy(d -> assertThat(d.holder().text()).contains("Shabaab"));
  }

  @Test
  void aWhoClauseAfterCloseToBelongsToTheNounItDescribes() {
    assertThat(Readings.drafts("relhost-close")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("cleric");
      assertThat(d.cue()).isEqualTo("criticised");
    }).noneSatisfy(d -> assertThat(d.holder().text()).contains("Brotherhood"));
  }

  @Test
  void aWhichClauseTheParserGivesToTheDescribedPersonIsTheOrganisations() {
    Readings.Reading r = Readings.of("relhost-which");
    assertThat(RelativeHosts.host(r.graph(), r.node("attacked"), r.node("student"))).isEqualTo(r.node("Hamas"));
    assertThat(Readings.drafts("relhost-which")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Hamas");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    }).noneSatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("student");
      assertThat(d.cue()).isEqualTo("attacked");
    });
  }
}
