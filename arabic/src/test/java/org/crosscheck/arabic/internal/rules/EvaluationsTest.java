package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class EvaluationsTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void headlineSpeakerWhoCallsAStatesPresenceAnOccupationOpposesIt() {
    ClaimDraft d = withCue(read("روسيا: الوجود الأمريكي في سوريا احتلال.",
        "روسيا/NNP :/PUNC الوجود/DTNN الامريكي/DTJJ في/IN سوريا/NNP احتلال/NN ./PUNC"), "احتلال");
    assertThat(holder(d)).isEqualTo("RUS");
    assertThat(target(d)).isEqualTo("USA");
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void reportedSpeakerWhoCallsAStatesActUnacceptableOpposesIt() {
    ClaimDraft d = withCue(read("قال أردوغان إن التدخل الفرنسي غير مقبول.",
        "قال/VBD اردوغان/NNP ان/IN التدخل/DTNN الفرنسي/DTJJ غير/RP مقبول/JJ ./PUNC"), "غير");
    assertThat(holder(d)).isEqualTo("recep-tayyip-erdogan");
    assertThat(target(d)).isEqualTo("FRA");
  }

  @Test
  void noSpeakerNoDemonymOrADefinitePredicateMakesNoJudgement() {
    assertThat(read("الوجود الروسي في سوريا احتلال.",
        "الوجود/DTNN الروسي/DTJJ في/IN سوريا/NNP احتلال/NN ./PUNC")).isEmpty();
    assertThat(read("روسيا: الوجود العسكري احتلال.",
        "روسيا/NNP :/PUNC الوجود/DTNN العسكري/DTJJ احتلال/NN ./PUNC")).isEmpty();
    assertThat(read("روسيا: الوجود الأمريكي الاحتلال.",
        "روسيا/NNP :/PUNC الوجود/DTNN الامريكي/DTJJ الاحتلال/DTNN ./PUNC"))
        .noneMatch(d -> d.target().isPresent() && target(d).equals("USA"));
  }

  @Test
  void wordsBetweenTheSubjectAndThePredicateOtherThanAPlaceBreakTheJudgement() {
    assertThat(read("روسيا: الوجود الأمريكي يدعم احتلال.",
        "روسيا/NNP :/PUNC الوجود/DTNN الامريكي/DTJJ يدعم/VBP احتلال/NN ./PUNC"))
        .noneMatch(d -> d.cue().equals("احتلال"));
  }
}
