package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.internal.catalog.MentionFixture.find;
import static org.crosscheck.internal.catalog.MentionFixture.only;

import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Affiliation;
import org.crosscheck.Mention;
import org.crosscheck.internal.TestProfiles;
import org.junit.jupiter.api.Test;

class NamesAfterTitlesTest {

  @Test
  void makesACapitalisedRunAfterATitleAPersonOfTheTitlesActor() {
    Mention m = only("Palace speaker Olaf Brun said", TestProfiles.zemblan());
    assertThat(m.text()).isEqualTo("Palace speaker Olaf Brun");
    assertThat(m.actor().kind()).isEqualTo(ActorKind.PERSON);
    assertThat(m.actor().isAdHoc()).isTrue();
    assertThat(m.actor().name()).isEqualTo("Olaf Brun");
    assertThat(m.title()).map(Actor::id).contains("palace-speaker");
    assertThat(m.actor().memberOf()).extracting(Affiliation::actor).containsExactly("palace-speaker");
  }

  @Test
  void endsACapitalisedNameAtAWordThatIsNoNameAndNeedsTwoWords() {
    assertThat(only("Palace speaker Olaf Brun Grand", TestProfiles.zemblan()).text())
        .isEqualTo("Palace speaker Olaf Brun");
    assertThat(only("Palace speaker Olaf said", TestProfiles.zemblan()).actor().id()).isEqualTo("palace-speaker");
  }

  @Test
  void readsTheLowerCaseHalfOfAHyphenatedGivenName() {
    assertThat(only("Palace speaker Olaf Brun-sen said", TestProfiles.zemblan()).actor().name())
        .isEqualTo("Olaf Brun-sen");
    assertThat(only("Palace speaker Olaf - sen said", TestProfiles.zemblan()).actor().id())
        .isEqualTo("palace-speaker");
    assertThat(find("Palace speaker-elect Olaf Brun said", TestProfiles.zemblan()))
        .noneMatch(x -> x.actor().name().startsWith("elect"));
  }

  @Test
  void readsTwoUncasedWordsBeforeABoundary() {
    Mention m = only("Palace speaker olaf brun, dixit", TestProfiles.qabbish());
    assertThat(m.actor().name()).isEqualTo("olaf brun");
    assertThat(m.title()).map(Actor::id).contains("palace-speaker");
    assertThat(only("Palace speaker olaf brun ke", TestProfiles.qabbish()).actor().name()).isEqualTo("olaf brun");
    assertThat(only("Palace speaker olaf brun bono", TestProfiles.qabbish()).actor().id())
        .isEqualTo("palace-speaker");
  }

  @Test
  void takesNoDefiniteOrFunctionWordForAName() {
    assertThat(only("Palace speaker alvaro brun, ke", TestProfiles.qabbish()).actor().id())
        .isEqualTo("palace-speaker");
    assertThat(only("Palace speaker walid brun, ke", TestProfiles.qabbish()).actor().id())
        .isEqualTo("palace-speaker");
    assertThat(only("Palace speaker dixit brun, ke", TestProfiles.qabbish()).actor().id())
        .isEqualTo("palace-speaker");
    // The article's letters written with the grammar's name initial start a name.
    assertThat(only("Palace speaker Alvaro brun, ke", TestProfiles.qabbish()).actor().name())
        .isEqualTo("Alvaro brun");
  }

  @Test
  void readsNoNameWhereTheGrammarHasNoShapeForThem() {
    assertThat(find("Palace speaker Olaf Brun said", org.crosscheck.spi.LanguageProfile.empty(
        TestProfiles.ZEMBLAN))).extracting(m -> m.actor().id()).containsExactly("palace-speaker");
  }
}
