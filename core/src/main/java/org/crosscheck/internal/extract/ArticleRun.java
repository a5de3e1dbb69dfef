package org.crosscheck.internal.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Article;
import org.crosscheck.Claim;
import org.crosscheck.ExtractionException;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Mention;
import org.crosscheck.Paragraph;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ArticleActors;
import org.crosscheck.spi.ArticleDrafts;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.ExtractorSettings;
import org.crosscheck.spi.LanguageExtraction;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.SentenceView;

/**
 * Reads one article: annotates it chunk by chunk, skips headings, asks the module whether each sentence can hold a
 * claim, cuts or skips sentences over the bound, runs the deep pass and the rules, and accepts the drafts they emit:
 * offices resolved on the claim's date, background and stances toward ended governments filtered, duplicates
 * folded, then the module's article pass, confidence and ids.
 *
 * <p>Not thread-safe: one instance per article.
 */
final class ArticleRun<S extends SentenceView> {

  private final Article article;
  private final LanguageExtraction<S> extraction;
  private final LanguageProfile profile;
  private final ExtractorSettings settings;
  private final ArticleActors actors;
  private final Offices offices;
  private final Discourse discourse = new Discourse();
  private final List<Accepted> accepted = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<Integer, Boolean> backgroundSections = new HashMap<>();
  private final boolean hasBody;
  private long nlpNanos;

