package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class SummonsTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void summoningAnotherStatesAmbassadorOpposesThatState() {
    ClaimDraft d = withCue(read("استدعت النرويج السفير الروسي.",
        "استدعت/VBD النرويج/DTNNP السفير/DTNN الروسي/DTJJ ./PUNC"), "استدعت");
    assertThat(holder(d)).isEqualTo("NOR");
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().cameo().orElse(t.actor().id()))
        .startsWith("RUS"));
    assertThat(d.event()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("114"));
  }

  @Test
  void imperfectWithTheHolderFirstSummonsToo() {
    ClaimDraft d = withCue(read("بلجيكا تستدعي سفير إيران.",
        "بلجيكا/NNP تستدعي/VBP سفير/NN ايران/NNP ./PUNC"), "تستدعي");
    assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().cameo().orElse(t.actor().id()))
        .startsWith("IRN"));
  }

  @Test
  void witnessesOrTheHoldersOwnEnvoyAreNoComplaint() {
    assertThat(read("استدعت المحكمة الشهود.", "استدعت/VBD المحكمة/DTNN الشهود/DTNNS ./PUNC")).isEmpty();
    assertThat(read("استدعت النرويج سفيرها لدى روسيا.",
        "استدعت/VBD النرويج/DTNNP سفير/NN ها/PRP$ لدى/NN روسيا/NNP ./PUNC")).isEmpty();
  }

  @Test
  void chargeDAffairesStateIsNamedByTheDemonymAfterTheTitle() {
    List<ClaimDraft> ds = read("استدعت الدنمارك القائم بالأعمال الإيراني.",
        "استدعت/VBD الدنمارك/DTNNP القائم/VN ب/IN الاعمال/DTNN الايراني/DTJJ ./PUNC");
    ClaimDraft d = withCue(ds, "استدعت");
    assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().cameo().orElse(t.actor().id()))
        .startsWith("IRN"));
  }

  @Test
  void anEnvoyOfNoStateIsNoComplaint() {
    assertThat(read("استدعت الشرطة سفير النوايا الحسنة للتحقيق.",
        "استدعت/VBD الشرطة/DTNN سفير/NN النوايا/DTNNS الحسنة/DTJJ ل/IN التحقيق/DTNN ./PUNC")).isEmpty();
  }

  @Test
  void aGovernmentCalledInIsNoEnvoySummoned() {
    assertThat(read("استدعت مصر الحكومة الليبية للحوار.",
        "استدعت/VBD مصر/NNP الحكومة/DTNN الليبية/DTJJ ل/IN الحوار/DTNN ./PUNC")).isEmpty();
  }
}
