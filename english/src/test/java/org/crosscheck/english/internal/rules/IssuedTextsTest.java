package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

/**
 * "It" after a sentence that tells of a text ({@link IssuedTexts}): the text speaks for the body the sentence named as
 * its issuer, and for nobody when it named none, never for the state that reacted to it.
 */
class IssuedTextsTest {

  /** The drafts of fixture {@code id} read just after fixture {@code before}, in one article. */
  private static List<ClaimDraft> after(String before, String id) {
    Discourse d = new Discourse();
    Readings.Reading first = Readings.of(before, null, d);
    CandidateFilter.isCandidate(first.ctx(), Readings.LEX);
    new ClaimReader(Readings.LEX).read(first.ctx());
    Readings.Reading r = Readings.in(Conll.get(before).text() + " ", id, d);
    CandidateFilter.isCandidate(r.ctx(), Readings.LEX);
    new ClaimReader(Readings.LEX).read(r.ctx());
    return r.drafts();
  }

  private static String target(ClaimDraft x) {
    return x.target().map(t -> t.actor().id()).orElse("-");
  }

  @Test
  void itAfterASenateAdoptedAResolutionAngeringAStateIsTheSenate() {
    assertThat(after("bf-senate-adopted", "bf-it-condemns")).isNotEmpty().allSatisfy(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("PERLEG");
      assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(target(x)).isEqualTo("VEN");
    });
  }

  @Test
  void itAfterAResolutionAdoptedByASenateIsTheSenateNotTheStateThatSummonedAnEnvoy() {
    assertThat(after("bf-agent-resolution", "bf-it-condemns")).isNotEmpty().allSatisfy(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("PERLEG");
      assertThat(target(x)).isEqualTo("VEN");
    });
  }

  @Test
  void itAfterAStateReactedToAResolutionOfUnnamedLawmakersIsNobody() {
    assertThat(after("bf-reacted-resolution", "bf-it-condemns")).isEmpty();
  }

  @Test
  void itAfterAStateSaidInAStatementIsThatState() {
    assertThat(after("bf-said-in-statement", "bf-it-condemns")).isNotEmpty().allSatisfy(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("BOL");
      assertThat(target(x)).isEqualTo("VEN");
    });
  }

  @Test
  void itAfterAResolutionThatASenateApprovedIsTheSenateNotTheStateThatCriticisedIt() {
    assertThat(after("bf-relative-resolution", "bf-it-condemns")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("PERLEG"));
  }

  @Test
  void itAfterASenatesResolutionAngeredAStateIsTheSenate() {
    assertThat(after("bf-possessed-resolution", "bf-it-condemns")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("PERLEG"));
  }

  @Test
  void itAfterAStateDefendedItsOwnResolutionIsThatState() {
    assertThat(after("bf-own-resolution", "bf-it-condemns")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("BOL"));
  }
}
