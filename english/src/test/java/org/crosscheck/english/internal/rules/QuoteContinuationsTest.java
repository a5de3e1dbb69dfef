package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.ActorRef;
import org.crosscheck.Article;
import org.crosscheck.Paragraph;
import org.crosscheck.Stance;
import org.crosscheck.spi.ArticleActors;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;
import org.junit.jupiter.api.Test;

class QuoteContinuationsTest {

  private static final String EXCUSE = Conll.get("qc-excuse").text();

  /** The discourse after the attributed quote about Kyiv, Lavrov its speaker. */
  private static Discourse afterExcuse() {
    Readings.Reading r = Readings.of("qc-excuse");
    new ClaimReader(Readings.LEX).read(r.ctx());
    return r.ctx().discourse();
  }

  /** Every rule's drafts on fixture {@code id} read between {@code before} and {@code after} in one paragraph. */
  private static List<ClaimDraft> read(String before, String id, String after, Discourse d) {
    Conll.Fixture f = Conll.get(id);
    Article a = Readings.article(before + f.text() + after, null, Paragraph.Kind.BODY);
    List<ClaimDraft> drafts = new ArrayList<>();
    SentenceContext<EnglishSentence> ctx = SentenceContext.of(a, f.at(before.length()),
        ArticleActors.of(Readings.CATALOG, a), d, Optional.of(a.paragraphs().get(0)), false, drafts::add);
    new ClaimReader(Readings.LEX).read(ctx);
    return drafts;
  }

  @Test
  void aQuotedSentenceAfterAnAttributedQuoteIsItsSpeakersJudgementOfWhomItsPronounStandsFor() {
    assertThat(read(EXCUSE + " ", "qc-lied", "", afterExcuse())).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("sergey-lavrov");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("UKRGOV");
    });
  }

  @Test
  void aQuotedHeIsAPersonTheCatalogLacksWhomTheQuotationMadeItsSubject() {
    Readings.Reading first = Readings.of("qc-varga");
    new ClaimReader(Readings.LEX).read(first.ctx());
    assertThat(Readings.claims(read(first.ctx().article().text() + " ", "qc-he-liar", "",
        first.ctx().discourse()))).containsExactly("Lavrov OPPOSE Tomas Varga");
  }

  @Test
  void aQuotedSentenceAfterANarratedOneIsNobodysJudgement() {
    assertThat(read(EXCUSE + " Lavrov left. ", "qc-lied", "", afterExcuse())).isEmpty();
  }

  @Test
  void itInAContinuationStandsForNoOne() {
    assertThat(read(EXCUSE + " ", "qc-shameful-day", "", afterExcuse())).isEmpty();
  }

  @Test
  void aVoiceAfterTheQuotationIsItsSpeaker() {
    assertThat(read(EXCUSE + " ", "qc-lied-unclosed", " We know it,\" Zakharova said.", afterExcuse()))
        .singleElement().satisfies(d -> {
          assertThat(d.holder().actor().id()).isEqualTo("maria-zakharova");
          assertThat(d.target().orElseThrow().actor().id()).isEqualTo("UKRGOV");
        });
  }

  @Test
  void aVoiceAfterTheQuotationThatNamesNoActorLeavesItUnjudged() {
    assertThat(read(EXCUSE + " ", "qc-lied-unclosed", " We know it,\" a diplomat said.", afterExcuse())).isEmpty();
  }

  /** Whether the light pass of {@code sentence}, read after {@code before} in one paragraph, is a candidate. */
  private static boolean candidate(String before, String sentence, String[] tags, Discourse d) {
    String[] words = sentence.split(" ");
    List<Token> toks = new ArrayList<>();
    int at = before.length();
    for (int i = 0; i < words.length; i++) {
      String lemma = words[i].toLowerCase(java.util.Locale.ROOT);
      toks.add(new Token(i, words[i], lemma, tags[i], at, at + words[i].length()));
      at += words[i].length() + 1;
    }
    Article a = Readings.article(before + sentence, null, Paragraph.Kind.BODY);
    SentenceContext<EnglishSentence> ctx = SentenceContext.of(a,
        new EnglishSentence(toks, List.of(), Optional.empty(), Optional.empty()), ArticleActors.of(Readings.CATALOG, a),
        d, Optional.of(a.paragraphs().get(0)), false, x -> {});
    return CandidateFilter.isCandidate(ctx, Readings.LEX);
  }

  @Test
  void aJudgingWordMakesAContinuationACandidateButNotAQuoteWithNoVoiceBefore() {
    String before = "\"Kyiv wants war,\" Lavrov said. ";
    String sentence = "\" They are reckless . \"";
    String[] tags = {"``", "PRP", "VBP", "JJ", ".", "''"};
    Discourse voiced = new Discourse();
    voiced.set(QuoteContinuations.LAST, new QuoteContinuations.Voice(0, before.length() - 1, 0,
        ActorRef.of(Readings.CATALOG.actor("sergey-lavrov").orElseThrow(), "Lavrov"), null, false));
    assertThat(candidate(before, sentence, tags, voiced)).isTrue();
    assertThat(candidate(before, sentence, tags, new Discourse())).isFalse();
  }
}
