package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class NamedEntityNamesTest {

  @Test
  void personTheCatalogLacksBecomesAnAdHocPerson() {
    Readings.Reading r = Readings.of("ner-single");
    int at = r.graph().idx(r.node("Okonkwo"));
    assertThat(r.ctx().hasMention(at)).isFalse();
    NamedEntityNames.add(r.graph());
    ActorSpan m = r.ctx().mentionAt(at).orElseThrow();
    assertThat(m.actor().isAdHoc()).isTrue();
    assertThat(m.actor().kind()).isEqualTo(ActorKind.PERSON);
    assertThat(m.text()).isEqualTo("Okonkwo");
  }

  @Test
  void namedHolderTheCatalogLacksHoldsTheClaim() {
    assertThat(Readings.drafts("ner-single")).extracting(d -> d.holder().text()).contains("Okonkwo");
  }

  @Test
  void aNameStartsAndEndsWithACapital() {
    Readings.Reading r = Readings.of("ministry-of");
    NamedEntityNames.add(r.graph());
    java.util.List<String> names = java.util.stream.IntStream.range(0, r.graph().size())
        .mapToObj(k -> r.ctx().mentionAt(k)).flatMap(java.util.Optional::stream).map(ActorSpan::text).distinct()
        .toList();
    assertThat(names).contains("Zendan Ministry").doesNotContain("of");
  }

  @Test
  void anOrganisationNameEndingWithTheNounOfAThingIsNoActor() {
    Readings.Reading r = Readings.of("thing-name");
    int at = r.graph().idx(r.node("Agreement"));
    NamedEntityNames.add(r.graph());
    assertThat(r.ctx().hasMention(at)).isFalse();
    assertThat(Readings.claims("thing-name")).noneMatch(c -> c.contains("Agreement"))
        .contains("Brazilian envoy Paulo Ramos SUPPORT Chile's minister");
  }

  @Test
  void aShipNamedAfterMvIsNoOrganisation() {
    Readings.Reading r = Readings.of("released-vessel-prefix");
    assertThat(r.graph().mentionOf(r.node("MV"))).isNull();
    assertThat(Readings.drafts("released-vessel-prefix")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aMinistryWrittenWithCapitalsIsItsOwnersMinistryNotAName() {
    Readings.Reading r = Readings.of("its-capitalised-ministry");
    assertThat(r.graph().mentionOf(r.node("Ministry"))).isNull();
    assertThat(Readings.claims("its-capitalised-ministry")).contains("its Foreign Ministry OPPOSE Uganda");
  }

  @Test
  void aMinistryNamedWithOfKeepsItsName() {
    assertThat(Readings.claims("named-ministry-of")).containsExactly("Ministry of Mines and Energy OPPOSE Glencore");
  }

  @Test
  void theWordsOfAPortfolioBeforeAMinistersTitleAreNoActor() {
    assertThat(Readings.claimIds("portfolio-and-title")).containsExactly("adhoc:unknown:davis-chirchir OPPOSE UGA");
    assertThat(Readings.claimIds("portfolio-before-title"))
        .containsExactly("adhoc:unknown:kithure-kindiki OPPOSE UGA");
  }

  @Test
  void capitalisedWordsEndingInABodysHeadNounNameABodyTheTaggerMissed() {
    assertThat(Readings.claims("body-high-court")).containsExactly("High Court OPPOSE Peter Mutharika");
  }
}
