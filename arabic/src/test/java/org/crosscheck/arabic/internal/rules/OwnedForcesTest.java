package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class OwnedForcesTest {

  @Test
  void forcesWithTheVoicesSuffixAreTheVoicesOwn() {
    ClaimDraft d = withCue(Fixture.of("أعلنت الحكومة التركية أن قواتها قصفت مواقع لحزب العمال الكردستاني.").read(
        "اعلنت/VBD الحكومة/DTNN التركية/DTJJ ان/IN قوات/NNS ها/PRP$ قصفت/VBD مواقع/NN ل/IN حزب/NN العمال/DTNN "
            + "الكردستاني/DTJJ ./PUNC"), "قصفت");
    assertThat(holder(d)).isEqualTo("TURGOV");
  }

  @Test
  void peopleWithTheVoicesSuffixAreNotItsForces() {
    Reading r = Fixture.of("أعلنت الحكومة التركية أن مواطنيها رفضوا القرار.").reading(
        "اعلنت/VBD الحكومة/DTNN التركية/DTJJ ان/IN مواطني/NNS ها/PRP$ رفضوا/VBD القرار/DTNN ./PUNC");
    CommonActors.add(r);
    Segment reported = Segments.of(r).get(Segments.of(r).size() - 1);
    assertThat(OwnedForces.owner(r, reported, 5)).isNull();
  }
}
