package org.crosscheck.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.ActorCatalog;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.Attribution;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.DateSource;
import org.crosscheck.Language;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

/** Short English sentences for each phenomenon, through the real CoreNLP pipeline. */
class EnglishClaimExtractorIT {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.builder().languages(Language.ENGLISH).build();
  private static final ActorCatalog CATALOG = ActorCatalog.defaultCatalog();

  private static List<Claim> claims(String text) {
    return EXTRACTOR.extract(PARSER.parse(text)).claims();
  }

  private static List<Claim> claims(String text, LocalDate published) {
    Article a = PARSER.parse(text);
    Article dated = new Article(a.id(), a.source(), a.title(), Optional.of("Test Wire"), Optional.of(published),
        Optional.empty(), a.language(), a.text(), a.paragraphs(), a.warnings());
    return EXTRACTOR.extract(dated).claims();
  }

  private static Claim only(List<Claim> claims) {
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  private static boolean liftsTo(String id, String expected) {
    return CATALOG.chain(id.startsWith("anon:") ? id.substring(5) : id, Optional.empty()).contains(expected);
  }

  @Test
  void readsReportedSpeechWithSpeakerActorAndTarget() {
    Claim c = only(claims("On December 2, Russian Presidential Press Secretary Dmitry Peskov stated that Russia "
        + "would continue to back Syrian President Bashar al-Assad."));
    assertThat(c.actor().id()).isEqualTo("RUS");
    assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("dmitry-peskov"));
    assertThat(c.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("bashar-al-assad"));
    assertThat(c.stance()).isEqualTo(Stance.SUPPORT);
    assertThat(c.cue()).isEqualTo("continue to back");
    assertThat(c.modality()).isEqualTo(Modality.FUTURE);
    assertThat(c.negated()).isFalse();
    assertThat(c.dateText()).contains("December 2");
    assertThat(c.attribution().direct()).isFalse();
  }

  @Test
  void readsAReportedClauseWhoseSubjectTheParserTookForTheObjectOfSaid() {
    Claim c = only(claims("Turkey said Israel was attacking Lebanon."));
    assertThat(c.actor().id()).isEqualTo("ISR");
    assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("TUR"));
    assertThat(c.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("LBN"));
    assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void parsesTheStoryAfterItsDatelineAlone() {
    Claim c = only(claims("MOSUL — Turkish drone strikes killed four Kurdish fighters near the border on Sunday."));
    assertThat(c.actor().id()).isEqualTo("TUR");
    assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(c.cue()).isEqualTo("killed");
  }

