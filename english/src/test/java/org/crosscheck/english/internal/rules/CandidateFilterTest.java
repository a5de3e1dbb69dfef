package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Article;
import org.crosscheck.Paragraph;
import org.crosscheck.spi.ArticleActors;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {

  /** A light-pass sentence: words with their lemmas, separated by single spaces. */
  private static boolean candidate(String text, String... lemmas) {
    return tagged(text, new String[lemmas.length], lemmas);
  }

  /** The same with part-of-speech tags, for the cues that need a verb. */
  private static boolean tagged(String text, String[] tags, String... lemmas) {
    return in(new Discourse(), text, tags, lemmas);
  }

  /** The same in an article whose earlier sentences left {@code discourse}. */
  private static boolean in(Discourse discourse, String text, String[] tags, String... lemmas) {
    String[] words = text.split(" ");
    List<Token> toks = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      toks.add(new Token(i, words[i], lemmas[i], tags[i] == null ? "" : tags[i], at, at + words[i].length()));
      at += words[i].length() + 1;
    }
    Article a = Readings.article(text, null, Paragraph.Kind.BODY);
    SentenceContext<EnglishSentence> ctx = SentenceContext.of(a, new EnglishSentence(toks, List.of(), Optional.empty(), Optional.empty()), 
        ArticleActors.of(Readings.CATALOG, a), discourse, Optional.empty(), false, d -> {});
    return CandidateFilter.isCandidate(ctx, Readings.LEX);
  }

  @Test
  void aMandateRenewedIsACandidateALeaseRenewedIsNot() {
    String[] tags = {"NNP", "VBD", "DT", "NN"};
    assertThat(tagged("Chile renewed the mandate", tags, "chile", "renew", "the", "mandate")).isTrue();
    assertThat(tagged("Chile renewed the lease", tags, "chile", "renew", "the", "lease")).isFalse();
  }

  @Test
  void aFeelingOfCensureTheTaggerMakesAnAdjectiveIsACandidate() {
    String[] tags = {"NNP", "VBD", "JJ", "IN", "NNP"};
    assertThat(tagged("Chile was concerned by Peru", tags, "chile", "be", "concerned", "by", "peru")).isTrue();
    assertThat(tagged("Chile was pleased by Peru", tags, "chile", "be", "pleased", "by", "peru")).isFalse();
  }

  @Test
  void aPatternPastAContainerPhraseMakesACandidate() {
    String[] tags = {"NNP", "VBD", "CD", "NNS", "IN", "JJ", "NNS"};
    assertThat(tagged("China launched two days of naval exercises", tags,
        "china", "launch", "two", "day", "of", "naval", "exercise")).isTrue();
    assertThat(tagged("China launched two days of naval festivities", tags,
        "china", "launch", "two", "day", "of", "naval", "festivity")).isFalse();
  }

  @Test
  void peacekeepersArrivingAreACandidateTouristsArrivingAreNot() {
    String[] tags = {"NNS", "IN", "NNP", "VBD"};
    assertThat(tagged("peacekeepers from Chile arrived", tags, "peacekeeper", "from", "chile", "arrive")).isTrue();
    assertThat(tagged("tourists from Chile arrived", tags, "tourist", "from", "chile", "arrive")).isFalse();
  }

  @Test
  void sentenceWithCueAndCatalogActorIsACandidate() {
    assertThat(candidate("Norway backs the plan", "norway", "back", "the", "plan")).isTrue();
  }

  @Test
  void sentenceWithCueAndPronounIsACandidate() {
    assertThat(candidate("they condemned the move", "they", "condemn", "the", "move")).isTrue();
  }

  @Test
  void sentenceWithCueButNoPossibleActorIsNot() {
    assertThat(candidate("prices rose and officials condemned nothing", "price", "rise", "and", "official",
        "condemn", "nothing")).isFalse();
  }

  @Test
  void theJuntaIsAPossibleActorOnlyOnceTheArticleNamedWhoseItIs() {
    String[] none = new String[5];
    String[] lemmas = {"the", "junta", "condemn", "the", "move"};
    assertThat(in(new Discourse(), "the junta condemned the move", none, lemmas)).isFalse();
    Discourse named = new Discourse();
    named.set(RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.JUNTA),
        org.crosscheck.ActorRef.of(Readings.CATALOG.actor("MLIGOV").orElseThrow(), "Mali's junta"));
    assertThat(in(named, "the junta condemned the move", none, lemmas)).isTrue();
  }

  @Test
  void sentenceWithActorButNoCueIsNot() {
    assertThat(candidate("Norway has many lakes", "norway", "have", "many", "lake")).isFalse();
  }

  @Test
  void aRefusalIsACue() {
    assertThat(candidate("Norway refused to answer", "norway", "refuse", "to", "answer")).isTrue();
  }

  @Test
  void aGroupNounThatActsAloneCanBeTheActor() {
    assertThat(candidate("protesters attacked the building", "protester", "attack", "the", "building")).isTrue();
    assertThat(candidate("officials attacked the building", "official", "attack", "the", "building")).isFalse();
  }

  @Test
  void aVerbOfNamingIsACue() {
    // "designated Hamas a terrorist group": the judgement is in the predicate, the verb is the candidate's cue.
    assertThat(tagged("Norway designated Hamas a menace", new String[] {"NNP", "VBD", "NNP", "DT", "NN"}, "norway",
        "designate", "hamas", "a", "menace")).isTrue();
    assertThat(tagged("Norway designated Hamas a menace", new String[] {"NNP", "NN", "NNP", "DT", "NN"}, "norway",
        "designate", "hamas", "a", "menace")).isFalse();
  }

  @Test
  void aVerbThatActsOnATieItsSentenceNamesIsACueAlsoAsTheFirstWordOfOne() {
    String[] tags = {"NNP", "VBD", "NNS", "IN", "NNP"};
    assertThat(tagged("Norway upgraded relations with Sweden", tags, "norway", "upgrade", "relation", "with",
        "sweden")).isTrue();
    assertThat(tagged("Norway scaled down relations with Sweden", new String[] {"NNP", "VBD", "RP", "NNS", "IN",
        "NNP"}, "norway", "scale", "down", "relation", "with", "sweden")).isTrue();
    assertThat(tagged("Norway renewed leases with Sweden", tags, "norway", "renew", "lease", "with", "sweden"))
        .isFalse();
  }

  @Test
  void aMultiWordPhraseIsACue() {
    assertThat(candidate("Norway cut ties", "norway", "cut", "tie")).isTrue();
    assertThat(candidate("Norway cut costs", "norway", "cut", "cost")).isFalse();
  }

  @Test
  void fireUndergoneIsACueAndFireHadIsNot() {
    String[] tags = {"NNP", "VBD", "IN", "NN"};
    assertThat(tagged("Norway came under fire", tags, "norway", "come", "under", "fire")).isTrue();
    assertThat(tagged("Norway had a fire", tags, "norway", "have", "a", "fire")).isFalse();
  }

  @Test
  void anArrivalForTalksIsACandidateAndAPlainArrivalIsNot() {
    // The purpose stands beyond the reach of the dictionary's pattern "arrive for talks".
    String[] tags = {"NNP", "VBD", "IN", "NNP", "IN", "NNP", "NN", "IN", "NNS"};
    assertThat(tagged("Ghana arrived in Lome on Tuesday morning for talks", tags,
        "ghana", "arrive", "in", "lome", "on", "tuesday", "morning", "for", "talk")).isTrue();
    assertThat(tagged("Ghana arrived in Lome on Tuesday morning for dinner", tags,
        "ghana", "arrive", "in", "lome", "on", "tuesday", "morning", "for", "dinner")).isFalse();
  }

  @Test
  void leavingAnInternationalBodyIsACandidateAndLeavingAStateIsNot() {
    String[] tags = {"NNP", "VBD", "NNP"};
    assertThat(tagged("Mali quit ECOWAS", tags, "mali", "quit", "ecowas")).isTrue();
    assertThat(tagged("Mali quit Senegal", tags, "mali", "quit", "senegal")).isFalse();
    String[] noun = {"NNP", "VBD", "PRP$", "NN", "IN", "NNP"};
    assertThat(tagged("Mali finalised its exit from ECOWAS", noun, "mali", "finalise", "its", "exit", "from", "ecowas"))
        .isTrue();
  }

  @Test
  void anActOfDecidingALaterRulingMayRecallIsACandidate() {
    String[] tags = {"NNP", "VBD", "DT", "NN"};
    assertThat(tagged("Chile suspended the ordinance", tags, "chile", "suspend", "the", "ordinance")).isTrue();
    assertThat(tagged("Chile overturned the ordinance", tags, "chile", "overturn", "the", "ordinance")).isTrue();
    assertThat(tagged("Chile printed the ordinance", tags, "chile", "print", "the", "ordinance")).isFalse();
  }
}
