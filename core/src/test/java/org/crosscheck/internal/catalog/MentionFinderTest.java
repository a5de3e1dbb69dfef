package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Language;
import org.crosscheck.internal.TestProfiles;
import org.crosscheck.spi.LanguageProfile;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

  @Test
  void findsCatalogNamesAndTitledPeopleInALanguageWithoutAProfile() {
    LanguageProfile none = LanguageProfile.empty(Language.of("fr"));
    assertThat(MentionFixture.summary("Palace speaker Karl Odon et Zembla Post, un sorsa proxa de Palace", none))
        .containsExactly("Palace speaker Karl Odon→karl-odon", "Zembla Post→zembla-post", "Palace→ZMBGOV");
  }

  @Test
  void readsEachTextInTheGrammarOfTheRequestedLanguage() {
    String text = "ofisers Zemblan";
    var profiles = org.crosscheck.internal.Profiles.of(List.of(TestProfiles.zemblan(), TestProfiles.qabbish()));
    MentionFinder finder = new MentionFinder(MentionFixture.catalog(profiles), profiles);
    assertThat(finder.find(text, 0, text.length(), TestProfiles.QABBISH, null)).hasSize(1);
    assertThat(finder.find(text, 0, text.length(), TestProfiles.ZEMBLAN, null)).isEmpty();
  }

  @Test
  void keepsOffsetsInTheWholeText() {
    String text = "xx Karl Odon yy";
    var profiles = org.crosscheck.internal.Profiles.none();
    var m = new MentionFinder(MentionFixture.catalog(profiles), profiles).find(text, 3, 12, Language.of("fr"), null);
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(x.start()).isEqualTo(3);
      assertThat(x.end()).isEqualTo(12);
    });
  }

  @Test
  void findsAnAcronymWrittenWithDotsOnlyInCapitals() {
    LanguageProfile none = LanguageProfile.empty(Language.of("fr"));
    assertThat(MentionFixture.summary("de Z.P. et ZP", none)).containsExactly("Z.P.→zembla-post", "ZP→zembla-post");
    assertThat(MentionFixture.summary("de z.p. et Zp", none)).isEmpty();
  }

  @Test
  void aNameWrittenWithAccentsMatchesItsDictionaryFormWithout() {
    LanguageProfile none = LanguageProfile.empty(Language.of("fr"));
    assertThat(MentionFixture.summary("de Zémbla Pöst et Bordúria", none))
        .containsExactly("Zémbla Pöst→zembla-post", "Bordúria→BRD");
  }

  @Test
  void aNameOfSeveralWordsEndsWithACapital() {
    LanguageProfile none = LanguageProfile.empty(Language.of("fr"));
    assertThat(MentionFixture.summary("de Zembla post", none)).containsExactly("Zembla→ZMB");
    assertThat(MentionFixture.summary("de Zembla Post", none)).containsExactly("Zembla Post→zembla-post");
  }

  @Test
  void twoAliasesOfOnePersonThatOverlapAreOneMention() {
    LanguageProfile none = LanguageProfile.empty(Language.of("fr"));
    assertThat(MentionFixture.summary("de Doctor Karl Odon", none)).containsExactly("Doctor Karl Odon→karl-odon");
    assertThat(MentionFixture.summary("de Doctor Karl et Karl Odon", none))
        .containsExactly("Doctor Karl→karl-odon", "Karl Odon→karl-odon");
  }

  @Test
  void anAliasOfAnotherActorThatOverlapsDoesNotLengthenAName() {
    LanguageProfile none = LanguageProfile.empty(Language.of("fr"));
    assertThat(MentionFixture.summary("de Karl Odon Post", none)).containsExactly("Karl Odon→karl-odon");
  }
}
