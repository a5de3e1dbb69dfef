package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.ActorRef;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

/**
 * A description ("the bloc", "the kingdom") or a pronoun that looks back one sentence ({@link PreviousSentence},
 * {@link Antecedents}), read as the driver reads an article: every sentence noted by the candidate filter first.
 */
class PreviousSentenceTest {

  /** The drafts of fixture {@code id} read just after fixture {@code before}, in one article. */
  private static List<ClaimDraft> after(String before, String id, Discourse d) {
    Readings.Reading first = Readings.of(before, null, d);
    CandidateFilter.isCandidate(first.ctx(), Readings.LEX);
    Readings.Reading r = Readings.in(Conll.get(before).text() + " ", id, d);
    CandidateFilter.isCandidate(r.ctx(), Readings.LEX);
    new ClaimReader(Readings.LEX).read(r.ctx());
    return r.drafts();
  }

  private static List<ClaimDraft> after(String before, String id) {
    return after(before, id, new Discourse());
  }

  /** The drafts of the last of {@code ids}, each fixture read in turn as the sentences of one article. */
  private static List<ClaimDraft> chain(String... ids) {
    Discourse d = new Discourse();
    StringBuilder before = new StringBuilder();
    Readings.Reading r = null;
    for (String id : ids) {
      r = Readings.in(before.toString(), id, d);
      CandidateFilter.isCandidate(r.ctx(), Readings.LEX);
      new ClaimReader(Readings.LEX).read(r.ctx());
      before.append(Conll.get(id).text()).append(' ');
    }
    return r.drafts();
  }

  private static String target(ClaimDraft x) {
    return x.target().map(t -> t.actor().id()).orElse("-");
  }

