package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ReducedPassivesTest {

  private static boolean undergone(String id, String verb) {
    Readings.Reading r = Readings.of(id);
    return ReducedPassives.undergone(r.graph(), r.node(verb));
  }

  @Test
  void headlineParticipleHasItsSubjectUndergoTheAct() {
    assertThat(undergone("reduced-headline", "freed")).isTrue();
    assertThat(Readings.drafts("reduced-headline")).isEmpty();
  }

  @Test
  void reducedRelativeReadAsAClauseGivesItsSubjectNoStance() {
    assertThat(Readings.drafts("reduced-relative")).noneMatch(d -> d.cue().contains("kidnapped"));
    // The tagger reads this one as a past tense; "kidnap" never stands without its object in the active voice.
    assertThat(Readings.of("reduced-past").graph().pos(Readings.of("reduced-past").node("kidnapped")))
        .isEqualTo("VBD");
    assertThat(undergone("reduced-past", "kidnapped")).isTrue();
    assertThat(Readings.drafts("reduced-past")).noneMatch(d -> d.cue().contains("kidnapped"));
  }

  @Test
  void aNounSummingUpTheClauseAfterACommaIsNoObjectOfTheParticiple() {
    // "pardoned 41 people jailed over the protests, a decision welcomed by …": the parser reads "jailed" as a clause
    // with "people" its subject and "a decision" its object.
    assertThat(undergone("reduced-passive-summed", "jailed")).isTrue();
    assertThat(Readings.claims("reduced-passive-summed")).noneMatch(c -> c.startsWith("people"));
    // "…, a decision welcomed by X but criticised by Y": the conjunct the parser also made the participle's object.
    assertThat(undergone("reduced-passive-summed-conj", "jailed")).isTrue();
    assertThat(Readings.drafts("reduced-passive-summed-conj")).noneMatch(d -> d.cue().equals("jailed"));
  }

  @Test
  void activeVerbWithItsObjectKeepsItsSubjectAsHolder() {
    assertThat(undergone("reduced-active", "kidnapped")).isFalse();
    assertThat(Readings.drafts("reduced-active")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Gunmen");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void byPhraseOfAHeadlineParticipleNamesWhoActed() {
    assertThat(Readings.drafts("reduced-agent")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Algeria");
      assertThat(d.cue()).isEqualTo("freed");
    });
  }

  @Test
  void participleCoordinatedWithAnAuxiliaryVerbSharesItsAuxiliary() {
    assertThat(undergone("reduced-conjunct", "retaliated")).isFalse();
    assertThat(Readings.drafts("reduced-conjunct")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Mexico");
      assertThat(d.cue()).contains("retaliated");
    });
  }

  @Test
  void prepositionalStancePhraseTaggedAsParticipleIsActive() {
    Readings.Reading r = Readings.of("reduced-phrase");
    assertThat(r.graph().pos(r.node("rounded"))).isEqualTo("VBN");
    assertThat(undergone("reduced-phrase", "rounded")).isFalse();
    assertThat(Readings.drafts("reduced-phrase")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Egyptian president");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("ETH"));
    });
  }

  @Test
  void participleDescribingANounGivesThatNounNoStance() {
    Readings.Reading r = Readings.of("passive-describes");
    assertThat(ReducedPassives.describes(r.graph(), r.node("jailed"))).isTrue();
    assertThat(ReducedPassives.describes(r.graph(), r.node("freed"))).isFalse();
    assertThat(Readings.drafts("passive-describes")).noneMatch(d -> d.cue().contains("jailed"))
        .anySatisfy(d -> assertThat(d.cue()).isEqualTo("freed"));
  }
  @Test
  void aChargeTaggedAsAParticipleAfterItsClauseIsTheSpeakersAccusation() {
    Readings.Reading r = Readings.of("rights-group-charged-police");
    assertThat(ReducedPassives.undergone(r.graph(), r.node("charged"))).isFalse();
    assertThat(Readings.drafts("rights-group-charged-police")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("rights group");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Egyptian police"));
    });
  }

  @Test
  void activistsChargedWithACrimeAreWhomTheChargeBefalls() {
    Readings.Reading r = Readings.of("activists-charged-minsk");
    assertThat(ReducedPassives.undergone(r.graph(), r.node("charged"))).isTrue();
    assertThat(Readings.drafts("activists-charged-minsk")).isEmpty();
  }

  /** "rebels backed by Rwanda": the noun the participle describes is whom its agent backs. */
  @Test
  void theNounAPassiveParticipleDescribesIsItsAgentsTarget() {
    assertThat(Readings.claims("condemned-rebels-backed-by")).containsExactlyInAnyOrder("Kenya OPPOSE rebels",
        "Rwanda SUPPORT rebels");
  }
}
