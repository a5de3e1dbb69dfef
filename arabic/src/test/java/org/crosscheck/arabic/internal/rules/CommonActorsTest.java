package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class CommonActorsTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void commonNounIsAnAdHocActorOfItsSector() {
    ClaimDraft d = withCue(read("هاجم مسلحون حاجزا للجيش.",
        "هاجم/VBD مسلحون/NNS حاجزا/NN ل/IN الجيش/DTNN ./PUNC"), "هاجم");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void nisbaAfterTheNounMakesTheStatesSector() {
    ClaimDraft d = withCue(read("هاجم مسلحون فلسطينيون الجيش.",
        "هاجم/VBD مسلحون/NNS فلسطينيون/JJ الجيش/DTNN ./PUNC"), "هاجم");
    assertThat(holder(d)).isEqualTo("PSEUAF");
  }

  @Test
  void organisationAfterMinMakesThemItsOwn() {
    ClaimDraft d = withCue(read("خطف الرهائن على يد مسلحين من طالبان.",
        "خطف/VBN الرهائن/DTNNS على/IN يد/NN مسلحين/NNS من/IN طالبان/NNP ./PUNC"), "خطف");
    assertThat(holder(d)).isEqualTo("AFGREB");
  }

  @Test
  void nisbaAdjectiveNamesNoActorButAConstructPluralDoes() {
    Reading r = Fixture.of("العسكرية تدعم الحكومة.").reading("العسكرية/DTNN تدعم/VBP الحكومة/DTNN ./PUNC");
    CommonActors.add(r);
    assertThat(r.hasMention(0)).isFalse();
    assertThat(CommonActors.nisbaEnding("\u064a\u0647", false)).isTrue();
    assertThat(CommonActors.nisbaEnding("\u064a", true)).isTrue();
    assertThat(CommonActors.nisbaEnding("\u064a", false)).isFalse();
  }

  @Test
  void actorAfterTheAdjectiveIsNoGenitiveOfTheCommonNoun() {
    // "متظاهرون غاضبون السفارة الفرنسية": the adjective closes the construct; the embassy is what they attack.
    ClaimDraft d = withCue(read("هاجم متظاهرون غاضبون السفارة الفرنسية.",
        "هاجم/VBD متظاهرون/NNS غاضبون/JJ السفارة/DTNN الفرنسية/DTJJ ./PUNC"), "هاجم");
    assertThat(d.holder().text()).isEqualTo("متظاهرون غاضبون");
    assertThat(d.target()).isPresent();
  }
}