  ArticleRun(Article article, LanguageExtraction<S> extraction, LanguageProfile profile,
      ExtractorSettings settings) {
    this.article = article;
    this.extraction = extraction;
    this.profile = profile;
    this.settings = settings;
    this.actors = ArticleActors.of(settings.catalog(), article);
    this.offices = new Offices(settings.catalog(), actors.mentions());
    this.hasBody = article.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.BODY);
  }

  ExtractionResult run() {
    long t0 = System.nanoTime();
    int sentences = 0;
    int tokens = 0;
    int skipped = 0;
    for (TextChunks.Chunk chunk : TextChunks.of(article, extraction.chunkChars())) {
      List<S> annotated;
      long s0 = System.nanoTime();
      try {
        annotated = extraction.annotate(article.text().substring(chunk.start(), chunk.end()), chunk.start());
      } catch (RuntimeException e) {
        throw new ExtractionException("the NLP engine failed on article " + article.id() + ": " + e.getMessage(),
            e);
      } finally {
        nlpNanos += System.nanoTime() - s0;
      }
      sentences += annotated.size();
      for (S s : annotated) {
        tokens += s.tokens().size();
        skipped += sentence(s) ? 1 : 0;
      }
    }
    extraction.finish(new Drafts());
    if (skipped > 0) {
      warnings.add(skipped + " sentences that could hold a claim had stretches longer than "
          + settings.maxSentenceTokens() + " tokens that were not read");
    }
    return new ExtractionResult(article.id(), claims(), sentences, skipped, tokens, warnings,
        Duration.ofNanos(nlpNanos), Duration.ofNanos(System.nanoTime() - t0));
  }

  /** Reads one sentence of the light pass; returns whether part of it was too long to read. */
  private boolean sentence(S s) {
    if (s.tokens().isEmpty()) {
      return false;
    }
    Optional<Paragraph> para = paragraphOf(s.start());
    if (para.isPresent() && para.get().kind() == Paragraph.Kind.HEADING && hasBody) {
      // A section heading among running text holds no claim; a text that is nothing but a headline does.
      return false;
    }
    if (!extraction.isCandidate(context(s, para, d -> {}))) {
      notePersons(s);
      return false;
    }
    LanguageExtraction.Parts<S> parts = extraction.parts(s, settings.maxSentenceTokens());
    for (S part : parts.parts()) {
      Optional<S> deep;
      long s0 = System.nanoTime();
      try {
        deep = extraction.deepen(part);
      } catch (RuntimeException e) {
        warnings.add("sentence at " + part.start() + " could not be analysed: " + e.getMessage());
        continue;
      } finally {
        nlpNanos += System.nanoTime() - s0;
      }
      if (deep.isEmpty() || deep.get().tokens().isEmpty()) {
        continue;
      }
      S analysed = deep.get();
      ClaimDates.Dated[] dated = new ClaimDates.Dated[1];
      extraction.read(context(analysed, para, d -> {
        if (dated[0] == null) {
          dated[0] = ClaimDates.forSentence(article, analysed.start(), analysed.end());
        }
        accept(d, analysed.start(), analysed.end(), dated[0], para);
      }));
    }
    notePersons(s);
    return parts.cut();
  }

  private SentenceContext<S> context(S s, Optional<Paragraph> para, java.util.function.Consumer<ClaimDraft> sink) {
    return SentenceContext.of(article, s, actors, discourse, para, para.map(this::inBackgroundSection).orElse(false),
        sink);
  }

  /** Filters, resolves and folds one draft; the accepted ones become claims. */
  private void accept(ClaimDraft d, int start, int end, ClaimDates.Dated dated, Optional<Paragraph> para) {
    boolean background = para.map(this::inBackgroundSection).orElse(false);
    if (background && d.report() == ClaimDraft.Report.NARRATED) {
      return;
    }
    if (d.lookingBack() && d.report() != ClaimDraft.Report.NAMED) {
      return;
    }
    ActorSpan holder = d.holder();
    Actor h = offices.resolve(holder.actor(), dated.date(), dated.source());
    Optional<ActorRef> target = Optional.empty();
    if (d.target().isPresent()) {
      ActorSpan t = d.target().get();
      if (!holder.implied() && t.first() == holder.first() || actors.related(holder.actor(), t.actor())) {
        return;
      }
      Offices.Resolution tr = offices.resolution(t.actor(), dated.date(), dated.source());
      Actor ta = tr.actor();
      if (!tr.byContext() && Offices.endedBefore(ta, dated.date())) {
        // A stance toward a government that no longer held power on the claim's date looks back, not forward;
        // unless the article's own mentions place it in that government's era (its date is not the event's).
        return;
      }
      target = Optional.of(ActorRef.of(ta, t.text()));
    }
    Optional<ActorRef> speaker = Optional.empty();
    if (d.speaker().isPresent()) {
      ActorSpan s = d.speaker().get();
      if (!s.actor().id().equals(holder.actor().id()) && !s.actor().id().equals(h.id())) {
        speaker = Optional.of(ActorRef.of(offices.resolve(s.actor(), dated.date(), dated.source()), s.text()));
      }
    }
    ActorRef actor = ActorRef.of(h, holder.text());
    String key = actor.id() + "|" + target.map(ActorRef::id).orElse("") + "|" + d.stance() + "|" + start;
    if (!seen.add(key)) {
      return;
    }
    accepted.add(new Accepted(d, start, end, dated, actor, target, speaker,
        org.crosscheck.Evidence.of(article, start, end)));
    if (!holder.anonymous()) {
      discourse.noteHolder(actor);
    }
  }

  private void notePersons(S s) {
    for (Mention m : actors.mentionsIn(s.start(), s.end())) {
      if (m.actor().kind() == ActorKind.PERSON) {
        discourse.notePerson(ActorRef.of(m.actor(), m.text()));
      }
    }
  }

  /** The claims, in text order; ids are the article id, the sentence's offset and the claim's rank in it. */
  private List<Claim> claims() {
    List<Claim> out = new ArrayList<>(accepted.size());
    int lastStart = -1;
    int rank = 0;
    for (Accepted a : accepted) {
      rank = a.start() == lastStart ? rank + 1 : 1;
      lastStart = a.start();
      out.add(ClaimAssembly.build(article, a, article.id() + "#" + a.start() + "." + rank, Confidence.of(a)));
    }
    return out;
  }

  private Optional<Paragraph> paragraphOf(int offset) {
    List<Paragraph> ps = article.paragraphs();
    int lo = 0;
    int hi = ps.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Paragraph p = ps.get(mid);
      if (offset < p.start()) {
        hi = mid - 1;
      } else if (offset >= p.end()) {
        lo = mid + 1;
      } else {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Whether the paragraph sits under a heading that opens background or analysis ("Analysis of …"). */
  private boolean inBackgroundSection(Paragraph para) {
    return backgroundSections.computeIfAbsent(para.start(), k -> {
      Paragraph heading = null;
      for (Paragraph p : article.paragraphs()) {
        if (p.start() >= para.start()) {
          break;
        }
        if (p.kind() == Paragraph.Kind.HEADING) {
          heading = p;
        }
      }
      return heading != null && profile.opensBackground(heading.text(article));
    });
  }

  /** The accepted drafts, for the module's article pass. */
  private final class Drafts implements ArticleDrafts {
    @Override
    public ArticleActors actors() {
      return actors;
    }

    @Override
    public List<Entry> entries() {
      List<Entry> out = new ArrayList<>(accepted.size());
      for (int i = 0; i < accepted.size(); i++) {
        Accepted a = accepted.get(i);
        out.add(new Entry(i, a.draft(), a.start(), a.end(), a.actor().id(), a.speaker().isPresent()));
      }
      return Collections.unmodifiableList(out);
    }

    @Override
    public void replace(int index, ClaimDraft draft) {
      Accepted a = accepted.get(index);
      if (!draft.holder().actor().equals(a.draft().holder().actor()) || draft.stance() != a.draft().stance()
          || !draft.target().map(t -> t.actor().id()).equals(a.draft().target().map(t -> t.actor().id()))) {
        throw new IllegalArgumentException("a draft may only be replaced by one of the same holder, target and "
            + "stance");
      }
      Optional<ActorRef> speaker = draft.speaker()
          .filter(s -> !s.actor().id().equals(a.actor().id()))
          .map(s -> ActorRef.of(offices.resolve(s.actor(), a.dated().date(), a.dated().source()), s.text()));
      accepted.set(index, new Accepted(draft, a.start(), a.end(), a.dated(), a.actor(), a.target(), speaker,
          a.evidence()));
    }
  }
}
