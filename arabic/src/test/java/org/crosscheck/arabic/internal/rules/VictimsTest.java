package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class VictimsTest {

  private static ClaimDraft read(String text, String tagged, String cue) {
    return withCue(Fixture.of(text).read(tagged), cue);
  }

  @Test
  void countedPeopleAfterTheSubjectOfAVerbOfViolenceAreItsTarget() {
    ClaimDraft d = read("خطف مسلحون ثلاثة مهندسين قرب الحدود.",
        "خطف/VBD مسلحون/NNS ثلاثة/CD مهندسين/NNS قرب/NN الحدود/DTNN ./PUNC", "خطف");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
    assertThat(target(d)).startsWith("adhoc:group:");
    assertThat(d.target().orElseThrow().text()).isEqualTo("ثلاثة مهندسين");
  }

  @Test
  void countedPeopleAfterTheSubjectsRelativeClauseAreTheTarget() {
    ClaimDraft d = read("خطف مسلحون يستقلون سيارة ثلاثة مهندسين قرب الحدود.",
        "خطف/VBD مسلحون/NNS يستقلون/VBP سيارة/NN ثلاثة/CD مهندسين/NNS قرب/NN الحدود/DTNN ./PUNC", "خطف");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
    assertThat(d.target().orElseThrow().text()).isEqualTo("ثلاثة مهندسين");
  }

  @Test
  void objectOfTheSubjectsRelativeClauseIsNoTarget() {
    ClaimDraft d = read("خطف مسلحون يرتدون زي الشرطة رجلا قرب الحدود.",
        "خطف/VBD مسلحون/NNS يرتدون/VBP زي/NN الشرطة/DTNN رجلا/NN قرب/NN الحدود/DTNN ./PUNC", "خطف");
    assertThat(d.target()).isEmpty();
  }

  @Test
  void peopleRightAfterTheVerbAreTheObjectOfAPrecedingSubject() {
    ClaimDraft d = read("مسلحون قتلوا مدنيين أفغانا أمس.",
        "مسلحون/NNS قتلوا/VBD مدنيين/NNS افغانا/JJ امس/NN ./PUNC", "قتلوا");
    assertThat(d.target().orElseThrow().text()).isEqualTo("مدنيين أفغانا");
  }

  @Test
  void peopleOutsideTheObjectSlotAreNoTarget() {
    ClaimDraft d = read("هاجم مسلحون حاجزا قرب منزل مهندسين.",
        "هاجم/VBD مسلحون/NNS حاجزا/NN قرب/NN منزل/NN مهندسين/NNS ./PUNC", "هاجم");
    assertThat(target(d)).isEqualTo("-");
  }

  @Test
  void nounOfPeopleIsNoTargetOfAVerbThatIsNoViolence() {
    // A criticism needs a named target, and people it names are no victims: no claim.
    assertThat(Fixture.of("انتقد مسلحون سياسيين في بيان.").read(
        "انتقد/VBD مسلحون/NNS سياسيين/JJ في/IN بيان/NN ./PUNC")).isEmpty();
  }

  @Test
  void casualtiesNamedBeforeTheAttackAreItsTarget() {
    ClaimDraft d = read("أعلن الجيش مقتل خمسة مدنيين في هجوم شنه مسلحون على القرية.",
        "اعلن/VBD الجيش/DTNN مقتل/NN خمسة/CD مدنيين/NNS في/IN هجوم/NN شن/NN ه/PRP$ مسلحون/NNS على/IN القرية/DTNN "
            + "./PUNC", "هجوم");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
    assertThat(d.target().orElseThrow().text()).contains("مدنيين");
  }

  @Test
  void casualtiesTheAttackLedToAreItsTarget() {
    ClaimDraft d = read("شن الجيش غارة أدت إلى مقتل عشرة مدنيين.",
        "شن/VBD الجيش/DTNN غارة/NN ادت/VBD الى/IN مقتل/NN عشرة/CD مدنيين/NNS ./PUNC", "غارة");
    assertThat(d.target().orElseThrow().text()).contains("مدنيين");
  }

  @Test
  void victimsOfASuicideAttackFollowAVerbOfCasualties() {
    ClaimDraft d = read("فجر انتحاري نفسه فقتل ثلاثة مهندسين.",
        "فجر/VBD انتحاري/JJ نفس/NN ه/PRP$ ف/CC قتل/VBN ثلاثة/CD مهندسين/NNS ./PUNC", "فجر");
    assertThat(d.target().orElseThrow().text()).contains("مهندسين");
  }

  @Test
  void theDayBeforeYesterdayBetweenTheVerbAndItsObjectIsSkipped() {
    ClaimDraft d = read("مسلحون خطفوا أول من أمس خمسة من المهندسين.",
        "مسلحون/NNS خطفوا/VBD اول/ADJ_NUM من/IN امس/NN خمسة/CD من/IN المهندسين/DTNNS ./PUNC", "خطفوا");
    assertThat(d.target().orElseThrow().text()).contains("المهندسين");
  }

  @Test
  void casualtiesBeforeALinkOfTimeAreTheTargetOfTheActAfterIt() {
    ClaimDraft d = read("قتل جنديان وأصيب ثلاثة مدنيين عندما فجر مسلح نفسه قرب الحاجز.",
        "قتل/VBN جنديان/NN و/CC اصيب/VBN ثلاثة/CD مدنيين/NNS عند/NN ما/IN فجر/VBD مسلح/NN نفس/NN ه/PRP$ قرب/NN"
            + " الحاجز/DTNN ./PUNC", "فجر");
    assertThat(d.target().orElseThrow().text()).contains("مدنيين");
  }

  @Test
  void linkOfTimeWithNoCasualtiesBeforeItGivesNoTarget() {
    ClaimDraft d = read("وصل الوزير إلى المدينة عندما فجر مسلح نفسه قرب الحاجز.",
        "وصل/VBD الوزير/DTNN الى/IN المدينة/DTNN عند/NN ما/IN فجر/VBD مسلح/NN نفس/NN ه/PRP$ قرب/NN الحاجز/DTNN"
            + " ./PUNC", "فجر");
    assertThat(target(d)).isEqualTo("-");
  }

  @Test
  void phraseOfTimeCountedInUnitsBetweenSubjectAndObjectIsSkipped() {
    ClaimDraft d = read("واختطف مسلحون منذ ثلاثة أسابيع، اثنين من المهندسين قرب المصفاة.",
        "و/CC اختطف/VBD مسلحون/NNS منذ/IN ثلاثة/CD اسابيع/NN ,/PUNC اثنين/CD من/IN المهندسين/DTNNS قرب/NN"
            + " المصفاة/DTNN ./PUNC", "اختطف");
    assertThat(d.target().orElseThrow().text()).contains("المهندسين");
  }

  @Test
  void firstOfTheCasualtiesJoinedBeforeTheAttackIsItsTarget() {
    ClaimDraft d = read("أعلن الجيش مقتل جنديين وإصابة خمسة مدنيين في هجوم شنه مسلحون على القرية.",
        "اعلن/VBD الجيش/DTNN مقتل/NN جنديين/NN و/CC اصابة/NN خمسة/CD مدنيين/NNS في/IN هجوم/NN شن/NN ه/PRP$"
            + " مسلحون/NNS على/IN القرية/DTNN ./PUNC", "هجوم");
    assertThat(d.target().orElseThrow().text()).isEqualTo("جنديين");
  }

  @Test
  void membersOfAForceAreCountedLikeItsUnits() {
    ClaimDraft d = read("أعلن الجيش مقتل اثنين من عناصر الحرس الثوري في هجوم شنه مسلحون على القرية.",
        "اعلن/VBD الجيش/DTNN مقتل/NN اثنين/CD من/IN عناصر/NN الحرس/DTNN الثوري/DTJJ في/IN هجوم/NN شن/NN ه/PRP$"
            + " مسلحون/NNS على/IN القرية/DTNN ./PUNC", "هجوم");
    assertThat(d.target().orElseThrow().text()).contains("الحرس");
  }
}
