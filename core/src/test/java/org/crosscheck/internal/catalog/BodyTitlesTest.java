package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.internal.catalog.MentionFixture.find;
import static org.crosscheck.internal.catalog.MentionFixture.only;

import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Affiliation;
import org.crosscheck.Mention;
import org.crosscheck.internal.TestProfiles;
import org.crosscheck.spi.MentionGrammar;
import org.crosscheck.spi.MentionGrammar.DemonymOrder;
import org.crosscheck.spi.MentionGrammar.NameShape;
import org.junit.jupiter.api.Test;

class BodyTitlesTest {

  @Test
  void aBodysTitleNounInLowerCaseMakesTheNameAfterItAPersonOfTheBody() {
    Mention m = only("BL vizier Olaf Brun said", TestProfiles.zemblan());
    assertThat(m.text()).isEqualTo("BL vizier Olaf Brun");
    assertThat(m.actor().kind()).isEqualTo(ActorKind.PERSON);
    assertThat(m.actor().name()).isEqualTo("Olaf Brun");
    assertThat(m.title()).map(Actor::id).contains("boreal-league");
    assertThat(m.actor().memberOf()).extracting(Affiliation::actor).containsExactly("boreal-league");
  }

  @Test
  void anOutletBeforeATitleNounIsNoBodyWhosePersonFollows() {
    assertThat(find("ZP vizier Olaf Brun said", TestProfiles.zemblan()))
        .noneMatch(m -> m.actor().kind() == ActorKind.PERSON && m.title().isPresent());
  }

  @Test
  void aGrammarThatPutsAffiliationsAfterTheNounReadsNoTitleAfterTheBody() {
    MentionGrammar after = MentionGrammar.builder().words(TestProfiles.class, "qaa-mentions.tsv")
        .demonymOrder(DemonymOrder.AFTER_NOUN).namesAfterTitles(NameShape.CAPITALISED).adHocNames(true).build();
    assertThat(find("BL vizier Olaf Brun said", TestProfiles.zemblan(after)))
        .noneMatch(m -> m.actor().kind() == ActorKind.PERSON && m.title().isPresent());
  }
}
