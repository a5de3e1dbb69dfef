package org.crosscheck.arabic.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Affiliation;
import org.crosscheck.Article;
import org.crosscheck.Claim;
import org.crosscheck.ExtractionException;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Mention;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.crosscheck.spi.ArticleActors;
import org.crosscheck.spi.ClaimBuilder;
import org.crosscheck.spi.ClaimDates;
import org.crosscheck.spi.ExtractorSettings;
import org.crosscheck.spi.TextChunks;
import org.crosscheck.spi.TextForms;

/**
 * Reads the claims of one Arabic article by rules over segmented, tagged tokens. Holds per-article state (the
 * last speaker for وأضاف, the last anonymous source for "المصدر"); not thread-safe, one instance per call.
 */
public final class ArabicArticleReader {

  private final ArabicPipelines pipeline;
  private final ExtractorSettings settings;
  private final Article article;
  private final ArabicLexicon lex = ArabicLexicon.get();
  private final ArticleActors actors;
  private final List<Claim> claims = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private Voice lastSpeaker;
  private Voice lastAnonymous;

  public ArabicArticleReader(ArabicPipelines pipeline, ExtractorSettings settings, Article article) {
    this.pipeline = pipeline;
    this.settings = settings;
    this.article = article;
    this.actors = ArticleActors.of(settings.catalog(), article);
  }

