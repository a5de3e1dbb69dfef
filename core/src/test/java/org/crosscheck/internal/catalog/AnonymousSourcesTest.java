package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.internal.catalog.MentionFixture.only;
import static org.crosscheck.internal.catalog.MentionFixture.summary;

import org.crosscheck.Mention;
import org.crosscheck.internal.TestProfiles;
import org.junit.jupiter.api.Test;

class AnonymousSourcesTest {

  @Test
  void readsASourceAndTheActorItIsCloseTo() {
    Mention m = only("un sorsa proxa de Palace dixit", TestProfiles.zemblan());
    assertThat(m.text()).isEqualTo("un sorsa proxa de Palace");
    assertThat(m.actor().id()).isEqualTo("anon:ZMBGOV");
    assertThat(m.isAnonymous()).isTrue();
    assertThat(m.chain()).containsExactly("anon:ZMBGOV", "ZMBGOV", "ZMB");
  }

  @Test
  void takesTheActorRightBeforeTheNounWhereModifiersComeFirst() {
    assertThat(only("Palace sorsas", TestProfiles.zemblan()).actor().id()).isEqualTo("anon:ZMBGOV");
    assertThat(summary("Palace sorsas", TestProfiles.qabbish())).containsExactly("Palace→ZMBGOV");
  }

  @Test
  void needsAModifierOrAnAffiliationForAQualifiedNoun() {
    assertThat(summary("insidera dixit", TestProfiles.zemblan())).isEmpty();
    assertThat(summary("un insidera dixit", TestProfiles.zemblan())).isEmpty();
    assertThat(summary("alta insidera dixit", TestProfiles.zemblan()))
        .containsExactly("alta insidera→anon:unaffiliated");
    assertThat(summary("sorsa dixit", TestProfiles.zemblan())).containsExactly("sorsa→anon:unaffiliated");
  }

  @Test
  void takesTheActorOrDemonymRightAfterTheNounWhereModifiersComeLast() {
    assertThat(only("fonto Zemblan", TestProfiles.qabbish()).actor().id()).isEqualTo("anon:ZMB");
    assertThat(only("fonto Palace", TestProfiles.qabbish()).actor().id()).isEqualTo("anon:ZMBGOV");
    assertThat(only("fonto el Palace", TestProfiles.qabbish()).actor().id()).isEqualTo("anon:ZMBGOV");
  }

  @Test
  void readsInflectedModifiersAndSkipsArticleWordsAfterTheNoun() {
    assertThat(summary("oficiro dixit", TestProfiles.qabbish())).isEmpty();
    assertThat(summary("oficiro bonfidas dixit", TestProfiles.qabbish()))
        .containsExactly("oficiro bonfidas→anon:unaffiliated");
    assertThat(only("fonto albona el Palace", TestProfiles.qabbish()).actor().id()).isEqualTo("anon:ZMBGOV");
  }
}
