package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void aPersonWhoseSurnameIsAStatesNameIsThePersonNotTheState() {
    assertThat(Readings.drafts("person-place-surname")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Paul Jordan");
      assertThat(d.holder().actor().kind()).isEqualTo(ActorKind.PERSON);
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
    });
  }

  @Test
  void aStatesNameTheTaggerTakesForAPersonByItselfStaysTheState() {
    assertThat(Readings.drafts("person-place-alone")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Jordan");
      assertThat(d.holder().actor().kind()).isEqualTo(ActorKind.STATE);
    });
  }

  @Test
  void aPlaceTheTaggerReadsAsAPlaceBesideAPersonIsNoPartOfTheName() {
    Readings.Reading r = Readings.of("person-place-beside");
    assertThat(Readings.drafts("person-place-beside")).noneMatch(d -> d.holder().text().equals("Ukraine Zelensky"));
    assertThat(r.graph().mentionAt(0).text()).isEqualTo("Ukraine");
  }

  @Test
  void aSurnameAloneIsThePersonTheArticleNamedInFullBefore() {
    assertThat(after("Senator Paul Jordan met voters in Ohio. ", "person-place-alone")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).isEqualTo("Jordan");
          assertThat(d.holder().actor().kind()).isEqualTo(ActorKind.PERSON);
          assertThat(d.holder().actor().name()).isEqualTo("Paul Jordan");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
        });
  }

  @Test
  void aPlaceAfterAFunctionWordOrInsideALongerNameIsNoFullName() {
    for (String before : List.of("In Jordan, refugees protested. ", "The Hashemite Kingdom of Jordan voted. ",
        "Jordan River water ran low. ")) {
      assertThat(after(before, "person-place-alone")).singleElement()
          .satisfies(d -> assertThat(d.holder().actor().kind()).as(before).isEqualTo(ActorKind.STATE));
    }
  }

  @Test
  void aNameTheTaggerReadsAsAPlaceStaysThePlaceAfterACapitalisedWord() {
    assertThat(after("Turkish troops remain in Northern Cyprus. ", "place-located-cyprus")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().kind()).isEqualTo(ActorKind.STATE));
  }

  @Test
  void aStatesNameAfterADemonymIsNoFullName() {
    assertThat(after("Greek Cyprus has long feared Ankara. ", "place-located-cyprus")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().kind()).isEqualTo(ActorKind.STATE));
  }

  private static List<ClaimDraft> after(String before, String id) {
    Readings.Reading r = Readings.in(before, id);
    new ClaimReader(Readings.LEX).read(r.ctx());
    return r.drafts();
  }

  @Test
  void aCataloguedGivenNameOpeningALongerNameIsAnotherPerson() {
    assertThat(Readings.drafts("given-name-other-person")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Hassan Ali Khaire");
      assertThat(d.holder().actor().isAdHoc()).isTrue();
      assertThat(d.target().orElseThrow().text()).isEqualTo("Kenya");
    });
  }

  @Test
  void aCataloguedPersonWhoseRunHoldsItsOwnNamesStaysCatalogued() {
    assertThat(Readings.claimIds("given-name-own-person")).containsExactly("bashar-al-assad SUPPORT IRN");
  }

  @Test
  void aCataloguedGivenNameAloneStaysTheCataloguedPerson() {
    assertThat(Readings.claimIds("given-name-alone")).containsExactly("hassan OPPOSE KEN");
  }

  @Test
  void aCataloguedSurnameEndingALongerNameStaysTheCataloguedPerson() {
    assertThat(Readings.claimIds("surname-ends-longer-name")).containsExactly("antonio-guterres OPPOSE ISR");
  }

  @Test
  void aCataloguedSurnameAfterAnotherGivenNameIsAnotherPerson() {
    assertThat(Readings.drafts("surname-other-run")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Richard Bennett");
      assertThat(d.holder().actor().isAdHoc()).isTrue();
    });
  }

  @Test
  void aCataloguedSurnameAloneIsTheOtherPersonTheArticleNamedInFull() {
    Readings.Reading r = Readings.in("The rapporteur, Richard Bennett, arrived on Sunday. ", "surname-other-alone");
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(r.drafts()).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().names().values().iterator().next()).contains("Richard Bennett"));
  }

  @Test
  void aCataloguedSurnameAloneAfterItsOwnFullNameStaysCatalogued() {
    Readings.Reading r = Readings.in("Prime Minister Naftali Bennett arrived on Sunday. ", "surname-other-alone");
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(r.drafts()).extracting(Readings::claimId).containsExactly("naftali-bennett OPPOSE taliban");
  }

  @Test
  void aBodysOneWordNameInsideAPersonsNameIsThatPerson() {
    assertThat(Readings.claimIds("body-name-in-person")).containsExactly("adhoc:person:kayikwamba-wagner OPPOSE RWA");
    // The body's name alone before a noun of its fighters stays the body.
    assertThat(Readings.claims("body-name-alone")).anyMatch(c -> c.startsWith("Wagner mercenaries OPPOSE"));
    assertThat(Readings.claimIds("body-name-alone")).noneMatch(c -> c.startsWith("adhoc:person"));
  }
}
