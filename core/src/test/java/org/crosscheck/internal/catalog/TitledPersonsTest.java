package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.internal.catalog.MentionFixture.only;
import static org.crosscheck.internal.catalog.MentionFixture.summary;

import org.crosscheck.Actor;
import org.crosscheck.Mention;
import org.crosscheck.internal.TestProfiles;
import org.crosscheck.spi.LanguageProfile;
import org.junit.jupiter.api.Test;

class TitledPersonsTest {

  private static final LanguageProfile NO_WORDS = LanguageProfile.empty(TestProfiles.ZEMBLAN);

  private static void assertTitled(Mention m, String person, String title) {
    assertThat(m.actor().id()).isEqualTo(person);
    assertThat(m.title()).map(Actor::id).contains(title);
  }

  @Test
  void joinsATitleAndThePersonAfterItWithoutAnyWords() {
    assertTitled(only("Palace speaker Karl Odon", NO_WORDS), "karl-odon", "palace-speaker");
  }

  @Test
  void joinsAPersonAndATitleInAppositionAfterAComma() {
    assertTitled(only("Karl Odon, Palace speaker", NO_WORDS), "karl-odon", "palace-speaker");
  }

  @Test
  void letsTheGrammarsArticleOpenATitleInApposition() {
    Mention m = only("Karl Odon, da Palace speaker", TestProfiles.zemblan());
    assertTitled(m, "karl-odon", "palace-speaker");
    assertThat(m.text()).isEqualTo("Karl Odon, da Palace speaker");
    assertThat(summary("Karl Odon, da Palace speaker", TestProfiles.qabbish())).hasSize(2);
  }

  @Test
  void letsOneFormerWordStandBetweenATitleAndItsPerson() {
    Mention m = only("Palace speaker quondam Karl Odon", TestProfiles.zemblan());
    assertTitled(m, "karl-odon", "palace-speaker");
    assertThat(summary("Palace speaker quondam Karl Odon", NO_WORDS)).hasSize(2);
    assertThat(summary("Palace speaker quondam quondam Karl Odon", TestProfiles.zemblan())).hasSize(2);
  }

  @Test
  void joinsAMediaTitleAndTheOutletItIntroduces() {
    assertTitled(only("Zemblan presa Zembla Post", TestProfiles.zemblan()), "zembla-post", "ZMBMED");
  }
}
