package org.crosscheck.english.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorCatalog;
import org.crosscheck.ActorKind;
import org.crosscheck.Affiliation;
import org.crosscheck.Language;
import org.crosscheck.Mention;
import org.junit.jupiter.api.Test;

/** English mentions composed with the English mention grammar ({@code mentions.tsv}) and actor names. */
class EnglishMentionsTest {

  private static final ActorCatalog CATALOG = ActorCatalog.defaultCatalog();
  private static final Optional<LocalDate> DEC_5 = Optional.of(LocalDate.of(2024, 12, 5));

  private static List<Mention> find(String text) {
    return CATALOG.findMentions(text, Language.ENGLISH, DEC_5);
  }

  private static Mention only(String text) {
    List<Mention> ms = find(text);
    assertThat(ms).as("mentions in %s", text).hasSize(1);
    return ms.get(0);
  }

  @Test
  void readsATitleInAppositionAfterTheArticle() {
    Mention m = only("Peskov, the Kremlin spokesman");
    assertThat(m.actor().id()).isEqualTo("dmitry-peskov");
    assertThat(m.title()).map(Actor::id).contains("kremlin-spokesman");
  }

  @Test
  void readsFormerBetweenATitleAndItsName() {
    Mention m = only("Syrian President former Bashar al-Assad");
    assertThat(m.actor().id()).isEqualTo("bashar-al-assad");
    assertThat(m.title()).map(Actor::id).contains("president-of-syria");
  }

  @Test
  void composesDemonymsWithAgentNouns() {
    assertThat(only("Iraqi rebels attacked").actor().id()).isEqualTo("IRQREB");
    assertThat(only("Russia's forces").actor().id()).isEqualTo("RUSMIL");
    assertThat(find("a Russian analysis")).isEmpty();
  }

  @Test
  void aStatesDiplomaticMissionIsItsGovernment() {
    assertThat(only("the Chilean mission objected").actor().id()).isEqualTo("CHLGOV");
    assertThat(only("Norway's mission walked out").actor().id()).isEqualTo("NORGOV");
  }

  @Test
  void aStatesChamberOfCommerceIsItsBusinessNotItsLegislature() {
    assertThat(only("the Liberia Chamber of Commerce").actor().id()).isEqualTo("LBRBUS");
    assertThat(only("the Zambian Chamber of Commerce").actor().id()).isEqualTo("ZMBBUS");
  }

  @Test
  void aStatesHumanRightsCommissionIsAWatchdogNotItsGovernment() {
    assertThat(only("the Kenya Human Rights Commission").actor().id()).isEqualTo("KENNGO");
  }

  @Test
  void aBodysEnvoyOrMediatorBeforeANameIsAPersonOfTheBody() {
    for (String title : List.of("UN envoy", "U.N. mediator")) {
      Mention m = only(title + " Pavel Korlov arrived");
      assertThat(m.text()).isEqualTo(title + " Pavel Korlov");
      assertThat(m.actor().kind()).isEqualTo(ActorKind.PERSON);
      assertThat(m.actor().memberOf()).extracting(Affiliation::actor).containsExactly(m.title().orElseThrow().id());
      assertThat(m.title().orElseThrow().kind()).isEqualTo(ActorKind.INTERNATIONAL_BODY);
    }
  }

  @Test
  void aGroupIsNoTitleBeforeAName() {
    assertThat(find("Sudan's paramilitary Blue Support Forces attacked")).noneSatisfy(
        m -> assertThat(m.actor().kind()).isEqualTo(ActorKind.PERSON));
    Mention m = only("Russian Deputy Foreign Minister Pavel Korlov said");
    assertThat(m.actor().kind()).isEqualTo(ActorKind.PERSON);
    assertThat(m.text()).isEqualTo("Russian Deputy Foreign Minister Pavel Korlov");
  }

  @Test
  void aHyphenatedNameAfterATitleIsOneName() {
    Mention m = only("Cuban President Miguel Diaz-Canel sent his congratulations");
    assertThat(m.text()).isEqualTo("Cuban President Miguel Diaz-Canel");
  }

  @Test
  void readsANewsAgencyTitleBeforeTheOutlet() {
    Mention m = only("the Russian news agency RIA");
    assertThat(m.text()).isEqualTo("Russian news agency RIA");
    assertThat(m.actor().id()).isEqualTo("ria-novosti");
    assertThat(m.title()).map(Actor::id).contains("RUSMED");
  }

  @Test
  void liftsASourceCloseToTheKremlinToRussiaAndNamesIt() {
    Mention source = only("a source close to the Kremlin");
    assertThat(source.text()).isEqualTo("a source close to the Kremlin");
    assertThat(source.isAnonymous()).isTrue();
    assertThat(source.actor().memberOf()).extracting(Affiliation::actor).containsExactly("RUSGOV");
    assertThat(source.actor().name()).isEqualTo("an unnamed source close to the Russian government");
    assertThat(only("sources familiar with the Kremlin").actor().id()).isEqualTo("anon:RUSGOV");
  }

  @Test
  void readsSourcesQualifiedBeforeTheirNoun() {
    assertThat(only("informed sources said").text()).isEqualTo("informed sources");
    assertThat(only("informed sources said").actor().name()).isEqualTo("an unnamed source");
    assertThat(only("Kremlin insiders said").actor().id()).isEqualTo("anon:RUSGOV");
    assertThat(find("insiders said")).isEmpty();
  }

  @Test
  void keepsNamesTheCatalogLacksAsAdHocActors() {
    List<Mention> ms = CATALOG.findMentions("Yesterday Zorblat Quenneville spoke in Geneva.", Language.ENGLISH,
        DEC_5);
    assertThat(ms).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo("Zorblat Quenneville");
      assertThat(m.actor().isAdHoc()).isTrue();
      assertThat(m.actor().kind()).isEqualTo(ActorKind.UNKNOWN);
    });
    assertThat(only("Then Zorblat bin Quenneville spoke").text()).isEqualTo("Zorblat bin Quenneville");
    Mention titled = only("Russian Deputy Energy Minister Ivan Petrovichsky");
    assertThat(titled.actor().isAdHoc()).isTrue();
    assertThat(titled.actor().kind()).isEqualTo(ActorKind.PERSON);
    assertThat(titled.actor().memberOf()).extracting(Affiliation::actor).containsExactly("RUSGOV");
  }

  @Test
  void namesACountrysSectorInEnglish() {
    // The catalog has no Maltese rebels: the actor is made from the state and the sector's English label.
    assertThat(CATALOG.actor("MLTREB").orElseThrow().name(Language.ENGLISH)).contains("Malta rebels");
    assertThat(CATALOG.actor("NORMIL").orElseThrow().name(Language.ENGLISH)).contains("Norway armed forces");
  }

  /**
   * A state-owned company is the state's business, not its government; cattle raiders are no rebels; lawyers for
   * human rights are a rights group, not the judiciary.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      a Chinese state-owned company | CHNBUS
      South Sudanese raiders        | SSDUAF
      Nigerian farmers              | NGAAGR
      Zimbabwe Lawyers for Human Rights | ZWENGO
      """)
  void namesCompaniesAndPeopleByTheirSector(String text, String id) {
    assertThat(only(text).actor().id()).isEqualTo(id);
  }

  @Test
  void aPopeIsAPersonOfTheHolySeeWholeWithHisNumber() {
    Mention m = only("Pope Leo XIV met the president");
    assertThat(m.text()).isEqualTo("Pope Leo XIV");
    assertThat(CATALOG.chain(m.actor(), Optional.of(LocalDate.of(2026, 1, 5)))).contains("VAT");
  }
}
