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
import org.crosscheck.ActorLevel;
import org.crosscheck.ActorRef;
import org.crosscheck.Article;
import org.crosscheck.Claim;
import org.crosscheck.ExtractionException;
import org.crosscheck.Evidence;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Mention;
import org.crosscheck.Paragraph;
import org.crosscheck.Stance;
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
 * folded (also a holder's stance toward no one beside its stance toward someone in the same sentence, and its
 * neutral claim toward a party beside its support or opposition of that party in the same sentence), then the
 * module's article pass, confidence and ids; in an article of more than one sentence, support and opposition with
 * no target are left out unless the settings keep them.
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
  private final List<Accepted> accepted = new ArrayList<>();
  private final List<Accepted> titleAccepted = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<Integer, Boolean> backgroundSections = new HashMap<>();
  private final Part body;

  /**
   * A part of the article read on its own: the body, or the headline (as a one-paragraph article of its own, so
   * that offsets are within the headline), each with its mentions and its discourse memory.
   */
  private record Part(Article text, ArticleActors actors, Discourse discourse, Evidence.Part kind,
      boolean hasBody, Optional<ActorSpan> voice) {}
  private long nlpNanos;

  ArticleRun(Article article, LanguageExtraction<S> extraction, LanguageProfile profile,
      ExtractorSettings settings) {
    this.article = article;
    this.extraction = extraction;
    this.profile = profile;
    this.settings = settings;
    this.actors = ArticleActors.of(settings.catalog(), article);
    this.offices = new Offices(settings.catalog(), actors.mentions());
    this.body = new Part(article, actors, new Discourse(), Evidence.Part.BODY,
        article.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.BODY), Optional.empty());
  }

  ExtractionResult run() {
    long t0 = System.nanoTime();
    int sentences = 0;
    int bodySentences = 0;
    int tokens = 0;
    int skipped = 0;
    Optional<Part> title = title();
    if (title.isPresent()) {
      for (S s : annotate(title.get().text().text(), 0)) {
        sentences++;
        tokens += s.tokens().size();
        skipped += sentence(title.get(), s) ? 1 : 0;
      }
    }
    for (TextChunks.Chunk chunk : TextChunks.of(article, extraction.chunkChars())) {
      List<S> annotated = annotate(article.text().substring(chunk.start(), chunk.end()), chunk.start());
      sentences += annotated.size();
      bodySentences += annotated.size();
      for (S s : annotated) {
        tokens += s.tokens().size();
        skipped += sentence(body, s) ? 1 : 0;
      }
    }
    extraction.finish(new Drafts());
    if (skipped > 0) {
      warnings.add(skipped + " sentences that could hold a claim had stretches longer than "
          + settings.maxSentenceTokens() + " tokens that were not read");
    }
    List<Claim> claims = claims(bodySentences > 1 && !settings.keepUntargeted());
    return new ExtractionResult(article.id(), claims, sentences, skipped, tokens, warnings,
        Duration.ofNanos(nlpNanos), Duration.ofNanos(System.nanoTime() - t0));
  }

  private List<S> annotate(String text, int offset) {
    long s0 = System.nanoTime();
    try {
      return extraction.annotate(text, offset);
    } catch (RuntimeException e) {
      throw new ExtractionException("the NLP engine failed on article " + article.id() + ": " + e.getMessage(), e);
    } finally {
      nlpNanos += System.nanoTime() - s0;
    }
  }

  /**
   * The headline as a part to read, when there is one that the body does not repeat (the claims of a repeated
   * headline are read once, in the body).
   */
  private Optional<Part> title() {
    String t = article.title().strip();
    if (t.isEmpty() || article.text().contains(t)) {
      return Optional.empty();
    }
    Article a = new Article(article.id(), article.source(), "", article.outlet(), article.published(),
        article.publishedTime(), article.language(), article.title(),
        List.of(new Paragraph(0, article.title().length(), Paragraph.Kind.BODY)), List.of());
    ArticleActors titleActors = ArticleActors.of(settings.catalog(), a);
    return Optional.of(new Part(a, titleActors, new Discourse(), Evidence.Part.TITLE, true,
        headlineVoice(a.text(), titleActors)));
  }

  /**
   * The voice of a headline written "Speaker: what they said" ("Palace source: no talks with the rebels"), in any
   * script: the one actor named before the first colon, when nothing else stands there but a few words.
   */
  static Optional<ActorSpan> headlineVoice(String title, ArticleActors actors) {
    int colon = -1;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (c == ':' || c == '\uFF1A') {
        colon = i;
        break;
      }
    }
    if (colon < 2 || colon > 80) {
      return Optional.empty();
    }
    List<Mention> before = actors.mentionsIn(0, colon);
    if (before.size() != 1 || before.get(0).actor().kind() == ActorKind.MEDIA) {
      return Optional.empty();
    }
    Mention m = before.get(0);
    String rest = (title.substring(0, m.start()) + title.substring(m.end(), colon)).strip();
    return rest.split("\\s+").length <= 3 ? Optional.of(new ActorSpan(-1, -1, m.actor(), m.text(), Optional.of(m)))
        : Optional.empty();
  }

  /** Reads one sentence of the light pass; returns whether part of it was too long to read. */
  private boolean sentence(Part part, S s) {
    if (s.tokens().isEmpty()) {
      return false;
    }
    Optional<Paragraph> para = paragraphOf(part.text(), s.start());
    if (para.isPresent() && para.get().kind() == Paragraph.Kind.HEADING && part.hasBody()) {
      // A section heading among running text holds no claim; a text that is nothing but a headline does.
      return false;
    }
    if (!extraction.isCandidate(context(part, s, para, d -> {}))) {
      notePersons(part, s);
      return false;
    }
    LanguageExtraction.Parts<S> parts = extraction.parts(s, settings.maxSentenceTokens());
    for (S piece : parts.parts()) {
      Optional<S> deep;
      long s0 = System.nanoTime();
      try {
        deep = extraction.deepen(piece);
      } catch (RuntimeException e) {
        warnings.add("sentence at " + piece.start() + " could not be analysed: " + e.getMessage());
        continue;
      } finally {
        nlpNanos += System.nanoTime() - s0;
      }
      if (deep.isEmpty() || deep.get().tokens().isEmpty()) {
        continue;
      }
      S analysed = deep.get();
      ClaimDates.Dated[] dated = new ClaimDates.Dated[1];
      try {
        extraction.read(context(part, analysed, para, d -> {
          if (dated[0] == null) {
            dated[0] = ClaimDates.forSentence(part.text(), analysed.start(), analysed.end());
          }
          accept(part, d, analysed.start(), analysed.end(), dated[0], para);
        }));
      } catch (RuntimeException | StackOverflowError e) {
        // A rule that fails on one sentence costs that sentence, said in the result, not the whole article; nor does
        // a rule that recurses without end, whose stack is unwound by the time it is caught here.
        warnings.add("sentence at " + analysed.start() + " could not be read: " + e);
      }
    }
    notePersons(part, s);
    return parts.cut();
  }

  private SentenceContext<S> context(Part part, S s, Optional<Paragraph> para,
      java.util.function.Consumer<ClaimDraft> sink) {
    return SentenceContext.of(part.text(), s, part.actors(), part.discourse(), para,
        part.kind() == Evidence.Part.BODY && para.map(this::inBackgroundSection).orElse(false), sink);
  }

  /** Filters, resolves and folds one draft; the accepted ones become claims. */
  private void accept(Part part, ClaimDraft draft, int start, int end, ClaimDates.Dated dated,
      Optional<Paragraph> para) {
    ClaimDraft d = draft;
    if (d.speaker().isEmpty() && part.voice().isPresent()
        && !part.voice().get().actor().id().equals(d.holder().actor().id())) {
      d = d.voicedBy(part.voice().get());
    }
    boolean background = part.kind() == Evidence.Part.BODY && para.map(this::inBackgroundSection).orElse(false);
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
    String key = part.kind() + "|" + actor.id() + "|" + target.map(ActorRef::id).orElse("") + "|" + d.stance()
        + "|" + start;
    if (!seen.add(key)) {
      return;
    }
    Evidence evidence = part.kind() == Evidence.Part.TITLE ? Evidence.ofTitle(article, start, end)
        : Evidence.of(article, start, end);
    (part.kind() == Evidence.Part.TITLE ? titleAccepted : accepted).add(new Accepted(d, start, end, dated, actor,
        target, speaker, evidence));
    if (!holder.anonymous()) {
      part.discourse().noteHolder(actor);
    }
  }

  private void notePersons(Part part, S s) {
    for (Mention m : part.actors().mentionsIn(s.start(), s.end())) {
      if (m.actor().kind() == ActorKind.PERSON) {
        part.discourse().notePerson(ActorRef.of(m.actor(), m.text()));
      }
    }
  }

  /**
   * The claims, headline first, then in text order; ids are the article id, the sentence's offset ({@code t} and
   * the offset for the headline) and the claim's rank in the sentence. With {@code dropUntargeted}, support and
   * opposition with no target are left out ({@link org.crosscheck.ClaimExtractor.Builder#keepUntargeted}).
   */
  private List<Claim> claims(boolean dropUntargeted) {
    List<Claim> out = new ArrayList<>(titleAccepted.size() + accepted.size());
    for (List<Accepted> part : List.of(titleAccepted, accepted)) {
      Set<String> aimed = new HashSet<>();
      Set<String> sided = new HashSet<>();
      for (Accepted a : part) {
        if (a.target().isPresent()) {
          aimed.add(holderKey(a));
          if (a.draft().stance() != Stance.NEUTRAL) {
            sided.add(pairKey(a));
          }
        }
      }
      int lastStart = -1;
      int rank = 0;
      for (Accepted a : part) {
        if (a.target().isEmpty() && dropUntargeted && a.draft().stance() != Stance.NEUTRAL) {
          // In an article the party a stance is toward is almost always named somewhere, in words no rule read:
          // "toward no one" would misstate it.
          continue;
        }
        if (a.target().isEmpty() && aimed.contains(holderKey(a))) {
          // "accused Washington of meddling and warned that it would respond": the stance toward no one beside the
          // same holder's stance toward someone in the same sentence adds nothing but a claim that it has no target.
          continue;
        }
        if (a.draft().stance() == Stance.NEUTRAL && a.target().isPresent() && sided.contains(pairKey(a))) {
          // "signed the deal after 12 years of talks": a neutral contact beside the same holder's support or
          // opposition toward the same party in the same sentence says less than that stance. The party counts at
          // the level of its state: "called Iran's obstruction unacceptable and urged Tehran to cooperate" is one
          // stance toward Iran, not a rebuke of Iran and a neutral appeal to its government.
          continue;
        }
        rank = a.start() == lastStart ? rank + 1 : 1;
        lastStart = a.start();
        String where = (a.evidence().part() == Evidence.Part.TITLE ? "t" : "") + a.start();
        out.add(ClaimAssembly.build(article, a, article.id() + "#" + where + "." + rank, Confidence.of(a)));
      }
    }
    return out;
  }

  /** The holder, stance and sentence of a claim. */
  private static String holderKey(Accepted a) {
    return a.actor().id() + "|" + a.draft().stance() + "|" + a.start();
  }

  /** The holder, target and sentence of a targeted claim; a state's government counts as its state. */
  private String pairKey(Accepted a) {
    return a.actor().id() + "|" + a.target().map(this::stateOf).orElse("") + "|" + a.start();
  }

  /** A state or government target's state; any other target as it is. */
  private String stateOf(ActorRef t) {
    if (t.kind() != ActorKind.GOVERNMENT && t.kind() != ActorKind.STATE) {
      return t.id();
    }
    return settings.catalog().actor(t.id())
        .map(x -> settings.catalog().lift(x, ActorLevel.STATE, Optional.empty()).id()).orElse(t.id());
  }

  private static Optional<Paragraph> paragraphOf(Article article, int offset) {
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
