package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ContactsTest {

  @Test
  void aMeetingTakesNoSideAndKeepsItsEvent() {
    assertThat(Readings.drafts("contact-met")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Saudi officials");
      assertThat(d.stance()).isEqualTo(Stance.NEUTRAL);
      assertThat(d.event().orElseThrow().code()).startsWith("04");
    });
  }

  @Test
  void aVerbTheDictionaryCodesAsConsultationTakesNoSide() {
    // "receive" is no word of the list: its CAMEO pattern with "ambassador" (043, hosting) makes it contact.
    assertThat(Readings.drafts("contact-received-envoy")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(Stance.NEUTRAL);
      assertThat(d.event().orElseThrow().code()).isEqualTo("043");
    });
  }

  @Test
  void aPlannedVisitTakesNoSide() {
    // The dictionary codes "plan visit" as an intent to meet (036), support here; the visit makes the claim, as a
    // visit to come (IntentVerbs).
    assertThat(Readings.drafts("planned-to-visit")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Ankara");
      assertThat(d.stance()).isEqualTo(Stance.NEUTRAL);
      assertThat(d.cue()).isEqualTo("planned to visit");
    });
  }

  @Test
  void talksHeldByTwoStatesTakeNoSideEitherWay() {
    // "held talks" is a stance phrase, headed by its verb: the phrase is the word of contact.
    assertThat(Readings.claims("contact-held-talks")).containsExactlyInAnyOrder("Kenya NEUTRAL Uganda",
        "Uganda NEUTRAL Kenya");
  }

  @Test
  void negotiatingTakesNoSideEitherWay() {
    assertThat(Readings.claims("negotiating-for-years")).containsExactly("Kenya NEUTRAL Somalia",
        "Somalia NEUTRAL Kenya");
  }

  @Test
  void anOfferToNegotiateBacksWhomItIsMadeTo() {
    assertThat(Readings.claims("offered-to-negotiate")).containsExactly("Ethiopia SUPPORT Eritrea");
  }

  @Test
  void negotiatingGoneOnOrBesideASupportTakesNoSide() {
    assertThat(Readings.claims("continued-to-negotiate")).containsExactly("Kenya NEUTRAL Somalia");
    assertThat(Readings.claims("negotiating-while-welcoming")).contains("Kenya NEUTRAL Somalia");
  }

  @Test
  void engagingWithSomeoneTakesNoSide() {
    assertThat(Readings.claims("contact-engaged")).containsExactly("EU NEUTRAL Taliban");
  }

  @Test
  void hostingNegotiatorsTakesNoSideWithEither() {
    assertThat(Readings.claims("contact-hosted")).isNotEmpty().allMatch(c -> c.contains(" NEUTRAL "));
  }

  @Test
  void joiningAnotherInAnActAlignsWithIt() {
    assertThat(Readings.claims("contact-joined")).contains("Britain SUPPORT Washington");
  }

  @Test
  void aMeetingRefusedStillOpposes() {
    assertThat(Readings.drafts("contact-refused-meet")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.negated()).isTrue();
    });
  }

  @Test
  void contactWithNoOneNamedIsLeftToTheRuleForStancesTowardNoOne() {
    assertThat(Readings.drafts("contact-met-none")).singleElement().satisfies(d -> {
      assertThat(d.target()).isEmpty();
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void comingToSomeonesDefenceIsSupportNotAVisit() {
    // "come to" is a visit (040) in the dictionary; "to … defence" is a pattern of backing (event-patterns.tsv).
    assertThat(Readings.drafts("contact-came-defence")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Syria");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.event().orElseThrow().code()).isEqualTo("051");
    });
  }

  @Test
  void aPeaceForceArrivingIsHelpNotContact() {
    assertThat(Readings.drafts("peacekeepers-arrived-state")).singleElement()
        .satisfies(d -> assertThat(d.stance()).isEqualTo(Stance.SUPPORT));
  }

  @Test
  void aCuratedVerbOfSupportKeepsItsStanceWhateverPatternCodesItAsHosting() {
    // "welcome … to" is a CAMEO pattern of hosting (043).
    assertThat(Readings.claims("given-award-welcomed")).containsExactly("United Nations SUPPORT Kenya");
  }

  @Test
  void aContactThatNeverHappenedIsNoStance() {
    assertThat(Readings.claims("never-came-to")).isEmpty();
  }

  @Test
  void aNegotiationThatNeverHappenedIsNoStanceWhateverTheDictionaryCodesIt() {
    assertThat(Readings.claims("not-negotiated-since")).isEmpty();
  }

  @Test
  void aNeutralActRefusedIsASnubAndOneNotDoneStaysNeutral() {
    assertThat(Readings.claims("refused-to-discuss")).containsExactly("Biya OPPOSE separatists");
    assertThat(Readings.drafts("refused-to-discuss")).allMatch(d -> d.negated());
    assertThat(Readings.claims("not-discussed")).containsExactly("Biya NEUTRAL separatists");
  }

  @Test
  void aSummitWithAPartyTakesNoSide() {
    assertThat(Readings.claims("summit-with")).containsExactly("Kenya NEUTRAL Uganda");
  }
}
