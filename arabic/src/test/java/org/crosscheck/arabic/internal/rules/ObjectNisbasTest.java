package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ObjectNisbasTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void demonymOnTheObjectNamesTheTarget() {
    ClaimDraft d = withCue(read("الحوثيون يستهدفون السفن الأمريكية في البحر.",
        "الحوثيون/DTNNS يستهدفون/VBP السفن/DTNN الامريكية/DTJJ في/IN البحر/DTNN ./PUNC"), "يستهدفون");
    assertThat(target(d)).isEqualTo("USA");
  }

  @Test
  void demonymPastAPrepositionAndAnotherAdjectiveNamesTheTarget() {
    assertThat(target(withCue(read("السعودية تشيد بالجهود الكويتية.",
        "السعودية/DTNNP تشيد/VBP ب/IN الجهود/DTNN الكويتية/DTJJ ./PUNC"), "تشيد"))).isEqualTo("KWT");
    assertThat(target(withCue(read("بوتين ينتقد الدور الإقليمي التركي في ليبيا.",
        "بوتين/NNP ينتقد/VBP الدور/DTNN الاقليمي/DTJJ التركي/DTJJ في/IN ليبيا/NNP ./PUNC"), "ينتقد")))
        .isEqualTo("TUR");
  }

  @Test
  void demonymOnAPlanNamesTheStateNotItsArmedForces() {
    assertThat(target(withCue(read("تونس ترفض الورقة الفرنسية.",
        "تونس/NNP ترفض/VBP الورقة/DTNN الفرنسية/DTJJ ./PUNC"), "ترفض"))).isEqualTo("FRA");
  }

  @Test
  void holdersOwnStateAPersonOrAnUnagreeingAdjectiveIsNoTarget() {
    assertThat(read("روسيا تدعم الاقتصاد الروسي.",
        "روسيا/NNP تدعم/VBP الاقتصاد/DTNN الروسي/DTJJ ./PUNC")).isEmpty();
    assertThat(read("إسرائيل تدين الشاعرة الفلسطينية.",
        "اسرائيل/NNP تدين/VBP الشاعرة/DTNN الفلسطينية/DTJJ ./PUNC")).isEmpty();
    // A definite noun's indefinite adjective is a predicate of its own clause, not the noun's.
    assertThat(read("روسيا تدعم الحكومة سورية.",
        "روسيا/NNP تدعم/VBP الحكومة/DTNN سورية/JJ ./PUNC")).noneMatch(d -> d.target().isPresent()
        && target(d).equals("SYR"));
  }

  @Test
  void whatProtestersCarryIsNoTarget() {
    assertThat(read("رفع المتظاهرون الأعلام الفلسطينية.",
        "رفع/VBD المتظاهرون/DTNNS الاعلام/DTNNS الفلسطينية/DTJJ ./PUNC"))
        .noneMatch(d -> d.target().isPresent());
  }
}
