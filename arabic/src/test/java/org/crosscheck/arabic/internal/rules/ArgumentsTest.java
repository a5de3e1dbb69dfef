package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void nounPhraseBeforeTheVerbIsItsSubjectAndTheNextItsObject() {
    ClaimDraft d = withCue(read("موسكو تهدد كييف برد حاسم.",
        "موسكو/NNP تهدد/VBP كييف/NNP ب/IN رد/NN حاسم/JJ ./PUNC"), "تهدد");
    assertThat(holder(d)).isEqualTo("RUSGOV");
    assertThat(target(d)).isEqualTo("UKRGOV");
  }

  @Test
  void firstNounPhraseAfterAClauseInitialVerbIsItsSubject() {
    ClaimDraft d = withCue(read("هاجم مسلحون حاجزا للجيش.",
        "هاجم/VBD مسلحون/NNS حاجزا/NN ل/IN الجيش/DTNN ./PUNC"), "هاجم");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void passiveVerbHasTheDoerOfItsAgentPhrase() {
    ClaimDraft d = withCue(read("خطف الرهائن على يد مسلحين من طالبان.",
        "خطف/VBN الرهائن/DTNNS على/IN يد/NN مسلحين/NNS من/IN طالبان/NNP ./PUNC"), "خطف");
    assertThat(holder(d)).isEqualTo("AFGREB");
  }

  @Test
  void subjectThatIsNoActorHoldsNothing() {
    assertThat(read("قتل ثلاثة جنود في الهجوم.", "قتل/VBD ثلاثة/CD جنود/NNS في/IN الهجوم/DTNN ./PUNC")
        .stream().filter(d -> d.cue().equals("قتل"))).isEmpty();
  }

  @Test
  void curatedVerbOfADerivedFormIsReadInTheImperfect() {
    ClaimDraft d = withCue(read("أنقرة تتهم دمشق بخرق الهدنة.",
        "انقرة/NNP تتهم/VBP دمشق/NNP ب/IN خرق/NN الهدنة/DTNN ./PUNC"), "تتهم");
    assertThat(holder(d)).isEqualTo("TURGOV");
    assertThat(target(d)).isEqualTo("SYRGOV");
  }

  @Test
  void agentPhraseMakesAVerbReadAsActiveAPassive() {
    ClaimDraft d = withCue(read("خطف الصحافي على يد مسلحين.",
        "خطف/VBD الصحافي/DTNN على/IN يد/NN مسلحين/NNS ./PUNC"), "خطف");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void agentNounAfterBiIsNoDoerOfAnActiveVerb() {
    List<ClaimDraft> ds = read("فجر مسلح نفسه بجانب دورية للجيش الألماني.",
        "فجر/VBD مسلح/NN نفس/NN ه/PRP$ ب/IN جانب/NN دورية/NN ل/IN الجيش/DTNN الالماني/DTJJ ./PUNC");
    assertThat(ds).noneMatch(d -> holder(d).startsWith("DEU"));
  }

  @Test
  void countedProtestersAreStillProtesters() {
    ClaimDraft d = withCue(read("تجمع 40 متظاهرا أمام السفارة.",
        "تجمع/VBP 40/CD متظاهرا/NN امام/NN السفارة/DTNN ./PUNC"), "تجمع");
    assertThat(holder(d)).startsWith("adhoc:group:");
  }

  @Test
  void verbAfterASubordinatingLinkHasASubjectOfItsOwn() {
    ClaimDraft d = withCue(read("تضررت المنازل إذ هاجم مسلحون القرية.",
        "تضررت/VBD المنازل/DTNNS اذ/IN هاجم/VBD مسلحون/NNS القرية/DTNN ./PUNC"), "هاجم");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void phraseOfPlaceBeforeTheVerbIsNoSubject() {
    ClaimDraft d = withCue(read("خارج مبنى السفارة هتف مئات المحتجين.",
        "خارج/NN مبنى/NN السفارة/DTNN هتف/VBD مئات/NN المحتجين/DTNNS ./PUNC"), "هتف");
    assertThat(holder(d)).startsWith("adhoc:group:");
  }

  @Test
  void countedPeopleWithAnAdjectiveAfterTheVerbAreItsSubject() {
    ClaimDraft d = withCue(read("احتشدت مجموعات صغيرة من المحتجين أمام السفارة.",
        "احتشدت/VBD مجموعات/NNS صغيرة/JJ من/IN المحتجين/DTNNS امام/NN السفارة/DTNN ./PUNC"), "احتشدت");
    assertThat(holder(d)).startsWith("adhoc:group:");
  }

  @Test
  void nounAfterAVerbThatFollowsARelativePronounIsItsObject() {
    List<ClaimDraft> ds = read("وصل المقاتلون الذين يهاجمون الحكومة التركية إلى المدينة.",
        "وصل/VBD المقاتلون/DTNNS الذين/WP يهاجمون/VBP الحكومة/DTNN التركية/DTJJ الى/IN المدينة/DTNN ./PUNC");
    assertThat(ds).noneMatch(d -> holder(d).equals("TURGOV"));
  }

  @Test
  void quantityOfAnActorAfterMinBeforeTheVerbIsItsSubject() {
    ClaimDraft d = withCue(read("العشرات من المستوطنين هاجموا القرية.",
        "العشرات/DTNNS من/IN المستوطنين/DTNNS هاجموا/VBD القرية/DTNN ./PUNC"), "هاجموا");
    assertThat(holder(d)).startsWith("adhoc:group:");
  }

  @Test
  void unitOfAForceCountsItLikeAQuantity() {
    ClaimDraft d = withCue(read("قوة من الشرطة اقتحمت المبنى.",
        "قوة/NN من/IN الشرطة/DTNN اقتحمت/VBD المبنى/DTNN ./PUNC"), "اقتحمت");
    assertThat(holder(d)).startsWith("adhoc:government:");
  }

  @Test
  void verbTaggedPassiveWithAnActorAndACountedObjectIsActive() {
    ClaimDraft d = withCue(read("قتل المسلحون ثلاثة رهائن.",
        "قتل/VBN المسلحون/DTNNS ثلاثة/CD رهائن/NN ./PUNC"), "قتل");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void gunfireOfAnActorNamesTheDoerAfterAnyVerb() {
    ClaimDraft d = withCue(read("قتل شرطي بنيران مسلحين مجهولين.",
        "قتل/VBD شرطي/NN ب/IN نيران/NN مسلحين/NNS مجهولين/JJ ./PUNC"), "قتل");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void agentPhraseOfAPassiveVerbMayFollowAPlaceAndADistanceInBrackets() {
    ClaimDraft d = withCue(read("خطف المهندس في وسط المدينة (20 كلم غرب العاصمة) من قبل مسلحين.",
        "خطف/VBN المهندس/DTNN في/IN وسط/NN المدينة/DTNN (/PUNC 20/CD كلم/NN غرب/NN العاصمة/DTNN )/PUNC من/IN "
            + "قبل/NN مسلحين/NNS ./PUNC"), "خطف");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void commaBetweenAReportedSubjectAndItsVerbIsReadPast() {
    ClaimDraft d = withCue(read("قالت الشرطة إن مسلحين يركبون دراجة، هاجموا الحاجز.",
        "قالت/VBD الشرطة/DTNN ان/IN مسلحين/NNS يركبون/VBP دراجة/NN ,/PUNC هاجموا/VBD الحاجز/DTNN ./PUNC"),
        "هاجموا");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void nounOfPlaceTheCatalogReadsAsACityIsNoActor() {
    // The default catalog no longer names a city "مدينة"; a catalog a host loads may still.
    org.crosscheck.ActorCatalog withCity = org.crosscheck.ActorCatalog.defaultCatalog().toBuilder()
        .add(org.crosscheck.Actor.builder("medina", org.crosscheck.ActorKind.GROUP)
            .names(org.crosscheck.Language.ARABIC, "مدينة").build())
        .build();
    Reading r = Fixture.of("تظاهر محتجون في المدينة.", withCity)
        .reading("تظاهر/VBD محتجون/NNS في/IN المدينة/DTNN ./PUNC");
    assertThat(r.ctx.hasMention(3)).as("the catalog reads it as a city").isTrue();
    assertThat(r.hasMention(3)).isFalse();
  }

  @Test
  void catalogSpanThatTookInItsPrepositionIsNoSubject() {
    Reading r = Fixture.of("كان محتجون بمدينة العريش قد أحرقوا مقرا للحزب.").reading(
        "كان/VBD محتجون/NNS ب/IN مدينة/NN العريش/DTNNP قد/RP احرقوا/VBD مقرا/NN ل/IN الحزب/DTNN ./PUNC");
    CommonActors.add(r);
    Arguments.Subject s = Arguments.of(r, new Segment(0, r.size(), java.util.Optional.empty()), 6);
    assertThat(s.actor()).isNotNull();
    assertThat(s.actor().first()).isEqualTo(1);
  }

  @Test
  void coordinatedVerbKeepsTheClausesActorWhenTheEarlierVerbShowsNoSubject() {
    ClaimDraft d = withCue(read("موسكو تتابع ما يجري هناك وتجري حوارا مع دمشق.",
        "موسكو/NNP تتابع/VBP ما/WP يجري/VBP هناك/RB و/CC تجري/VBP حوارا/NN مع/IN دمشق/NNP ./PUNC"), "حوارا");
    assertThat(holder(d)).startsWith("RUS");
  }

  @Test
  void coordinatedVerbWithAnActorAndAnObjectAfterItHasItsOwnSubject() {
    ClaimDraft d = withCue(read("قصفت موسكو مواقع قرب الحدود واتهمت أنقرة موسكو بالتصعيد.",
        "قصفت/VBD موسكو/NNP مواقع/NN قرب/NN الحدود/DTNN و/CC اتهمت/VBD انقرة/NNP موسكو/NNP ب/IN التصعيد/DTNN ./PUNC"),
        "اتهمت");
    assertThat(holder(d)).startsWith("TUR");
    assertThat(target(d)).startsWith("RUS");
  }

  @Test
  void coordinatedVerbWithAnActorAndThenAPrepositionSharesTheEarlierSubject() {
    ClaimDraft d = withCue(read("هاجمت موسكو مواقع قرب الحدود وقصفت كييف بالصواريخ.",
        "هاجمت/VBD موسكو/NNP مواقع/NN قرب/NN الحدود/DTNN و/CC قصفت/VBD كييف/NNP ب/IN الصواريخ/DTNN ./PUNC"),
        "قصفت");
    assertThat(holder(d)).startsWith("RUS");
    assertThat(target(d)).startsWith("UKR");
  }

  @Test
  void coordinatedVerbWithAnActorInTheObliqueCaseSharesTheEarlierSubject() {
    ClaimDraft d = withCue(read("هاجمت القوات الروسية مواقع قرب الحدود وقتلت المسلحين الثلاثة.",
        "هاجمت/VBD القوات/DTNNS الروسية/DTJJ مواقع/NN قرب/NN الحدود/DTNN و/CC قتلت/VBD المسلحين/DTNNS الثلاثة/CD ./PUNC"),
        "قتلت");
    assertThat(holder(d)).startsWith("RUS");
  }

  @Test
  void relativePronounAfterACommaHasItsAntecedentBeforeTheComma() {
    ClaimDraft d = withCue(read("وصل المتظاهرون الغاضبون، الذين يحتجون على القرار.",
        "وصل/VBD المتظاهرون/DTNNS الغاضبون/DTJJ ,/PUNC الذين/WP يحتجون/VBP على/IN القرار/DTNN ./PUNC"), "يحتجون");
    assertThat(holder(d)).startsWith("adhoc:group:");
  }

  @Test
  void adverbOfTimeBetweenTheVerbAndItsSubjectIsSkipped() {
    ClaimDraft d = withCue(read("يتجمع عصرا متظاهرون أمام السفارة.",
        "يتجمع/VBP عصرا/NN متظاهرون/NNS امام/NN السفارة/DTNN ./PUNC"), "يتجمع");
    assertThat(holder(d)).startsWith("adhoc:group:");
  }

  @Test
  void auxiliaryKanaBetweenTheSubjectAndTheImperfectIsReadPast() {
    ClaimDraft d = withCue(read("مواجهات بين الشرطة ومحتجين كانوا يهتفون ضد الحكومة التركية.",
        "مواجهات/NNS بين/NN الشرطة/DTNN و/CC محتجين/NNS كانوا/VBD يهتفون/VBP ضد/NN الحكومة/DTNN التركية/DTJJ ./PUNC"),
        "يهتفون");
    assertThat(holder(d)).startsWith("adhoc:group:");
  }

  @Test
  void agentNounTheTaggerReadAsAnAdjectiveAfterGunfireIsTheDoer() {
    ClaimDraft d = withCue(read("قتل أحد الجنود برصاص مسلحين ملثمين عند الحاجز.",
        "قتل/VBN احد/NN الجنود/DTNN ب/IN رصاص/NN مسلحين/JJ ملثمين/JJ عند/NN الحاجز/DTNN ./PUNC"), "قتل");
    assertThat(d.holder().text()).isEqualTo("مسلحين ملثمين");
    assertThat(d.target().orElseThrow().text()).isEqualTo("الجنود");
  }

  @Test
  void passiveAgentAfterATwoWordPlaceAndADistanceInBracketsIsTheDoer() {
    ClaimDraft d = withCue(read("خطف المهندس في بلدة عين صالح (60 كلم جنوب الحدود) على يد ثلاثة مسلحين.",
        "خطف/VBN المهندس/DTNN في/IN بلدة/NN عين/NNP صالح/NNP (/PUNC 60/CD كلم/NN جنوب/NN الحدود/DTNN )/PUNC"
            + " على/IN يد/NN ثلاثة/CD مسلحين/NNS ./PUNC"), "خطف");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void pronounAfterAnIsTheSubjectAndTheNounAfterTheVerbItsObject() {
    Reading r = Fixture.of("وأكد الجيش أنها استهدفت عناصر حماس في الموقع.").reading(
        "و/CC اكد/VBD الجيش/DTNN ان/IN ها/PRP استهدفت/VBD عناصر/NN حماس/NNP في/IN الموقع/DTNN ./PUNC");
    CommonActors.add(r);
    Segment seg = Segments.of(r).stream().filter(g -> g.from() <= 5 && 5 < g.to()).findFirst().orElseThrow();
    assertThat(Arguments.of(r, seg, 5).actor()).isNull();
  }

  @Test
  void nounRightAfterAnotherVerbIsNotTheSubjectOfTheVerbAfterIt() {
    assertThat(read("واعتبرت الأسد تراقب الوضع.",
        "و/CC اعتبرت/VBD الاسد/DTNNP تراقب/VBP الوضع/DTNN ./PUNC")).isEmpty();
  }

  @Test
  void subjectAfterAVerbOfBeingOrBeginningIsTheSubjectOfTheImperfectAfterIt() {
    ClaimDraft d = withCue(read("بدأت روسيا تدعم سوريا.", "بدات/VBD روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC"), "تدعم");
    assertThat(holder(d)).isEqualTo("RUS");
    assertThat(target(d)).isEqualTo("SYR");
  }

  @Test
  void subjectBeforeStillAndAnImperfectHoldsIt() {
    ClaimDraft d = withCue(read("روسيا لا تزال تدعم سوريا.",
        "روسيا/NNP لا/RP تزال/VBP تدعم/VBP سوريا/NNP ./PUNC"), "لا تزال تدعم");
    assertThat(holder(d)).isEqualTo("RUS");
    assertThat(target(d)).isEqualTo("SYR");
  }

  @Test
  void pluralOfPeopleBeforeASingularVerbIsNotItsSubject() {
    assertThat(read("المسلحين تهاجم الجيش.", "المسلحين/DTNNS تهاجم/VBP الجيش/DTNN ./PUNC")).isEmpty();
    ClaimDraft d = withCue(read("المسلحون يهاجمون الجيش.", "المسلحون/DTNNS يهاجمون/VBP الجيش/DTNN ./PUNC"),
        "يهاجمون");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void subjectPlacedFirstOpensItsClause() {
    Reading r = Fixture.of("روسيا تدعم سوريا، وتركيا تدعم قطر إذا مصر تدعم ليبيا.").reading(
        "روسيا/NNP تدعم/VBP سوريا/NNP ,/PUNC و/CC تركيا/NNP تدعم/VBP قطر/NNP اذا/IN مصر/NNP تدعم/VBP ليبيا/NNP ./PUNC");
    assertThat(Arguments.opensItsClause(r, 0)).isTrue();
    assertThat(Arguments.opensItsClause(r, 5)).isTrue();
    assertThat(Arguments.opensItsClause(r, 9)).isFalse();
    assertThat(Fixture.of("إذا مصر تدعم ليبيا.").read("اذا/IN مصر/NNP تدعم/VBP ليبيا/NNP ./PUNC"))
        .noneMatch(d -> holder(d).equals("EGY"));
  }

  @Test
  void verbAfterAQuestionPronounADemonstrativeOrAnotherVerbHasItsSubjectBeforeIt() {
    assertThat(read("من هاجم الجيش؟", "من/WP هاجم/VBD الجيش/DTNN ?/PUNC")).isEmpty();
    assertThat(read("من هاجم الجيش؟", "من/IN هاجم/VBD الجيش/DTNN ?/PUNC")).isEmpty();
    assertThat(read("هذا يهاجم الجيش.", "هذا/DT يهاجم/VBP الجيش/DTNN ./PUNC")).isEmpty();
    assertThat(read("يرى يهاجم الجيش.", "يرى/VBP يهاجم/VBP الجيش/DTNN ./PUNC")).isEmpty();
    ClaimDraft d = withCue(read("إلى ذلك هاجم مسلحون حاجزا للجيش.",
        "الى/IN ذلك/DT هاجم/VBD مسلحون/NNS حاجزا/NN ل/IN الجيش/DTNN ./PUNC"), "هاجم");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void nameWithThePrepositionInItsSpanAfterTheVerbIsNoSubject() {
    assertThat(read("تراقب لموسكو التصريحات.", "تراقب/VBP ل/IN موسكو/NNP التصريحات/DTNNS ./PUNC")).isEmpty();
  }
}
