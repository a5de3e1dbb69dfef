package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class DemandsTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void demandToStopOpposesTheOneAsked() {
    ClaimDraft d = withCue(read("تطالب عمان دمشق بوقف التهريب عبر الحدود.",
        "تطالب/VBP عمان/NNP دمشق/NNP ب/IN وقف/NN التهريب/DTNN عبر/IN الحدود/DTNN ./PUNC"), "تطالب");
    assertThat(holder(d)).isEqualTo("JOR");
    assertThat(target(d)).isEqualTo("SYRGOV");
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(d.event()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("105"));
  }

  @Test
  void callOnAStateToWithdrawOpposesItWhetherTheHolderComesFirstOrAfterTheVerb() {
    assertThat(target(withCue(read("المغرب يدعو الجزائر إلى الانسحاب من المنطقة.",
        "المغرب/DTNNP يدعو/VBP الجزائر/DTNNP الى/IN الانسحاب/DTNN من/IN المنطقة/DTNN ./PUNC"), "يدعو")))
        .isEqualTo("DZA");
    ClaimDraft d = withCue(read("دعت تونس ليبيا إلى الإفراج عن الصيادين.",
        "دعت/VBD تونس/NNP ليبيا/NNP الى/IN الافراج/DTNN عن/IN الصيادين/DTNNS ./PUNC"), "دعت");
    assertThat(holder(d)).isEqualTo("TUN");
    assertThat(target(d)).isEqualTo("LBY");
  }

  @Test
  void callToStopAStatesRaidsOpposesThatState() {
    assertThat(target(withCue(read("دعت قطر إلى وقف الغارات الروسية على القرى.",
        "دعت/VBD قطر/NNP الى/IN وقف/NN الغارات/DTNNS الروسية/DTJJ على/IN القرى/DTNN ./PUNC"), "دعت")))
        .isEqualTo("RUS");
  }

  @Test
  void callToTalkOrDemandForSupportTakesNoSide() {
    assertThat(read("دعت مصر ليبيا إلى الحوار.",
        "دعت/VBD مصر/NNP ليبيا/NNP الى/IN الحوار/DTNN ./PUNC")).isEmpty();
    assertThat(read("تطالب اليمن الكويت بزيادة المساعدات.",
        "تطالب/VBP اليمن/DTNNP الكويت/DTNNP ب/IN زيادة/NN المساعدات/DTNNS ./PUNC")).isEmpty();
  }

  @Test
  void actorInsideWhatIsDemandedIsNoTarget() {
    assertThat(read("طالبت بيروت بعودة اللاجئين السوريين.",
        "طالبت/VBD بيروت/NNP ب/IN عودة/NN اللاجئين/DTNNS السوريين/DTJJ ./PUNC"))
        .noneMatch(d -> d.target().isPresent());
    assertThat(read("طالبت لبنان بوقف الدعم لسوريا.",
        "طالبت/VBD لبنان/NNP ب/IN وقف/NN الدعم/DTNN ل/IN سوريا/NNP ./PUNC"))
        .noneMatch(d -> d.target().isPresent() && target(d).equals("SYR"));
  }

  @Test
  void whoeverDemandsAnActAgainstAnActorTakesItsSide() {
    ClaimDraft d = withCue(read("دعت كندا الدول الأعضاء إلى فرض عقوبات على بيلاروسيا.",
        "دعت/VBD كندا/NNP الدول/DTNNS الاعضاء/DTNNS الى/IN فرض/NN عقوبات/NNS على/IN بيلاروسيا/NNP ./PUNC"), "عقوبات");
    assertThat(holder(d)).isEqualTo("CAN");
    assertThat(target(d)).isEqualTo("BLR");
    assertThat(target(withCue(read("تحث النرويج السويد على دعم فنلندا.",
        "تحث/VBP النرويج/DTNNP السويد/DTNNP على/IN دعم/NN فنلندا/NNP ./PUNC"), "دعم"))).isEqualTo("FIN");
  }

  @Test
  void anActOfGivingWayOrAnActorFarInTheActIsNotTheDemandersStance() {
    assertThat(read("دعت تركيا روسيا إلى الانسحاب من سوريا.",
        "دعت/VBD تركيا/NNP روسيا/NNP الى/IN الانسحاب/DTNN من/IN سوريا/NNP ./PUNC"))
        .noneMatch(d -> target(d).equals("SYR"));
    assertThat(read("طالبت ألمانيا بطرد المقاتلين الأجانب من سوريا.",
        "طالبت/VBD المانيا/NNP ب/IN طرد/NN المقاتلين/DTNNS الاجانب/DTJJ من/IN سوريا/NNP ./PUNC"))
        .noneMatch(d -> target(d).equals("SYR"));
  }

  @Test
  void urgingToStopIsADemandToo() {
    ClaimDraft d = withCue(read("تحث النرويج السويد على وقف الصيد.",
        "تحث/VBP النرويج/DTNNP السويد/DTNNP على/IN وقف/NN الصيد/DTNN ./PUNC"), "تحث");
    assertThat(target(d)).isEqualTo("SWE");
  }

  @Test
  void anActorFarInTheDemandedActIsNoTargetOfTheDemander() {
    assertThat(read("دعت فرنسا إلى دعم جهود الوساطة مع روسيا.",
        "دعت/VBD فرنسا/NNP الى/IN دعم/NN جهود/NN الوساطة/DTNN مع/IN روسيا/NNP ./PUNC"))
        .noneMatch(d -> d.cue().equals("دعم") && target(d).equals("RUS"));
  }
}