  @Test
  void theBlocCondemnedAfterTheUnionIsNamedIsTheUnion() {
    assertThat(after("ad-eu-named", "ad-condemned-bloc")).anySatisfy(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("CHNGOV");
      assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(target(x)).isEqualTo("european-union");
    });
  }

  @Test
  void theBlocAfterTwoBodiesStandsForNeither() {
    assertThat(after("ad-eu-au-named", "ad-condemned-bloc"))
        .allSatisfy(x -> assertThat(target(x)).isEqualTo("-"));
  }

  @Test
  void theGulfBodyIsTheGulfCouncilNamedJustBefore() {
    assertThat(after("ad-gcc-named", "ad-criticised-gulf-body")).anySatisfy(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("QAT");
      assertThat(x.target().orElseThrow().actor().name()).isEqualTo("Gulf Cooperation Council");
    });
  }

  @Test
  void theGulfBodyIsNoBodyWhoseNameLacksTheGulf() {
    assertThat(after("ad-eu-named", "ad-criticised-gulf-body"))
        .allSatisfy(x -> assertThat(target(x)).isEqualTo("-"));
  }

  @Test
  void theKingdomAfterSaudiArabiaIsNamedBacksAsSaudiArabia() {
    assertThat(after("ad-saudi-named", "ad-kingdom-backed")).anySatisfy(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("SAU");
      assertThat(x.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(target(x)).startsWith("YEM");
    });
  }

  @Test
  void theKingdomNamedByADescriptionIsStillTheKingdomASentenceLater() {
    assertThat(chain("ad-saudi-named", "ad-kingdom-backed-plan", "ad-criticised-kingdom")).anySatisfy(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("ISR");
      assertThat(target(x)).isEqualTo("SAU");
    });
  }

  @Test
  void theKingdomAfterItsCapitalIsNamedIsTheStateNotItsGovernment() {
    assertThat(after("ad-riyadh-named", "ad-criticised-kingdom"))
        .anySatisfy(x -> assertThat(target(x)).isEqualTo("SAU"));
  }

  @Test
  void theKingdomTwoSentencesAfterANameThatNoDescriptionCarriedIsNobody() {
    assertThat(chain("ad-saudi-named", "ad-office-unnamed", "ad-criticised-kingdom"))
        .allSatisfy(x -> assertThat(target(x)).isEqualTo("-"));
  }

  @Test
  void theKingdomIsNoStateThatIsNotOne() {
    assertThat(after("ad-egypt-named", "ad-kingdom-backed"))
        .noneMatch(x -> x.holder().actor().id().startsWith("EGY"));
  }

  @Test
  void theKingdomAfterARepublicAndAKingdomIsTheKingdom() {
    assertThat(after("ad-egypt-jordan-named", "ad-kingdom-backed")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("JOR"));
  }

  @Test
  void aSentenceOfTheKingdomAfterANamedKingdomIsReadDeeply() {
    Discourse d = new Discourse();
    assertThat(CandidateFilter.isCandidate(Readings.of("ad-kingdom-backed-plan", null, d).ctx(), Readings.LEX))
        .as("with nobody named before").isFalse();
    Discourse named = new Discourse();
    CandidateFilter.isCandidate(Readings.of("ad-saudi-named", null, named).ctx(), Readings.LEX);
    assertThat(CandidateFilter.isCandidate(
        Readings.in(Conll.get("ad-saudi-named").text() + " ", "ad-kingdom-backed-plan", named).ctx(),
        Readings.LEX)).isTrue();
  }

  @Test
  void itAfterAnUnnamedOfficeIsNotTheHolderOfAnEarlierSentence() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("AZE").orElseThrow(), "Azerbaijan"));
    assertThat(after("ad-office-unnamed", "ad-it-accused", d))
        .noneMatch(x -> x.holder().actor().id().equals("AZE"));
  }

  @Test
  void aBlocWithACapitalisedNameWordOfItsOwnIsNoEarlierHolder() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("european-union").orElseThrow(), "the European Union"));
    assertThat(after("ad-eu-named", "ad-victory-bloc", d))
        .noneMatch(x -> x.holder().actor().id().equals("european-union"));
  }

  @Test
  void itAfterANamedStateOpensTheSentenceIsThatState() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("AZE").orElseThrow(), "Azerbaijan"));
    assertThat(after("ad-russia-statement", "ad-it-accused-named", d)).isNotEmpty()
        .allSatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("RUS"));
  }

  @Test
  void theBlocsOwnMinistersPraiseNoneOfTheirOwnBloc() {
    assertThat(after("ad-eu-named", "ad-bloc-praised-bloc"))
        .noneMatch(x -> target(x).equals("european-union"));
  }

  private static Discourse azerbaijanHeldLast() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("AZE").orElseThrow(), "Azerbaijan"));
    return d;
  }

  @Test
  void itAfterAStateThatActedOnADayIsThatState() {
    assertThat(after("ad-russia-day-statement", "ad-it-accused-named", azerbaijanHeldLast())).isNotEmpty()
        .allSatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("RUS"));
  }

  @Test
  void itAfterAStateWithAnInsertBeforeItsVerbIsThatState() {
    assertThat(after("ad-russia-insert-statement", "ad-it-accused-named", azerbaijanHeldLast())).isNotEmpty()
        .allSatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("RUS"));
  }

  @Test
  void itAfterAListOfStatesIsNoneOfThemNorAnEarlierHolder() {
    assertThat(after("ad-russia-list-statement", "ad-it-accused-named", azerbaijanHeldLast()))
        .noneMatch(x -> java.util.Set.of("RUS", "TUR", "IRN", "AZE").contains(x.holder().actor().id()));
    assertThat(after("ad-russia-list-statement", "ad-it-accused-named", iranHeldLast()))
        .noneMatch(x -> x.holder().actor().id().equals("IRN"));
  }

  private static Discourse iranHeldLast() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("IRN").orElseThrow(), "Iran"));
    return d;
  }

  @Test
  void theyAfterAListIsNoHolderOfAnEarlierSentence() {
    assertThat(after("ad-russia-list-statement", "ad-they-accused-named", azerbaijanHeldLast()))
        .noneMatch(x -> x.holder().actor().id().equals("AZE"));
  }

  @Test
  void theyAfterAListMayStillBeTheListedLastHolder() {
    assertThat(after("ad-russia-list-statement", "ad-they-accused-named", iranHeldLast()))
        .anySatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("IRN"));
  }

  @Test
  void itAfterAnUnnamedOfficeThatActedOnADayIsNoEarlierHolder() {
    assertThat(after("ad-office-day-unnamed", "ad-it-accused", azerbaijanHeldLast()))
        .noneMatch(x -> x.holder().actor().id().equals("AZE"));
  }

  @Test
  void theMilitantsAfterAnArmedGroupIsNamedAreThatGroup() {
    assertThat(after("ad-shabaab-named", "ad-defeat-militants")).anySatisfy(x -> {
      assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(target(x)).isEqualTo("al-shabaab");
    });
  }

  @Test
  void theMilitantsAfterTwoArmedGroupsStandForNeither() {
    assertThat(after("ad-two-groups-named", "ad-defeat-militants")).isNotEmpty()
        .noneSatisfy(x -> assertThat(target(x)).isIn("al-shabaab", "islamic-state"));
  }
}