  /** A token: the segmenter's (normalised) word, folded, its tag and its span in the article text. */
  private record Tok(String word, String folded, String tag, int begin, int end) {
    boolean isPunct() {
      return tag.equals("PUNC") || word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0));
    }

    boolean isVerb() {
      return tag.startsWith("VB") && !isPunct();
    }
  }

  /** A mention over tokens [first, last] (-1 for actors the clause implies, such as "بلاده"). */
  private record Ment(int first, int last, Mention mention, Actor actor, String text) {

    boolean anonymous() {
      return actor.kind() == ActorKind.ANONYMOUS;
    }
  }

  /** Nouns that name an unnamed voice: reports, news, sources, circles. */
  private static final Set<String> ANONYMOUS_NOUNS = Set.of("تقارير", "انباء", "مصادر", "اوساط", "صحف", "وسائل",
      "تسريبات", "معلومات");

  /** Who speaks, and through which agencies. */
  private record Voice(Actor actor, String text, List<ActorRef> agencies, boolean anonymous) {}

  /** Articles are annotated in chunks of whole paragraphs of about this many characters: bounded memory. */
  static final int CHUNK_CHARS = 20_000;

  public ExtractionResult read() {
    long t0 = System.nanoTime();
    long nlp = 0;
    int sentenceCount = 0;
    int tokens = 0;
    int skipped = 0;
    for (TextChunks.Chunk chunk : TextChunks.of(article, CHUNK_CHARS)) {
      Annotation doc = new Annotation(article.text().substring(chunk.start(), chunk.end()));
      try {
        long s0 = System.nanoTime();
        pipeline.annotate(doc);
        nlp += System.nanoTime() - s0;
      } catch (RuntimeException e) {
        throw new ExtractionException("CoreNLP failed on article " + article.id() + ": " + e.getMessage(), e);
      }
      List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
      sentenceCount += sentences.size();
      tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
      for (CoreMap s : sentences) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        if (labels.isEmpty()) {
          continue;
        }
        List<Tok> toks = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
          // Offsets into the chunk become offsets into the article text.
          toks.add(new Tok(l.word(), TextForms.fold(l.word()), l.tag() == null ? "" : l.tag(),
              l.beginPosition() + chunk.start(), l.endPosition() + chunk.start()));
        }
        // Bounded work: a sentence over the bound is read in pieces cut at clause boundaries; stretches with no
        // clause boundary to cut at are skipped and counted.
        boolean skippedHere = false;
        for (Piece piece : pieces(toks)) {
          if (piece.hardCut()) {
            skippedHere = true;
            continue;
          }
          new Sentence(piece.toks()).read();
        }
        if (skippedHere) {
          skipped++;
        }
      }
    }
    if (skipped > 0) {
      warnings.add(skipped + " sentences longer than " + settings.maxSentenceTokens()
          + " tokens had stretches without a clause boundary that were not read");
    }
    return new ExtractionResult(article.id(), claims, sentenceCount, skipped, tokens, warnings,
        java.time.Duration.ofNanos(nlp), java.time.Duration.ofNanos(System.nanoTime() - t0));
  }

  /** A piece of a sentence; {@code hardCut} when no clause boundary was found to cut it at. */
  private record Piece(List<Tok> toks, boolean hardCut) {}

  /** Cuts a sentence longer than the bound at commas and conjunctions into pieces near the bound. */
  private List<Piece> pieces(List<Tok> toks) {
    int max = settings.maxSentenceTokens();
    if (toks.size() <= max) {
      return List.of(new Piece(toks, false));
    }
    List<Piece> out = new ArrayList<>();
    int from = 0;
    while (from < toks.size()) {
      int to = Math.min(toks.size(), from + max);
      if (to < toks.size()) {
        int cut = -1;
        for (int i = to - 1; i > from + max / 3; i--) {
          String w = toks.get(i).word();
          if (w.equals(",") || w.equals("\u060C") || w.equals(".") || w.equals("؛")) {
            cut = i + 1;
            break;
          }
        }
        if (cut < 0) {
          for (int i = to - 1; i > from + max / 3; i--) {
            if (toks.get(i).word().equals("و")) {
              cut = i;
              break;
            }
          }
        }
        boolean hard = cut < 0;
        to = cut > 0 ? cut : to;
        out.add(new Piece(toks.subList(from, to), hard));
        from = to;
        continue;
      }
      out.add(new Piece(toks.subList(from, to), false));
      from = to;
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------------------------

  private final class Sentence {
    final List<Tok> toks;
    final int start;
    final int end;
    final Ment[] mentAt;
    final List<Ment> ments = new ArrayList<>();

    Sentence(List<Tok> toks) {
      this.toks = toks;
      this.start = toks.get(0).begin();
      this.end = toks.get(toks.size() - 1).end();
      this.mentAt = new Ment[toks.size()];
      for (Mention m : actors.mentionsIn(wordStart(start), wordEnd(end))) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
          Tok t = toks.get(i);
          if (t.begin() < m.end() && t.end() > m.start()) {
            if (first < 0) {
              first = i;
            }
            last = i;
          }
        }
        if (first >= 0) {
          Ment x = new Ment(first, last, m, m.actor(), m.text());
          ments.add(x);
          for (int k = first; k <= last; k++) {
            if (mentAt[k] == null) {
              mentAt[k] = x;
            }
          }
        }
      }
    }

    private int wordStart(int offset) {
      String t = article.text();
      int i = offset;
      while (i > 0 && !Character.isWhitespace(t.charAt(i - 1)) && t.charAt(i - 1) != '\n') {
        i--;
      }
      return i;
    }

    private int wordEnd(int offset) {
      String t = article.text();
      int i = offset;
      while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      return i;
    }

    String key(int i) {
      return TextForms.key(toks.get(i).folded());
    }

    /** A clause of the sentence, with the voice that reports it (null when the article narrates it). */
    record Segment(int from, int to, Voice voice, boolean quoted) {}

    private ClaimDates.Dated dated;

    /** The sentence's date, found once however many claims it holds. */
    ClaimDates.Dated dated() {
      if (dated == null) {
        dated = ClaimDates.forSentence(article, start, end);
      }
      return dated;
    }

    void read() {
      List<Segment> segments = segments();
      for (Segment seg : segments) {
        if (seg.voice() != null && isAnalyst(seg.voice())) {
          continue;
        }
        for (int i = seg.from(); i < seg.to(); i++) {
          if (mentAt[i] != null) {
            continue;
          }
          Optional<Map.Entry<String, Stance>> cue = lex.cue(toks.get(i).folded());
          if (cue.isEmpty() || toks.get(i).isPunct()) {
            continue;
          }
          claim(seg, i, cue.get().getValue());
        }
      }
    }

    boolean isAnalyst(Voice v) {
      return v.text() != null && "ANALYST".equals(lex.background.get(TextForms.fold(v.text().split("\\s+")[0])));
    }

    // --- voices ------------------------------------------------------------------------------------------------

    List<Segment> segments() {
      List<Segment> out = new ArrayList<>();
      int from = 0;
      Voice current = null;
      boolean quoted = false;
      Voice sourceVoice = null;
      for (int i = 0; i < toks.size(); i++) {
        String kind = lex.speech.get(toks.get(i).folded());
        if (kind == null || mentAt[i] != null) {
          continue;
        }
        if (kind.equals("SOURCE")) {
          Ment m = nextMention(i + 1, 4);
          if (m != null) {
            sourceVoice = isMedia(m) ? new Voice(null, null, List.of(ActorRef.of(m.actor(), m.text())), false)
                : voiceOf(m, List.of());
          }
          continue;
        }
        if (kind.equals("QUOTE_NOUN")) {
          continue;
        }
        if (!kind.equals("PARTICIPLE") && !toks.get(i).isVerb() && !toks.get(i).tag().startsWith("VN")) {
          continue;
        }
        // Close the previous segment at this marker.
        if (i > from) {
          out.add(new Segment(from, i, current != null ? current : sourceVoice, quoted));
        }
        Voice v = kind.equals("PARTICIPLE") ? current : speakerAfter(i);
        if (v == null) {
          // وأضاف، وتابع with no named subject: the last named speaker.
          v = kind.equals("PARTICIPLE") && current != null ? current : lastSpeaker;
        }
        current = v;
        if (v != null && v.actor() != null && !v.anonymous()) {
          lastSpeaker = v;
        }
        if (v != null && v.anonymous()) {
          lastAnonymous = v;
        }
        // What is reported starts after the complementizer or the colon ("قال بيسكوف …، إن …"), not at the speaker.
        from = i + 1;
        for (int k = i + 1; k < Math.min(toks.size(), i + 14); k++) {
          String w = toks.get(k).folded();
          if (w.equals("ان") || w.equals(":") || w.equals("\"") || w.equals("«")) {
            from = k + 1;
            break;
          }
          if (lex.speech.containsKey(w) && mentAt[k] == null) {
            break;
          }
        }
        quoted = false;
      }
      out.add(new Segment(from, toks.size(), current != null ? current : sourceVoice, quoted));
      return out;
    }

    /**
     * The speaker named after a speech verb: "قال يوري أوشاكوف"; "نقل موقع بلومبرغ عن المصدر قوله"; an unnamed
     * voice when a plain noun follows ("كشفت تقارير إخبارية"); null when nothing does ("وأضاف أنه").
     */
    Voice speakerAfter(int verb) {
      List<ActorRef> agencies = new ArrayList<>();
      int limit = Math.min(toks.size(), verb + 8);
      if (verb + 1 < toks.size() && mentAt[verb + 1] == null) {
        Tok next = toks.get(verb + 1);
        if ("ANALYST".equals(lex.background.get(next.folded()))
            || "ANALYST".equals(lex.background.get(TextForms.key(next.folded())))) {
          return new Voice(null, next.word(), agencies, false);
        }
        if (next.tag().contains("NN") && !next.tag().contains("NNP")
            && !Set.of("الناطق", "المتحدث").contains(next.folded())) {
          int e = verb + 1;
          while (e + 1 < toks.size() && mentAt[e + 1] == null && toks.get(e + 1).tag().contains("JJ")) {
            e++;
          }
          return new Voice(null, article.text().substring(next.begin(), toks.get(e).end()), agencies,
              ANONYMOUS_NOUNS.contains(TextForms.key(next.folded())));
        }
      }
      for (int j = verb + 1; j < limit; j++) {
        String w = toks.get(j).folded();
        if (w.equals("ان") || w.equals(":") || w.equals("\"") || w.equals("«") || w.equals("ب") && j == verb + 1) {
          break;
        }
        Ment m = mentAt[j];
        if (m == null) {
          if ("ANALYST".equals(lex.background.get(w)) || "ANALYST".equals(lex.background.get(TextForms.key(w)))) {
            return new Voice(null, toks.get(j).word(), agencies, false);
          }
          if ((w.equals("الناطق") || w.equals("المتحدث") || w.equals("ه")) && lastSpeaker != null) {
            return new Voice(lastSpeaker.actor(), lastSpeaker.text(), agencies, lastSpeaker.anonymous());
          }
          continue;
        }
        if (isMedia(m)) {
          agencies.add(ActorRef.of(m.actor(), m.text()));
          j = m.last();
          continue;
        }
        return voiceOf(m, agencies);
      }
      return agencies.isEmpty() ? null : new Voice(null, null, agencies, false);
    }

    Voice voiceOf(Ment m, List<ActorRef> agencies) {
      Actor a = m.actor();
      // "المصدر" (the source) after an unnamed source was introduced: that same source.
      if (a.kind() == ActorKind.ANONYMOUS && a.memberOf().isEmpty() && lastAnonymous != null
          && TextForms.fold(m.text()).startsWith("ال")) {
        return new Voice(lastAnonymous.actor(), m.text(), agencies, true);
      }
      return new Voice(a, m.text(), agencies, a.kind() == ActorKind.ANONYMOUS);
    }

    Ment nextMention(int from, int within) {
      for (int j = from; j < Math.min(toks.size(), from + within); j++) {
        if (mentAt[j] != null) {
          return mentAt[j];
        }
      }
      return null;
    }

    boolean isMedia(Ment m) {
      return m.actor().kind() == ActorKind.MEDIA;
    }

    // --- claims ------------------------------------------------------------------------------------------------

    void claim(Segment seg, int cue, Stance base) {
      if (isBackground(seg)) {
        return;
      }
      Ment holder = actorOf(seg, cue);
      if (holder == null) {
        return;
      }
      Ment target = targetOf(seg, cue, holder);
      if (target == null && base != Stance.NEUTRAL) {
        return;
      }
      if (target != null && actors.related(holder.actor(), target.actor())) {
        return;
      }
      boolean neg = negated(seg, cue);
      Stance stance = neg ? base.opposite() : base;
      Modality modality = modality(seg, cue);
      ClaimDates.Dated dated = dated();
      Actor h = actors.resolve(holder.actor(), dated.date(), dated.source());
      Actor t = target == null ? null : actors.resolve(target.actor(), dated.date(), dated.source());
      if (t != null && endedBefore(t, dated.date())) {
        // A stance toward a government that no longer held power on the claim's date looks back, not forward.
        return;
      }
      ActorRef actorRef = ActorRef.of(h, holder.text());
      ActorRef targetRef = t == null ? null : ActorRef.of(t, target.text());
      Voice v = seg.voice();
      ActorRef speakerRef = null;
      boolean anonymous = false;
      List<ActorRef> agencies = List.of();
      if (v != null) {
        agencies = v.agencies();
        anonymous = v.anonymous();
        if (v.actor() != null && !v.actor().id().equals(h.id())) {
          speakerRef = ActorRef.of(actors.resolve(v.actor(), dated.date(), dated.source()), v.text());
        } else if (v.actor() == null && v.text() != null) {
          // An unnamed voice ("تقارير إخبارية"): kept as written.
          speakerRef = ActorRef.of(settings.catalog().adHoc(v.text(), v.anonymous() ? ActorKind.ANONYMOUS
              : ActorKind.UNKNOWN), v.text());
        }
      }
      String key = actorRef.id() + "|" + (targetRef == null ? "" : targetRef.id()) + "|" + stance + "|" + start;
      if (!seen.add(key)) {
        return;
      }
      double conf = 0.55;
      conf += holder.mention() != null ? 0.15 : 0;
      conf += target != null ? 0.1 : 0;
      conf += speakerRef != null && !speakerRef.isAnonymous() ? 0.1 : 0;
      conf -= holder.mention() == null ? 0.05 : 0;
      ClaimBuilder b = ClaimBuilder.of(article).actor(actorRef).speaker(speakerRef).target(targetRef)
          .stance(stance, cueText(seg, cue), neg).modality(modality).direct(quoted(cue)).anonymous(anonymous)
          .evidence(start, end).date(dated).confidence(conf);
      agencies.forEach(b::agency);
      claims.add(b.build(article.id() + "#" + (claims.size() + 1)));
    }

    boolean endedBefore(Actor a, Optional<LocalDate> date) {
      if (date.isEmpty() || a.kind() != ActorKind.GOVERNMENT) {
        return false;
      }
      boolean holds = false;
      for (Affiliation f : a.memberOf()) {
        if (f.holds()) {
          holds = true;
          if (f.activeOn(date.get()) || f.until().isEmpty()) {
            return false;
          }
        }
      }
      return holds;
    }

    /** The stance holder: "لدى/من X" after the cue, else the nearest actor before it, else "بلاده" / "نحن". */
    Ment actorOf(Segment seg, int cue) {
      // A masdar with its agent in the genitive and a target after ل: "دعم بلاده للأسد", "دعم روسيا لسوريا".
      if (!toks.get(cue).isVerb() && cue + 2 < seg.to()) {
        int j = cue + 1;
        Ment genitive = mentAt[j] != null && holderLike(mentAt[j]) ? mentAt[j] : null;
        int after = genitive != null ? genitive.last() + 1 : j + 2;
        if (genitive == null && key(j).equals("بلاد") && j + 1 < seg.to()
            && Set.of("ه", "ها", "نا").contains(toks.get(j + 1).word())) {
          genitive = speakerState(seg, article.text().substring(toks.get(j).begin(), toks.get(j + 1).end()));
        }
        if (genitive != null && after < seg.to() && (key(after).equals("ل") || key(after).equals("تجاه"))) {
          return genitive;
        }
      }
      // "أكدت تركيا أنها لن تدعم …": a pronoun right after the complementizer is the speaker.
      if (seg.from() < toks.size() && seg.from() > 0 && toks.get(seg.from()).tag().startsWith("PRP")
          && key(seg.from() - 1).equals("ان") && seg.voice() != null && seg.voice().actor() != null) {
        Actor v = seg.voice().actor();
        if (v.kind() == ActorKind.PERSON || v.kind() == ActorKind.ROLE) {
          Ment org = speakerOrganisation(seg, seg.voice().text());
          if (org != null) {
            return org;
          }
        } else if (v.kind() != ActorKind.ANONYMOUS || !v.memberOf().isEmpty()) {
          return new Ment(-1, -1, null, v, seg.voice().text());
        }
      }
      for (int j = cue + 1; j < Math.min(seg.to(), cue + 5); j++) {
        String w = key(j);
        if ((w.equals("لدي") || w.equals("من")) && j + 1 < seg.to() && mentAt[j + 1] != null
            && holderLike(mentAt[j + 1])) {
          return mentAt[j + 1];
        }
      }
      // Backward, within a short reach and not across a comma: the subject stands close before its predicate.
      for (int j = cue - 1; j >= Math.max(seg.from(), cue - 7); j--) {
        String w = toks.get(j).word();
        if (w.equals(",") || w.equals("\u060C") || w.equals(":")) {
          break;
        }
        if (mentAt[j] != null && holderLike(mentAt[j]) && !governed(j, mentAt[j])) {
          return mentAt[j];
        }
        if (j > seg.from() && pronounState(j)) {
          return speakerState(seg, article.text().substring(toks.get(j - 1).begin(), toks.get(j).end()));
        }
        String k = key(j);
        if ("PRONOUN_WE".equals(lex.background.get(k))) {
          return speakerOrganisation(seg, toks.get(j).word());
        }
      }
      // Coordinated verbs share their subject ("موسكو تراقب … وتجري حواراً مع دمشق"): the clause's first actor,
      // if no comma stands between.
      for (int j = seg.from(); j < cue; j++) {
        String w = toks.get(j).word();
        if (w.equals(",") || w.equals("\u060C")) {
          break;
        }
        if (mentAt[j] != null && holderLike(mentAt[j]) && !governed(j, mentAt[j]) && cue - j <= 15) {
          return mentAt[j];
        }
      }
      // A first-person verb in the clause ("أثبتنا قدرتنا على دعم"): the speaker's government speaks.
      for (int j = seg.from(); j < cue; j++) {
        if (toks.get(j).word().equals("نا") && toks.get(j).tag().startsWith("PRP")) {
          return speakerOrganisation(seg, article.text().substring(toks.get(j).begin(), toks.get(j).end()));
        }
      }
      // VSO: a verb cue followed by its subject.
      if (toks.get(cue).isVerb()) {
        Ment m = nextMention(cue + 1, 3);
        if (m != null && holderLike(m)) {
          return m;
        }
      }
      return null;
    }

    /** "بلاده", "بلادها", "بلادنا": the segmenter splits the word; the pronoun follows "بلاد". */
    boolean pronounState(int j) {
      return key(j - 1).equals("بلاد") && Set.of("ه", "ها", "نا").contains(toks.get(j).word())
          || "PRONOUN_STATE".equals(lex.background.get(key(j)));
    }

    boolean holderLike(Ment m) {
      return !isMedia(m) && !(m.anonymous() && m.actor().memberOf().isEmpty());
    }

    /** Whether a mention is the object of a preposition that marks a target (لـ، مع، عن، على، إلى، ضد). */
    boolean governed(int j, Ment m) {
      int p = m.first() - 1;
      if (p < 0) {
        return false;
      }
      String w = key(p);
      return Set.of("ل", "مع", "عن", "علي", "الي", "ضد", "حيال", "تجاه", "في").contains(w);
    }

    /** "بلاده": the state of the clause's speaker. */
    Ment speakerState(Segment seg, String words) {
      Voice v = seg.voice();
      if (v == null || v.actor() == null) {
        return null;
      }
      return actors.stateOf(v.actor()).map(a -> new Ment(-1, -1, null, a, words)).orElse(null);
    }

    /** "نحن", "-نا": the organisation the clause's speaker speaks for. */
    Ment speakerOrganisation(Segment seg, String words) {
      Voice v = seg.voice();
      if (v == null || v.actor() == null) {
        return null;
      }
      Actor org = actors.organisationOf(v.actor());
      return org == v.actor() ? null : new Ment(-1, -1, null, org, words);
    }

    /** The target: the first actor after the cue in the clause, other than the holder. */
    Ment targetOf(Segment seg, int cue, Ment holder) {
      int limit = Math.min(seg.to(), cue + 8);
      for (int j = cue + 1; j < limit; j++) {
        Tok t = toks.get(j);
        if (t.isPunct() && !t.word().equals("\"") && !t.word().equals(",") && !t.word().equals("\u060C")) {
          break;
        }
        Ment m = mentAt[j];
        if (m != null && (holder.mention() == null || m.first() != holder.first()) && !isMedia(m)
            && !m.anonymous()) {
          if (j > 0 && (key(j - 1).equals("من") || key(j - 1).equals("لدي")) && holder.first() < 0) {
            continue;
          }
          return m;
        }
        if (m == null && t.isVerb() && j > cue + 1) {
          break;
        }
      }
      return null;
    }

    boolean isBackground(Segment seg) {
      int ref = article.published().map(LocalDate::getYear).orElse(Integer.MAX_VALUE);
      for (int j = seg.from(); j < seg.to(); j++) {
        String w = toks.get(j).word();
        if (w.matches("(19|20)\\d\\d")) {
          int y = Integer.parseInt(w);
          if (y < ref - 1 || ref == Integer.MAX_VALUE && y < 2020) {
            return true;
          }
        }
        if ("HISTORY".equals(lex.background.get(key(j))) && !(mentAt[j] != null)) {
          return true;
        }
      }
      // The whole sentence opens with "يشار إلى" (it is noted that): background by convention.
      return "HISTORY".equals(lex.background.get(key(0)));
    }

    boolean negated(Segment seg, int cue) {
      boolean neg = false;
      int from = Math.max(seg.from(), cue - 4);
      for (int j = from; j < cue; j++) {
        if ("NEGATION".equals(lex.marker(toks.get(j).folded()))) {
          neg = !neg;
        }
      }
      if (!neg) {
        // "لا خطة لدى روسيا لإنقاذ", "لا تملك خطة لانقاذ": a negated plan carries over to the cue.
        for (int j = Math.max(seg.from(), cue - 8); j < cue; j++) {
          if ("PLAN".equals(lex.marker(key(j)))) {
            for (int k = Math.max(seg.from(), j - 3); k < j; k++) {
              if ("NEGATION".equals(lex.marker(toks.get(k).folded()))) {
                return true;
              }
            }
          }
        }
      }
      return neg;
    }

    Modality modality(Segment seg, int cue) {
      StringBuilder clause = new StringBuilder(" ");
      for (int j = seg.from(); j < seg.to(); j++) {
        clause.append(toks.get(j).folded()).append(' ');
      }
      String c = clause.toString().replace(" ال ", " ");
      for (String p : lex.conditionPhrases) {
        if (c.contains(" " + p + " ")) {
          return Modality.CONDITIONAL;
        }
      }
      boolean hedge = false;
      boolean future = false;
      for (int j = Math.max(seg.from(), cue - 6); j < Math.min(seg.to(), cue + 1); j++) {
        String f = toks.get(j).folded();
        String m = lex.marker(f);
        if (m == null) {
          m = lex.marker(TextForms.key(f));
        }
        if ("CONDITION".equals(m) && j < cue) {
          return Modality.CONDITIONAL;
        }
        if ("HEDGE".equals(m)) {
          hedge = true;
        }
        if ("FUTURE".equals(m)) {
          future = true;
        }
        // قد + imperfect verb is a hedge; قد + perfect verb is emphatic past.
        if (f.equals("قد") && j + 1 < toks.size() && toks.get(j + 1).tag().equals("VBP")) {
          hedge = true;
        }
      }
      // A condition after the cue in the same clause: "… لدعم سوريا إذا لزم الأمر".
      for (int j = cue + 1; j < seg.to(); j++) {
        if ("CONDITION".equals(lex.marker(toks.get(j).folded())) && toks.get(j).folded().equals("اذا")) {
          return Modality.CONDITIONAL;
        }
      }
      return hedge ? Modality.HEDGED : future ? Modality.FUTURE : Modality.ASSERTED;
    }

    /** The cue with a negation or plan before it and its object noun after it, as written in the article. */
    String cueText(Segment seg, int cue) {
      int from = cue;
      for (int j = cue - 1; j >= Math.max(seg.from(), cue - 4); j--) {
        String m = lex.marker(toks.get(j).folded());
        if (m == null) {
          m = lex.marker(key(j));
        }
        if ("NEGATION".equals(m) || "PLAN".equals(m) || toks.get(j).word().equals("ل")
            && j == cue - 1) {
          from = j;
        }
      }
      int s = toks.get(from).begin();
      int e = toks.get(cue).end();
      return article.text().substring(s, e);
    }

    boolean quoted(int cue) {
      int quotes = 0;
      for (int j = 0; j < cue; j++) {
        String w = toks.get(j).word();
        if (w.equals("\"") || w.equals("«") || w.equals("»") || w.equals("\u201C") || w.equals("\u201D")) {
          quotes++;
        }
      }
      return quotes % 2 == 1;
    }
  }

}
