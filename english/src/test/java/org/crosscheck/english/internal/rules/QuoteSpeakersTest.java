package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Article;
import org.crosscheck.Paragraph;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ArticleActors;
import org.crosscheck.spi.ArticleDrafts;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class QuoteSpeakersTest {

  /** Drafts of an article, one per sentence span, every holder Russia toward Cuba. */
  private static final class Drafts implements ArticleDrafts {
    final ArticleActors actors;
    final List<Entry> entries = new ArrayList<>();

    Drafts(Article a, int[][] spans) {
      this.actors = ArticleActors.of(Readings.CATALOG, a);
      ActorSpan russia = ActorSpan.of(0, 0, Readings.CATALOG.actor("RUS").orElseThrow(), "Russia");
      ActorSpan cuba = ActorSpan.of(3, 3, Readings.CATALOG.actor("CUB").orElseThrow(), "Cuba");
      for (int[] s : spans) {
        ClaimDraft d = ClaimDraft.builder(russia, Stance.SUPPORT, "stand with", 1).target(Optional.of(cuba)).build();
        entries.add(new Entry(entries.size(), d, s[0], s[1], "RUS", false));
      }
    }

    @Override
    public ArticleActors actors() {
      return actors;
    }

    @Override
    public List<Entry> entries() {
      return entries;
    }

    @Override
    public void replace(int index, ClaimDraft draft) {
      Entry e = entries.get(index);
      entries.set(index, new Entry(index, draft, e.start(), e.end(), e.holderId(), draft.speaker().isPresent()));
    }
  }

  private static Drafts attribute(String text, int[]... spans) {
    Article a = Readings.article(text, null, Paragraph.Kind.BODY);
    Drafts d = new Drafts(a, spans);
    new QuoteSpeakers(Readings.LEX).attribute(d);
    return d;
  }

  @Test
  void claimsInsideAQuoteOfSeveralSentencesTakeTheSpeakerAfterIt() {
    String text = "\"Russia stands with Cuba. We never change,\" Lavrov said.";
    Drafts d = attribute(text, new int[] {1, 25});
    ClaimDraft after = d.entries().get(0).draft();
    assertThat(after.speaker()).hasValueSatisfying(s -> assertThat(s.actor().id()).isEqualTo("sergey-lavrov"));
    assertThat(after.direct()).isTrue();
    assertThat(after.report()).isEqualTo(ClaimDraft.Report.NAMED);
  }

  @Test
  void verbBeforeTheSpeakerWorksToo() {
    String text = "\"Russia stands with Cuba. We never change,\" said Lavrov, smiling.";
    assertThat(attribute(text, new int[] {1, 25}).entries().get(0).draft().speaker()).isPresent();
  }

  @Test
  void aOneSentenceQuoteIsLeftToTheSentenceRules() {
    String text = "\"Russia stands with Cuba,\" Lavrov said.";
    assertThat(attribute(text, new int[] {1, 24}).entries().get(0).draft().speaker()).isEmpty();
  }

  @Test
  void claimsOutsideTheQuoteKeepNoSpeaker() {
    String text = "Russia stands with Cuba. \"We never change. Never,\" Lavrov said.";
    assertThat(attribute(text, new int[] {0, 24}).entries().get(0).draft().speaker()).isEmpty();
  }
}
