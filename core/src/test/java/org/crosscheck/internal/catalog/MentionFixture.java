package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Language;
import org.crosscheck.Mention;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.TestProfiles;
import org.crosscheck.spi.LanguageProfile;

/**
 * An invented catalog for the composition rules' tests: the state of Zembla (demonym "Zemblan", also "Z.M."), its
 * government "the Palace", the role "Palace speaker", the person Karl Odon (also "Doctor Karl"), the person Anton Mavet
 * (also "Mavet"), the outlet Zembla Post
 * (also "ZP", "Z.P.", "Odon Post"), the international body Boreal League ("BL"), the state of Borduria and its "Senat",
 * and the agent nouns "ofisers" (GOV), "presa" (MED), "rebeli" (REB), "koda marshal" (GOV, ending in a military title
 * noun), "vizier" (MED, though the grammar's title noun "vizier" is of the government, as PETRARCH files "spokesman"
 * under both) and "senat" (LEG, the noun Borduria's dictionary also holds as its own body's name, as PETRARCH's does
 * "Senate").
 */
final class MentionFixture {

  private MentionFixture() {}

  static final Language ZEMBLAN = TestProfiles.ZEMBLAN;

  static CatalogIndex catalog(Profiles profiles) {
    List<CatalogIndex.Row> rows = List.of(
        row(Actor.builder("ZMB", ActorKind.STATE).cameo("ZMB").names(ZEMBLAN, "Zembla", "Z.M.").build(),
            Map.of(ZEMBLAN, List.of("Zemblan"))),
        row(Actor.builder("ZMBGOV", ActorKind.GOVERNMENT).cameo("ZMBGOV").names(ZEMBLAN, "Palace").memberOf("ZMB")
            .build(), Map.of()),
        row(Actor.builder("palace-speaker", ActorKind.ROLE).names(ZEMBLAN, "Palace speaker").memberOf("ZMBGOV")
            .build(), Map.of()),
        row(Actor.builder("karl-odon", ActorKind.PERSON).names(ZEMBLAN, "Karl Odon", "Doctor Karl").memberOf("ZMBGOV")
            .build(),
            Map.of()),
        row(Actor.builder("anton-mavet", ActorKind.PERSON).names(ZEMBLAN, "Anton Mavet", "Mavet").build(), Map.of()),
        row(Actor.builder("zembla-post", ActorKind.MEDIA).names(ZEMBLAN, "Zembla Post", "ZP", "Z.P.", "Odon Post")
            .build(),
            Map.of()),
        row(Actor.builder("boreal-league", ActorKind.INTERNATIONAL_BODY).names(ZEMBLAN, "Boreal League", "BL")
            .build(), Map.of()),
        row(Actor.builder("BRD", ActorKind.STATE).cameo("BRD").names(ZEMBLAN, "Borduria").build(),
            Map.of(ZEMBLAN, List.of("Bordurian"))),
        row(Actor.builder("bordurian-senat", ActorKind.GOVERNMENT).names(ZEMBLAN, "Senat").memberOf("BRD").build(),
            Map.of()));
    List<CatalogIndex.Agent> agents = List.of(new CatalogIndex.Agent(ZEMBLAN, "ofisers", "GOV"),
        new CatalogIndex.Agent(ZEMBLAN, "presa", "MED"), new CatalogIndex.Agent(ZEMBLAN, "rebeli", "REB"),
        new CatalogIndex.Agent(ZEMBLAN, "koda marshal", "GOV"), new CatalogIndex.Agent(ZEMBLAN, "vizier", "MED"),
        new CatalogIndex.Agent(ZEMBLAN, "senat", "LEG"));
    return new CatalogIndex(rows, agents, profiles);
  }

  private static CatalogIndex.Row row(Actor a, Map<Language, List<String>> demonyms) {
    return new CatalogIndex.Row(a, demonyms, 0);
  }

  /** The mentions in {@code text}, read in {@code profile}'s language with only that profile registered. */
  static List<Mention> find(String text, LanguageProfile profile) {
    Profiles profiles = Profiles.of(List.of(profile));
    return new MentionFinder(catalog(profiles), profiles).find(text, 0, text.length(), profile.language(), null);
  }

  /** The one mention in {@code text}. */
  static Mention only(String text, LanguageProfile profile) {
    List<Mention> found = find(text, profile);
    assertThat(found).as("mentions in %s", text).hasSize(1);
    return found.get(0);
  }

  /** "text→id" for each mention, to compare whole results. */
  static List<String> summary(String text, LanguageProfile profile) {
    return find(text, profile).stream().map(m -> m.text() + "→" + m.actor().id()).toList();
  }
}
