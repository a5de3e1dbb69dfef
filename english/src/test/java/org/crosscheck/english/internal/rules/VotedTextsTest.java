package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class VotedTextsTest {

  @Test
  void voteForAResolutionDraftedByAStateSupportsTheDrafter() {
    assertThat(Readings.claims("vote-for-drafted")).containsExactly("Mexico SUPPORT Norway");
  }

  @Test
  void voteInFavourOfAHyphenDraftedTextSupportsTheDrafter() {
    assertThat(Readings.drafts("vote-favour-hyphen")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("BRA");
    });
  }

  @Test
  void voteInFavorOfATextPutForwardByAStateSupportsIt() {
    assertThat(Readings.claims("vote-favor-put-forward")).containsExactly("Ireland SUPPORT Ghana");
  }

  @Test
  void voteForAStateSupportsTheState() {
    assertThat(Readings.claims("vote-for-state")).containsExactly("Kenya SUPPORT Somalia");
  }

  @Test
  void voteAgainstAResolutionCondemningAStateOpposesNoOneItNames() {
    assertThat(Readings.drafts("vote-against-condemning")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void voteForAResolutionCondemningAStateKeepsTheResolutionsStanceOnly() {
    assertThat(Readings.claims("vote-for-condemning")).containsExactly("Chile OPPOSE Iran", "Chile SUPPORT -");
  }

  @Test
  void voteForABanOnAStatesGoodsBacksNoState() {
    assertThat(Readings.drafts("vote-for-ban")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void voteAgainstAStatesExpulsionOpposesNoState() {
    assertThat(Readings.drafts("vote-against-expulsion")).isNotEmpty()
        .allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aBlockedTextsStanceIsNotTheBlockers() {
    assertThat(Readings.claims("blocked-text-participle")).doesNotContain("Hungary OPPOSE China")
        .contains("Hungary OPPOSE EU");
  }

  @Test
  void anIssuedTextsStanceIsTheIssuers() {
    assertThat(Readings.claims("issued-text-participle")).containsExactly("China OPPOSE Japan");
  }
}
