package org.crosscheck.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.crosscheck.ActorCatalog;
import org.crosscheck.Article;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.DateSource;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Language;
import org.crosscheck.Paragraph;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ArticleDrafts;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.ExtractorSettings;
import org.crosscheck.spi.LanguageExtraction;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.LanguageSupport;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.SentenceView;
import org.crosscheck.spi.Token;
import org.junit.jupiter.api.Test;

/**
 * The driver on a toy language: sentences end with ". ", tokens are separated by spaces, and one rule reads
 * "HOLDER backs TARGET" (or "opposes", or "watches" for a neutral stance) with markers for the voice ("said"), the
 * past ("formerly") and nothing else.
 */
class ArticleRunTest {

  record Toy(List<Token> tokens) implements SentenceView {}

  static final class ToyLanguage implements LanguageExtraction<Toy>, LanguageSupport {
    Predicate<SentenceContext<Toy>> candidate = c -> true;
    final List<String> deepened = new ArrayList<>();
    boolean voiceQuotes;
    final List<String> memory = new ArrayList<>();

    @Override
    public List<Toy> annotate(String text, int offset) {
      List<Toy> out = new ArrayList<>();
      List<Token> toks = new ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int s = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '.') {
          i++;
        }
        if (i > s) {
          String w = text.substring(s, i);
          toks.add(new Token(toks.size(), w, w.toLowerCase(), "", s + offset, i + offset));
        }
        if (i < text.length() && text.charAt(i) == '.') {
          i++;
          if (!toks.isEmpty()) {
            out.add(new Toy(toks));
          }
          toks = new ArrayList<>();
        }
      }
      if (!toks.isEmpty()) {
        out.add(new Toy(toks));
      }
      return out;
    }

    @Override
    public boolean isCandidate(SentenceContext<Toy> context) {
      return candidate.test(context);
    }

    @Override
    public Optional<Toy> deepen(Toy part) {
      String first = part.tokens().get(0).word();
      if (first.equals("Crash")) {
        throw new IllegalStateException("engine broke");
      }
      deepened.add(first);
      return Optional.of(part);
    }

    @Override
    public void read(SentenceContext<Toy> ctx) {
      memory.add(ctx.discourse().lastPerson().map(p -> p.id()).orElse("-") + "/"
          + ctx.discourse().lastHolder().map(p -> p.id()).orElse("-"));
      List<Token> t = ctx.tokens();
      if (t.get(0).word().equals("Broken")) {
        throw new IllegalArgumentException("rule broke");
      }
      if (t.get(0).word().equals("Looping")) {
        throw new StackOverflowError();
      }
      for (int i = 0; i < t.size(); i++) {
        Stance stance = t.get(i).word().equals("backs") ? Stance.SUPPORT
            : t.get(i).word().equals("opposes") ? Stance.OPPOSE : t.get(i).word().equals("watches") ? Stance.NEUTRAL
            : null;
        if (stance == null) {
          continue;
        }
        int cue = i;
        ActorSpan holder = ctx.mentions().stream().filter(m -> m.last() < cue).reduce((a, b) -> b).orElseThrow();
        Optional<ActorSpan> target = ctx.mentions().stream().filter(m -> m.first() > cue).findFirst();
        boolean said = t.stream().anyMatch(x -> x.word().equals("said"));
        boolean unnamed = t.stream().anyMatch(x -> x.word().equals("reportedly"));
        ctx.emit(ClaimDraft.builder(holder, stance, t.get(i).word(), i).target(target)
            .report(said ? ClaimDraft.Report.NAMED : unnamed ? ClaimDraft.Report.UNNAMED
                : ClaimDraft.Report.NARRATED)
            .lookingBack(t.stream().anyMatch(x -> x.word().equals("formerly")))
            .build());
      }
    }

    @Override
    public void finish(ArticleDrafts drafts) {
      if (!voiceQuotes) {
        return;
      }
      for (ArticleDrafts.Entry e : drafts.entries()) {
        drafts.replace(e.index(), e.draft().voicedBy(ActorSpan.implied(
            ActorCatalog.defaultCatalog().actor("sergey-lavrov").orElseThrow(), "Lavrov")));
      }
    }

    @Override
    public Language language() {
      return Language.ENGLISH;
    }

    @Override
    public String artifactId() {
      return "toy";
    }

    @Override
    public LanguageExtraction<?> extraction() {
      return this;
    }

    @Override
    public LanguageProfile profile() {
      return LanguageProfile.builder(Language.ENGLISH).backgroundSections(java.util.Set.of("background")).build();
    }
  }

  private final ToyLanguage toy = new ToyLanguage();
  private final ClaimExtractor extractor = ExtractionDriver.of(toy, ExtractorSettings.defaults());

  /** An article of paragraphs; a paragraph starting with "## " is a heading. */
  private static Article article(LocalDate published, String... paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Paragraph> ps = new ArrayList<>();
    for (String p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      boolean heading = p.startsWith("## ");
      String body = heading ? p.substring(3) : p;
      ps.add(new Paragraph(text.length(), text.length() + body.length(),
          heading ? Paragraph.Kind.HEADING : Paragraph.Kind.BODY));
      text.append(body);
    }
    return new Article("toy", "toy", "", Optional.empty(), Optional.ofNullable(published), Optional.empty(),
        Language.ENGLISH, text.toString(), ps, List.of());
  }

  private static Article titled(String title, Article body) {
    return new Article(body.id(), body.source(), title, body.outlet(), body.published(), body.publishedTime(),
        body.language(), body.text(), body.paragraphs(), body.warnings());
  }

  @Test
  void theHeadlineIsReadAsAPartOfItsOwn() {
    Article a = titled("Norway backs Sweden", article(null, "Talks went on. Denmark backs Finland."));
    List<Claim> cs = claims(a);
    assertThat(cs).extracting(Claim::id).containsExactly("toy#t0.1", "toy#15.1");
    assertThat(cs.get(0).evidence().part()).isEqualTo(org.crosscheck.Evidence.Part.TITLE);
    assertThat(cs.get(0).evidence().text()).isEqualTo("Norway backs Sweden");
    assertThat(cs.get(1).evidence().part()).isEqualTo(org.crosscheck.Evidence.Part.BODY);
  }

  @Test
  void aHeadlineWrittenSpeakerColonQuoteIsVoicedByTheSpeaker() {
    Article a = titled("Lavrov: Norway backs Sweden", article(null, "Talks went on."));
    assertThat(claims(a)).singleElement().satisfies(c -> {
      assertThat(c.speaker().orElseThrow().id()).isEqualTo("sergey-lavrov");
      assertThat(c.attribution().direct()).isTrue();
    });
    Article b = titled("Oslo talks with Lavrov: Norway backs Sweden", article(null, "Talks went on."));
    assertThat(claims(b)).singleElement().satisfies(c -> assertThat(c.speaker()).isEmpty());
  }

  @Test
  void aHeadlineTheBodyRepeatsIsReadOnce() {
    Article a = titled("Norway backs Sweden", article(null, "Norway backs Sweden. Talks went on."));
    assertThat(claims(a)).extracting(Claim::id).containsExactly("toy#0.1");
  }

  private List<Claim> claims(Article a) {
    return extractor.extract(a).claims();
  }

  @Test
  void readsAClaimWithItsSentenceAsEvidence() {
    Article a = article(LocalDate.of(2024, 5, 1), "Norway backs Sweden. Nothing else.");
    assertThat(claims(a)).singleElement().satisfies(c -> {
      assertThat(c.actor().id()).isEqualTo("NOR");
      assertThat(c.target().orElseThrow().id()).isEqualTo("SWE");
      assertThat(c.evidence().text()).isEqualTo("Norway backs Sweden");
      assertThat(c.date()).contains(LocalDate.of(2024, 5, 1));
      assertThat(c.dateSource()).isEqualTo(DateSource.PUBLICATION);
    });
  }

  @Test
  void idsAreTheArticleTheSentenceOffsetAndTheRankInTheSentence() {
    Article a = article(null, "Norway backs Sweden. Oh. Norway backs Denmark and backs Finland.");
    assertThat(claims(a)).extracting(Claim::id).containsExactly("toy#0.1", "toy#25.1", "toy#25.2");
  }

  @Test
  void headingsAreNotRead() {
    Article a = article(null, "## Norway backs Sweden", "Quiet day.");
    assertThat(claims(a)).isEmpty();
  }

  @Test
  void aTextThatIsOnlyAHeadlineIsRead() {
    assertThat(claims(article(null, "## Norway backs Sweden"))).hasSize(1);
  }

  @Test
  void sentencesThatAreNoCandidateAreNotDeepened() {
    toy.candidate = c -> c.tokens().stream().anyMatch(t -> t.word().equals("backs"));
    claims(article(null, "Hello world. Norway backs Sweden."));
    assertThat(toy.deepened).containsExactly("Norway");
  }

  @Test
  void sentencesOverTheBoundAreCountedAsSkipped() {
    ClaimExtractor short5 = ExtractionDriver.of(toy, ExtractorSettings.builder().maxSentenceTokens(5).build());
    ExtractionResult r = short5.extract(article(null, "Norway backs Sweden and many many other people. Norway backs"
        + " Denmark."));
    assertThat(r.sentencesSkipped()).isEqualTo(1);
    assertThat(r.claims()).extracting(c -> c.target().orElseThrow().id()).containsExactly("DNK");
  }

  @Test
  void anEngineFailureOnOneSentenceIsAWarningNotAFailure() {
    ExtractionResult r = extractor.extract(article(null, "Crash backs Sweden. Norway backs Denmark."));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("engine broke"));
    assertThat(r.claims()).hasSize(1);
  }

  @Test
  void aRuleFailureOnOneSentenceIsAWarningNotALostArticle() {
    ExtractionResult r = extractor.extract(article(null, "Broken backs Sweden. Norway backs Denmark."));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("could not be read").contains("rule broke"));
    assertThat(r.claims()).extracting(c -> c.target().orElseThrow().id()).containsExactly("DNK");
  }

  @Test
  void aRuleThatRecursesWithoutEndOnOneSentenceCostsThatSentenceNotTheRun() {
    ExtractionResult r = extractor.extract(article(null, "Looping backs Sweden. Norway backs Denmark."));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("could not be read").contains("StackOverflow"));
    assertThat(r.claims()).extracting(c -> c.target().orElseThrow().id()).containsExactly("DNK");
  }

  @Test
  void narratedClaimsInABackgroundSectionAreDropped() {
    Article a = article(null, "## Background", "Norway backs Sweden. Norway said it backs Denmark.");
    assertThat(claims(a)).extracting(c -> c.target().orElseThrow().id()).containsExactly("DNK");
  }

  @Test
  void claimsLookingBackAreKeptOnlyWhenANamedVoiceReportsThem() {
    Article a = article(null, "Norway formerly backs Sweden. Norway reportedly formerly backs Finland. "
        + "Norway said it formerly backs Denmark.");
    assertThat(claims(a)).extracting(c -> c.target().orElseThrow().id()).containsExactly("DNK");
  }

  @Test
  void aTargetThatBelongsToTheHolderIsNoClaim() {
    assertThat(claims(article(null, "Russia backs the Kremlin."))).isEmpty();
  }

  @Test
  void aStanceTowardAGovernmentThatNoLongerHeldPowerIsDropped() {
    // The Assad government's term ended on 2024-12-08.
    assertThat(claims(article(LocalDate.of(2025, 3, 1), "Iran backs the Assad government."))).isEmpty();
    assertThat(claims(article(LocalDate.of(2024, 3, 1), "Iran backs the Assad government."))).hasSize(1);
  }

  @Test
  void anOfficeResolvesToItsHolderOnTheClaimsDate() {
    assertThat(claims(article(LocalDate.of(2023, 3, 1), "Iran backs the Syrian government.")))
        .singleElement().satisfies(c -> assertThat(c.target().orElseThrow().id()).isEqualTo("syria-assad-government"));
  }

  @Test
  void anArticleNamingAFormerHolderIsAboutHisEraOnlyInTheMonthsAfterHisTerm() {
    String text = "Bashar al-Assad is in Moscow. Iran backs the Syrian government.";
    assertThat(claims(article(LocalDate.of(2024, 12, 26), text))).singleElement()
        .satisfies(c -> assertThat(c.target().orElseThrow().id()).isEqualTo("syria-assad-government"));
    assertThat(claims(article(LocalDate.of(2026, 12, 3), text))).singleElement()
        .satisfies(c -> assertThat(c.target().orElseThrow().id()).isEqualTo("syria-transitional-government"));
  }

  @Test
  void duplicatesOfOneSentenceAreFolded() {
    assertThat(claims(article(null, "Norway backs Sweden and backs Sweden."))).hasSize(1);
  }

  @Test
  void aStanceTowardNoOneBesideTheSameHoldersStanceTowardSomeoneInTheSentenceIsFolded() {
    assertThat(claims(article(null, "Norway backs Sweden and Norway again backs")))
        .singleElement().satisfies(c -> assertThat(c.target().orElseThrow().id()).isEqualTo("SWE"));
  }

  @Test
  void aStanceTowardNoOneInAnotherSentenceOrOfAnotherHolderIsKept() {
    ClaimExtractor keeping = ExtractionDriver.of(toy, ExtractorSettings.builder().keepUntargeted(true).build());
    assertThat(keeping.extract(article(null, "Norway backs Sweden. Norway again backs")).claims())
        .extracting(c -> c.target().map(t -> t.id()).orElse("-")).containsExactly("SWE", "-");
    assertThat(claims(article(null, "Norway backs Sweden and Sweden again backs")))
        .extracting(c -> c.actor().id() + ">" + c.target().map(t -> t.id()).orElse("-"))
        .containsExactly("NOR>SWE", "SWE>-");
    assertThat(claims(article(null, "Norway backs Sweden and Norway opposes")))
        .extracting(c -> c.stance() + ">" + c.target().map(t -> t.id()).orElse("-"))
        .containsExactly("SUPPORT>SWE", "OPPOSE>-");
  }

  @Test
  void supportAndOppositionTowardNoOneAreLeftOutOfAnArticleOfSeveralSentences() {
    assertThat(claims(article(null, "Norway backs Sweden. Norway again backs. Finland opposes")))
        .extracting(c -> c.target().map(t -> t.id()).orElse("-")).containsExactly("SWE");
    ClaimExtractor keeping = ExtractionDriver.of(toy, ExtractorSettings.builder().keepUntargeted(true).build());
    assertThat(keeping.extract(article(null, "Norway backs Sweden. Norway again backs. Finland opposes")).claims())
        .hasSize(3);
  }

  @Test
  void aNeutralClaimBesideTheSameHoldersStanceTowardTheSamePartyInTheSentenceIsFolded() {
    assertThat(claims(article(null, "Norway backs Sweden and Norway watches Sweden")))
        .singleElement().satisfies(c -> assertThat(c.stance()).isEqualTo(Stance.SUPPORT));
    assertThat(claims(article(null, "Norway opposes Sweden and Norway watches Sweden")))
        .singleElement().satisfies(c -> assertThat(c.stance()).isEqualTo(Stance.OPPOSE));
  }

  @Test
  void aNeutralClaimTowardAStatesGovernmentIsFoldedIntoTheSameHoldersStanceTowardTheState() {
    assertThat(claims(article(null, "Norway opposes Sweden and Norway watches the Swedish government")))
        .singleElement().satisfies(c -> assertThat(c.stance()).isEqualTo(Stance.OPPOSE));
    assertThat(claims(article(null, "Norway backs the Swedish government and Norway watches Sweden")))
        .singleElement().satisfies(c -> assertThat(c.stance()).isEqualTo(Stance.SUPPORT));
  }

  @Test
  void aNeutralClaimTowardAnotherPartyOrInAnotherSentenceOrOfAnotherHolderIsKept() {
    assertThat(claims(article(null, "Norway backs Sweden and Norway watches Finland")))
        .extracting(c -> c.stance() + ">" + c.target().orElseThrow().id()).containsExactly("SUPPORT>SWE", "NEUTRAL>FIN");
    assertThat(claims(article(null, "Norway backs Sweden. Norway watches Sweden.")))
        .extracting(c -> c.stance()).containsExactly(Stance.SUPPORT, Stance.NEUTRAL);
    assertThat(claims(article(null, "Norway backs Sweden and Finland watches Sweden")))
        .extracting(c -> c.stance()).containsExactly(Stance.SUPPORT, Stance.NEUTRAL);
  }

  @Test
  void aNeutralStanceTowardNoOneIsKeptInAnArticle() {
    assertThat(claims(article(null, "Norway backs Sweden. Finland watches")))
        .extracting(c -> c.stance()).containsExactly(Stance.SUPPORT, Stance.NEUTRAL);
  }

  @Test
  void aTextOfOneSentenceKeepsItsStanceTowardNoOne() {
    assertThat(claims(article(null, "Finland opposes"))).singleElement()
        .satisfies(c -> assertThat(c.target()).isEmpty());
  }

  @Test
  void confidenceFollowsTheOnePolicy() {
    Claim c = claims(article(null, "Norway backs Sweden.")).get(0);
    assertThat(c.confidence()).isEqualTo(Confidence.BASE + Confidence.CATALOGUED_HOLDER
        + Confidence.CATALOGUED_TARGET);
    toy.voiceQuotes = true;
    Claim voiced = claims(article(null, "Norway backs Sweden.")).get(0);
    assertThat(voiced.confidence()).isEqualTo(c.confidence() + Confidence.NAMED_SPEAKER);
  }

  @Test
  void theArticlePassCanGiveADraftAVoice() {
    toy.voiceQuotes = true;
    assertThat(claims(article(null, "Norway backs Sweden."))).singleElement().satisfies(c -> {
      assertThat(c.speaker().orElseThrow().id()).isEqualTo("sergey-lavrov");
      assertThat(c.attribution().direct()).isTrue();
    });
  }

  @Test
  void theDiscourseRemembersTheLastPersonNamedAndTheLastHolder() {
    claims(article(null, "Lavrov spoke. Norway backs Sweden. Done."));
    assertThat(toy.memory).containsExactly("-/-", "sergey-lavrov/-", "sergey-lavrov/NOR");
  }

  @Test
  void theToyLanguagePlugsInThroughTheSpi() {
    assertThat(toy.createExtractor(ExtractorSettings.defaults()).languages()).containsExactly(Language.ENGLISH);
  }
}