  @Test
  void tagsTheWordsAfterADatelineAgainAsTheWholeSentenceIsTagged() {
    // "sanction" after "to" is tagged a noun by the tagger, in the words after the dateline as in the whole sentence.
    Claim c = only(claims("LIMA, May 4 (Reuters) - Peru backed the proposal to sanction Chile."));
    assertThat(c.actor().id()).isEqualTo("PER");
    assertThat(c.target().orElseThrow().id()).isEqualTo("CHL");
    assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void readsATitleCaseHeadlineAsASentence() {
    List<Claim> cs = claims("Britain Imposes New Sanctions on Iran\n\nThe measures target three banks.");
    assertThat(cs).anySatisfy(c -> {
      assertThat(c.evidence().part()).isEqualTo(org.crosscheck.Evidence.Part.TITLE);
      assertThat(c.actor().id()).isEqualTo("GBR");
      assertThat(c.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("IRN"));
      assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void turnsANegatedSupportIntoOpposition() {
    Claim c = only(claims("Informed sources reported that the Russian leadership has notified the Syrian "
        + "government that it does not intend to provide any assistance.", LocalDate.of(2024, 12, 5)));
    assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(c.negated()).isTrue();
    assertThat(c.actor().id()).isEqualTo("RUSGOV");
    assertThat(c.actor().mention()).isEqualTo("Russian leadership");
    assertThat(c.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("syria-assad-government"));
    assertThat(c.attribution().anonymous()).isTrue();
    assertThat(c.attribution().chain()).extracting(Attribution.Voice::role)
        .containsExactly(Attribution.Role.OUTLET, Attribution.Role.SPEAKER);
  }

  @Test
  void readsRefrainFromAndNoPlanToAsNegation() {
    Claim refrain = only(claims("Turkey will refrain from supporting the Syrian opposition, Ankara said."));
    assertThat(refrain.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(refrain.negated()).isTrue();
    Claim noPlan = only(claims("A source close to the Kremlin said Russia has no plan to save Assad."));
    assertThat(noPlan.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(noPlan.negated()).isTrue();
    assertThat(noPlan.attribution().anonymous()).isTrue();
    assertThat(noPlan.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("anon:RUSGOV"));
  }

  @Test
  void marksHedges() {
    Claim c = only(claims("Moscow may support the new Syrian government, officials said."));
    assertThat(c.modality()).isEqualTo(Modality.HEDGED);
    assertThat(c.stance()).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void marksConditions() {
    Claim ifNecessary = only(claims("Peskov said Russia would provide military aid to Syria if necessary."));
    assertThat(ifNecessary.modality()).isEqualTo(Modality.CONDITIONAL);
    Claim inTheEvent = only(claims("Iran will defend Hezbollah in the event of an Israeli attack."));
    assertThat(inTheEvent.modality()).isEqualTo(Modality.CONDITIONAL);
    assertThat(inTheEvent.actor().id()).isEqualTo("IRN");
  }

  @Test
  void marksFutureAndIntent() {
    Claim c = only(claims("China plans to support Iran in the talks, Beijing said."));
    assertThat(c.modality()).isEqualTo(Modality.FUTURE);
  }

  @Test
  void readsPassivesWithTheAgentAsActor() {
    Claim c = only(claims("Assad is backed by Moscow, the report said."));
    assertThat(c.actor().id()).isEqualTo("RUSGOV");
    assertThat(c.target()).hasValueSatisfying(t -> assertThat(liftsTo(t.id(), "SYR")).isTrue());
    assertThat(c.stance()).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void keepsTheActorWhenANewspaperIsTheVoice() {
    Claim c = only(claims("Libya has offered to hand over to Great Britain two of its nationals suspected by the "
        + "West of blowing up a Pan Am plane in 1988, a state-owned Egyptian newspaper said."));
    assertThat(c.actor().id()).isEqualTo("LBY");
    assertThat(c.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("GBR"));
    assertThat(c.stance()).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void readsNominalStanceWithThePossessorAsActor() {
    Claim c = only(claims("Iranian Foreign Minister Abbas Araghchi reaffirmed Iran's \"steadfast support\" for the "
        + "Assad government.").stream().filter(x -> x.cue().contains("support")).toList());
    assertThat(c.actor().id()).isEqualTo("IRN");
    assertThat(c.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("syria-assad-government"));
    assertThat(c.attribution().direct()).isTrue();
  }

  @Test
  void readsAccordingToAndQuotesAsAttribution() {
    Claim c = only(claims("According to TASS, Russia condemned the strikes on Damascus."));
    assertThat(c.attribution().agencies()).containsExactly("TASS");
    assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
    Claim q = only(claims("\"We will support Damascus,\" Lavrov said.").stream()
        .filter(x -> x.stance() == Stance.SUPPORT).toList());
    assertThat(q.actor().id()).isEqualTo("RUSGOV");
    assertThat(q.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("sergey-lavrov"));
    assertThat(q.attribution().direct()).isTrue();
  }

  @Test
  void attributesAQuoteSpanningSentencesToItsSpeaker() {
    List<Claim> cs = claims("\"Russia stands by the Syrian people. Moscow will continue to support Damascus,\" "
        + "Lavrov said on Tuesday.");
    assertThat(cs).anySatisfy(c -> {
      assertThat(c.actor().id()).isEqualTo("RUSGOV");
      assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("sergey-lavrov"));
      assertThat(c.attribution().direct()).isTrue();
      assertThat(c.evidence().text()).startsWith("Moscow will continue");
    });
  }

  @Test
  void resolvesHeToTheLastNamedSpeaker() {
    List<Claim> cs = claims("Russian Foreign Minister Sergey Lavrov spoke in Moscow on Tuesday.\nHe said Russia "
        + "would support the Syrian government.");
    Claim c = only(cs);
    assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("sergey-lavrov"));
  }

  @Test
  void datesClaimsFromTheTextOrThePublicationDate() {
    Claim c = only(claims("On Monday, Turkey condemned the Syrian government.", LocalDate.of(2024, 12, 6)));
    assertThat(c.date()).contains(LocalDate.of(2024, 12, 2));
    assertThat(c.dateSource()).isEqualTo(DateSource.TEXT);
    Claim p = only(claims("Turkey condemned the Syrian government.", LocalDate.of(2024, 12, 6)));
    assertThat(p.date()).contains(LocalDate.of(2024, 12, 6));
    assertThat(p.dateSource()).isEqualTo(DateSource.PUBLICATION);
  }

  @Test
  void findsNoClaimsInBackgroundAndAnalysis() {
    assertThat(claims("Russia's support for the Assad regime during the Syrian Civil War has been pivotal."))
        .isEmpty();
    assertThat(claims("Turkey has historically backed opposition factions against Assad.")).isEmpty();
    assertThat(claims("Analysts have also noted that Russia's military support to Syria may be affected by its "
        + "involvement in Ukraine.")).isEmpty();
    assertThat(claims("Russia backed Assad in 2015 when the rebels advanced.", LocalDate.of(2024, 12, 6))).isEmpty();
  }

  @Test
  void readsTheVerbAfterARelativeClauseTheParserTookForTheSentence() {
    // The parser reads this aside as the sentence and leaves France without its verb; parsed again without it.
    Claim c = only(claims("France, which hosts a large diaspora, has condemned Azerbaijan."));
    assertThat(c.actor().id()).isEqualTo("FRA");
    assertThat(c.target()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("AZE"));
    assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void readsAppositiveSpeakers() {
    List<Claim> cs = claims("Peskov, the Kremlin spokesman, said Moscow condemned the attack on Russian diplomats "
        + "by HTS.");
    Claim condemned = only(cs.stream().filter(x -> x.cue().equals("condemned")).toList());
    assertThat(condemned.actor().id()).isEqualTo("RUSGOV");
    assertThat(condemned.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("dmitry-peskov"));
    // The nominal "attack … by HTS" is HTS's opposition to the Russian diplomats, on Peskov's word.
    Claim attack = only(cs.stream().filter(x -> x.cue().equals("attack")).toList());
    assertThat(attack.actor().id()).isEqualTo("hayat-tahrir-al-sham");
    assertThat(attack.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void readsTheParsersGraphAsMendedBeforeTheRules() {
    // TrailingParticiples: those the deal angered are no second object of the signing, nor is the participle part
    // of their name.
    List<Claim> cs = claims("The EU signed the trade deal, angering farmers who accused the European Commission of "
        + "betrayal.");
    assertThat(cs).extracting(c -> c.actor().mention()).contains("farmers").doesNotContain("angering farmers");
    assertThat(cs).noneMatch(c -> c.target().filter(t -> t.mention().contains("farmers")).isPresent());
  }
}
