package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Affiliation;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class PartyNamesTest {

  @Test
  void aPartyNamedByItsMembersPluralHoldsTheStance() {
    assertThat(Readings.drafts("party-plural")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().name()).isEqualTo("Republicans");
      assertThat(d.holder().actor().kind()).isEqualTo(ActorKind.ORGANISATION);
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("MEX");
    });
  }

  @Test
  void aPartyAdjectiveBeforeItsMembersMakesThemTheParty() {
    assertThat(Readings.drafts("party-members")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Labour MPs");
      assertThat(d.holder().actor().memberOf()).extracting(Affiliation::actor)
          .containsExactly(Readings.CATALOG.adHoc("Labour", ActorKind.ORGANISATION).id());
    });
  }

  @Test
  void aPartyWordBeforeAProperNounIsPartOfALongerName() {
    assertThat(Readings.drafts("party-in-title")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().name()).isNotEqualTo("Labour"));
  }

  @Test
  void aPartyWordAfterAProperNounIsPartOfALongerName() {
    Readings.Reading r = Readings.of("party-after-name");
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(r.graph().mentionOf(r.node("Democrats"))).satisfiesAnyOf(
        m -> assertThat(m).isNull(),
        m -> assertThat(m.actor().name()).isNotEqualTo("Democrats"));
  }

  @Test
  void aPartyAdjectiveBeforeOtherPeopleIsNoParty() {
    Readings.Reading r = Readings.of("party-adjective-alone");
    assertThat(r.graph().mentionOf(r.node("Green"))).isNull();
  }

  @Test
  void theLongestPartyNameWins() {
    assertThat(Readings.drafts("party-longest")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().name()).isEqualTo("Liberal Democrats"));
  }

  @Test
  void aPartyAccusingTheGovernmentAccusesTheGovernmentOfTheStateTheStoryWasFiledFrom() {
    Discourse d = new Discourse();
    d.set(RecalledInstitutions.DATELINE_STATE, ActorRef.of(Readings.CATALOG.actor("GBR").orElseThrow(), "LONDON"));
    assertThat(Readings.drafts("party-own-government", d)).map(Readings::claimId)
        .containsExactly(Readings.CATALOG.adHoc("Conservatives", ActorKind.ORGANISATION).id() + " OPPOSE GBRGOV");
    assertThat(Readings.drafts("party-own-government", new Discourse()))
        .allSatisfy(x -> assertThat(x.target()).isEmpty());
  }

  @Test
  void aPartyRulingOutACoalitionWithAnotherOpposesIt() {
    assertThat(Readings.drafts("coalition-ruled-out")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().name()).isEqualTo("Social Democrats");
      assertThat(d.target().orElseThrow().actor().name()).isEqualTo("Greens");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.negated()).isTrue();
    });
  }
}
