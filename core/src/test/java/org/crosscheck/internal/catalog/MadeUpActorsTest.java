package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Language;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.TestProfiles;
import org.crosscheck.spi.ActorNaming;
import org.crosscheck.spi.LanguageProfile;
import org.junit.jupiter.api.Test;

class MadeUpActorsTest {

  private static final Actor PALACE = Actor.builder("ZMBGOV", ActorKind.GOVERNMENT).cameo("ZMBGOV")
      .names(TestProfiles.ZEMBLAN, "Palace").memberOf("ZMB").build();

  @Test
  void namesACountrysSectorInEachLanguageWithALabel() {
    Actor presa = MentionFixture.catalog(Profiles.of(List.of(TestProfiles.zemblan()))).composite("ZMB", "MED")
        .orElseThrow();
    assertThat(presa.id()).isEqualTo("ZMBMED");
    assertThat(presa.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(presa.name(TestProfiles.ZEMBLAN)).contains("presa de Zembla");
    assertThat(presa.memberOf()).isEmpty();
    Actor army = MentionFixture.catalog(Profiles.of(List.of(TestProfiles.zemblan()))).composite("ZMB", "MIL")
        .orElseThrow();
    // No label for MIL: no Zemblan name; the armed forces answer to the government the catalog has.
    assertThat(army.name(TestProfiles.ZEMBLAN)).isEmpty();
    assertThat(army.memberOf()).extracting(f -> f.actor()).containsExactly("ZMBGOV");
  }

  @Test
  void aCountrysNgosAreAGroupOfNoStateAndAnUnknownSectorIsNoActor() {
    CatalogIndex catalog = MentionFixture.catalog(Profiles.none());
    Actor ngos = catalog.composite("ZMB", "NGO").orElseThrow();
    assertThat(ngos.id()).isEqualTo("ZMBNGO");
    assertThat(ngos.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(ngos.memberOf()).isEmpty();
    // "Zemblan smugglers" (CRM, no sector of Sector) are whoever they are, never Zembla itself.
    assertThat(catalog.composite("ZMB", "CRM")).isEmpty();
    assertThat(catalog.actor("ZMBCRM")).isEmpty();
    assertThat(catalog.composite("ZMB", "GOV")).isPresent();
  }

  @Test
  void namesAnonymousSourcesInEachLanguageWithTheArticleInstitutionsTake() {
    MadeUpActors madeUp = new MadeUpActors(Profiles.of(List.of(TestProfiles.zemblan())));
    assertThat(madeUp.anonymous(PALACE).name(TestProfiles.ZEMBLAN)).contains("sorsa proxa de da Palace");
    assertThat(madeUp.anonymous(null).name(TestProfiles.ZEMBLAN)).contains("sorsa nekonata");
    assertThat(madeUp.anonymous(PALACE).memberOf()).extracting(f -> f.actor()).containsExactly("ZMBGOV");
  }

  @Test
  void callsAnActorWithoutAnEnglishNameByItsDisplayNameInEnglish() {
    LanguageProfile english = LanguageProfile.builder(Language.ENGLISH)
        .actorNames(ActorNaming.load(TestProfiles.class, "qaa-sectors.tsv", "qaa-actor-names.tsv")).build();
    MadeUpActors madeUp = new MadeUpActors(Profiles.of(List.of(english, TestProfiles.qabbish())));
    assertThat(madeUp.anonymous(PALACE).name(Language.ENGLISH)).contains("sorsa proxa de da Palace");
    assertThat(madeUp.anonymous(PALACE).names()).containsOnlyKeys(Language.ENGLISH);
  }

  @Test
  void namesMadeUpActorsEvenWithoutProfiles() {
    MadeUpActors madeUp = new MadeUpActors(Profiles.none());
    assertThat(madeUp.anonymous(PALACE).name()).isEqualTo("anon:ZMBGOV");
    Actor presa = MentionFixture.catalog(Profiles.none()).composite("ZMB", "MED").orElseThrow();
    assertThat(presa.name()).isEqualTo("Zembla MED");
  }
}
