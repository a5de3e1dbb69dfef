package org.crosscheck.english.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Article;
import org.crosscheck.Claim;
import org.crosscheck.ExtractionException;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Mention;
import org.crosscheck.Modality;
import org.crosscheck.Paragraph;
import org.crosscheck.Stance;
import org.crosscheck.spi.ArticleActors;
import org.crosscheck.spi.ClaimBuilder;
import org.crosscheck.spi.ClaimDates;
import org.crosscheck.spi.ExtractorSettings;
import org.crosscheck.spi.TextChunks;

/**
 * Reads the claims of one English article. Holds the per-article state (mentions, the last named speaker and
 * actor for "he said" and "it"); not thread-safe, one instance per call.
 */
public final class EnglishArticleReader {

  private final EnglishPipelines pipelines;
  private final ExtractorSettings settings;
  private final Article article;
  private final Lexicon lex = Lexicon.get();
  private final ArticleActors actors;
  private final List<Claim> claims = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private ActorRef lastSpeaker;
  private ActorRef lastActor;
  /** The last named person in the article so far, for "he said" when nobody has spoken yet. */
  private ActorRef lastPerson;

  public EnglishArticleReader(EnglishPipelines pipelines, ExtractorSettings settings, Article article) {
    this.pipelines = pipelines;
    this.settings = settings;
    this.article = article;
    this.actors = ArticleActors.of(settings.catalog(), article);
  }

  /** A mention inside one sentence, over tokens [first, last]. */
  private record Ment(int first, int last, Mention mention, Actor actor, String text) {
    boolean anonymous() {
      return actor.kind() == ActorKind.ANONYMOUS;
    }
  }

  private long nlpNanos;

  /** Articles are annotated in chunks of whole paragraphs of about this many characters: bounded memory. */
  static final int CHUNK_CHARS = 20_000;

  public ExtractionResult read() {
    long t0 = System.nanoTime();
    int sentenceCount = 0;
    int tokens = 0;
    int skipped = 0;
    for (TextChunks.Chunk chunk : TextChunks.of(article, CHUNK_CHARS)) {
      Annotation doc = new Annotation(article.text().substring(chunk.start(), chunk.end()));
      try {
        long s0 = System.nanoTime();
        pipelines.light(doc);
        nlpNanos += System.nanoTime() - s0;
      } catch (RuntimeException e) {
        throw new ExtractionException("CoreNLP failed on article " + article.id() + ": " + e.getMessage(), e);
      }
      List<CoreLabel> all = doc.get(CoreAnnotations.TokensAnnotation.class);
      // Offsets into the chunk become offsets into the article text.
      for (CoreLabel t : all) {
        t.setBeginPosition(t.beginPosition() + chunk.start());
        t.setEndPosition(t.endPosition() + chunk.start());
      }
      tokens += all.size();
      List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
      sentenceCount += sentences.size();
      skipped += readSentences(sentences);
    }
    attributeQuotesSpanningSentences();
    if (skipped > 0) {
      warnings.add(skipped + " candidate sentences longer than " + settings.maxSentenceTokens()
          + " tokens were not parsed");
    }
    return new ExtractionResult(article.id(), claims, sentenceCount, skipped, tokens, warnings,
        java.time.Duration.ofNanos(nlpNanos), java.time.Duration.ofNanos(System.nanoTime() - t0));
  }

  /** Reads the sentences of one chunk; returns how many candidate sentences were too long to parse. */
  private int readSentences(List<CoreMap> sentences) {
    int skipped = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      if (toks.isEmpty()) {
        continue;
      }
      int start = toks.get(0).beginPosition();
      int end = toks.get(toks.size() - 1).endPosition();
      Paragraph para = paragraphOf(start);
      if (para != null && para.kind() == Paragraph.Kind.HEADING) {
        continue;
      }
      boolean candidate = isCandidate(toks, start, end);
      if (!candidate) {
        notePersons(start, end);
        continue;
      }
      if (toks.size() > settings.maxSentenceTokens()) {
        skipped++;
        continue;
      }
      Annotation sub = new Annotation(s.get(CoreAnnotations.TextAnnotation.class));
      sub.set(CoreAnnotations.TokensAnnotation.class, toks);
      sub.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
      try {
        long s0 = System.nanoTime();
        pipelines.deep(sub);
        nlpNanos += System.nanoTime() - s0;
      } catch (RuntimeException e) {
        warnings.add("sentence at " + start + " could not be parsed: " + e.getMessage());
        continue;
      }
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (g == null) {
        continue;
      }
      new Sentence(toks, g, start, end, inBackgroundSection(para)).read();
      notePersons(start, end);
    }
    return skipped;
  }

  private static final java.util.regex.Pattern SAID_AFTER_QUOTE = java.util.regex.Pattern.compile(
      "^[,.]?\\s+(?:(?<who>[^,.;\"“”]{2,80}?)\\s+(?:said|says|added|stated|told|continued|insisted)\\b"
      + "|(?:said|says|added|stated|continued|insisted)\\s+(?<who2>[^,.;\"“”]{2,80}?)[,.;])");

  /**
   * A quote that runs over several sentences ("… We will not abandon our friends. We never have," Lavrov said.)
   * has its speaker after it: the claims inside the quote that have no speaker get that one, as direct speech.
   */
  private void attributeQuotesSpanningSentences() {
    String text = article.text();
    for (Paragraph p : article.paragraphs()) {
      for (int[] q : quoteSpans(text, p.start(), p.end())) {
        String inside = text.substring(q[0], q[1]);
        if (!inside.matches("(?s).*[.!?]\\s+\\S.*")) {
          continue;
        }
        int after = q[1] + 1;
        java.util.regex.Matcher m = SAID_AFTER_QUOTE.matcher(text.substring(after, Math.min(p.end(), after + 120)));
        if (!m.find()) {
          continue;
        }
        int whoStart = after + (m.start("who") >= 0 ? m.start("who") : m.start("who2"));
        int whoEnd = after + (m.start("who") >= 0 ? m.end("who") : m.end("who2"));
        Mention speaker = null;
        for (Mention x : actors.mentionsIn(whoStart, whoEnd)) {
          speaker = x;
        }
        if (speaker == null) {
          continue;
        }
        ActorRef ref = ActorRef.of(speaker.actor(), speaker.text());
        for (int i = 0; i < claims.size(); i++) {
          Claim c = claims.get(i);
          if (c.speaker().isEmpty() && c.evidence().start() >= q[0] && c.evidence().end() <= q[1] + 1
              && !c.actor().id().equals(ref.id())) {
            claims.set(i, withSpeaker(c, ref));
          }
        }
      }
    }
  }

  private static Claim withSpeaker(Claim c, ActorRef speaker) {
    List<org.crosscheck.Attribution.Voice> chain = new ArrayList<>();
    for (org.crosscheck.Attribution.Voice v : c.attribution().chain()) {
      if (v.role() != org.crosscheck.Attribution.Role.ACTOR && v.role() != org.crosscheck.Attribution.Role.SPEAKER) {
        chain.add(v);
      }
    }
    chain.add(new org.crosscheck.Attribution.Voice(org.crosscheck.Attribution.Role.SPEAKER, speaker.mention(),
        java.util.Optional.of(speaker.id()).filter(i -> !i.startsWith("adhoc:"))));
    return new Claim(c.id(), c.article(), c.language(), c.actor(), java.util.Optional.of(speaker), c.target(),
        c.stance(), c.cue(), c.negated(), c.modality(), new org.crosscheck.Attribution(chain,
            c.attribution().anonymous() || speaker.isAnonymous(), true), c.date(), c.dateSource(), c.dateText(),
        c.evidence(), Math.min(1.0, c.confidence() + 0.05));
  }

  private void notePersons(int start, int end) {
    for (Mention m : actors.mentionsIn(start, end)) {
      if (m.actor().kind() == ActorKind.PERSON) {
        lastPerson = ActorRef.of(m.actor(), m.text());
      }
    }
  }

  private Paragraph paragraphOf(int offset) {
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
        return p;
      }
    }
    return null;
  }

  /** Whether the paragraph sits under a heading that opens background or analysis ("Analysis of …"). */
  private boolean inBackgroundSection(Paragraph para) {
    if (para == null) {
      return false;
    }
    Paragraph heading = null;
    for (Paragraph p : article.paragraphs()) {
      if (p.start() >= para.start()) {
        break;
      }
      if (p.kind() == Paragraph.Kind.HEADING) {
        heading = p;
      }
    }
    if (heading == null) {
      return false;
    }
    String h = heading.text(article).toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : lex.background.entrySet()) {
      if (e.getValue().equals("SECTION") && h.contains(e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** A sentence can hold a claim if it has a stance or speech cue and an actor (a mention, a pronoun, a name). */
  private boolean isCandidate(List<CoreLabel> toks, int start, int end) {
    boolean cue = false;
    for (CoreLabel t : toks) {
      String l = lemma(t);
      if (lex.stanceVerbs.containsKey(l) || lex.stanceNouns.containsKey(l) || lex.speechVerbs.contains(l)) {
        cue = true;
        break;
      }
    }
    if (!cue) {
      return false;
    }
    if (!actors.mentionsIn(start, end).isEmpty()) {
      return true;
    }
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).word();
      if (Set.of("he", "she", "it", "they", "we").contains(w.toLowerCase(Locale.ROOT))
          || i > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Nominal modifiers that place a noun in time ("support during the war", "backing since 2015"). */
  private static final Set<String> TEMPORAL_NMOD = Set.of("nmod:during", "nmod:since", "nmod:in", "nmod:through",
      "nmod:throughout", "nmod:before", "nmod:after", "nmod:until");

  static String lemma(CoreLabel t) {
    String l = t.lemma();
    return (l == null ? t.word() : l).toLowerCase(Locale.ROOT);
  }

  // -----------------------------------------------------------------------------------------------------------

  /** One parsed sentence. */
  private final class Sentence {
    final List<CoreLabel> toks;
    final SemanticGraph g;
    final int start;
    final int end;
    final boolean backgroundSection;
    final Ment[] mentAt;
    final List<Ment> ments = new ArrayList<>();
    final List<int[]> quotes;

    Sentence(List<CoreLabel> toks, SemanticGraph g, int start, int end, boolean backgroundSection) {
      this.toks = toks;
      this.g = g;
      this.start = start;
      this.end = end;
      this.backgroundSection = backgroundSection;
      this.mentAt = new Ment[toks.size()];
      // Quotes are paired over the paragraph: a quote may open in an earlier sentence.
      Paragraph para = paragraphOf(start);
      this.quotes = para == null ? quoteSpans(article.text(), start, end)
          : quoteSpans(article.text(), para.start(), para.end());
      index();
    }

    private void index() {
      for (Mention m : actors.mentionsIn(start, end)) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
          CoreLabel t = toks.get(i);
          if (t.beginPosition() < m.end() && t.endPosition() > m.start()) {
            if (first < 0) {
              first = i;
            }
            last = i;
          }
        }
        if (first >= 0) {
          add(new Ment(first, last, m, m.actor(), m.text()));
        }
      }
      // Names the catalog lacks: NER persons and organisations become ad-hoc actors.
      int i = 0;
      while (i < toks.size()) {
        String ner = toks.get(i).ner();
        if (mentAt[i] != null || ner == null || !(ner.equals("PERSON") || ner.equals("ORGANIZATION"))) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < toks.size() && ner.equals(toks.get(j + 1).ner()) && mentAt[j + 1] == null) {
          j++;
        }
        int s = toks.get(i).beginPosition();
        int e = toks.get(j).endPosition();
        String surface = article.text().substring(s, e);
        Actor a = settings.catalog().adHoc(surface, ner.equals("PERSON") ? ActorKind.PERSON
            : ActorKind.ORGANISATION);
        add(new Ment(i, j, null, a, surface));
        i = j + 1;
      }
    }

    private void add(Ment m) {
      ments.add(m);
      for (int k = m.first(); k <= m.last(); k++) {
        if (mentAt[k] == null) {
          mentAt[k] = m;
        }
      }
    }

    IndexedWord node(int i) {
      return g.getNodeByIndexSafe(i + 1);
    }

    int idx(IndexedWord w) {
      return w.index() - 1;
    }

    String rel(SemanticGraphEdge e) {
      return e.getRelation().toString();
    }

    List<IndexedWord> children(IndexedWord w, String... rels) {
      List<IndexedWord> out = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        String r = rel(e);
        for (String want : rels) {
          if (r.equals(want) || want.endsWith(":") && r.startsWith(want)) {
            out.add(e.getDependent());
            break;
          }
        }
      }
      return out;
    }

    IndexedWord parent(IndexedWord w) {
      List<SemanticGraphEdge> in = g.incomingEdgeList(w);
      for (SemanticGraphEdge e : in) {
        if (!rel(e).equals("ref") && !rel(e).startsWith("conj")) {
          return e.getGovernor();
        }
      }
      return in.isEmpty() ? null : in.get(0).getGovernor();
    }

    String relToParent(IndexedWord w) {
      for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
        if (!rel(e).equals("ref")) {
          return rel(e);
        }
      }
      return "";
    }

    Ment mentOf(IndexedWord w) {
      return w == null ? null : mentAt[idx(w)];
    }

    String lemmaOf(IndexedWord w) {
      return lemma(toks.get(idx(w)));
    }

    String pos(IndexedWord w) {
      String t = toks.get(idx(w)).tag();
      return t == null ? "" : t;
    }

    // --- the sentence's claims ---------------------------------------------------------------------------------

    private ClaimDates.Dated dated;

    /** The sentence's date, found once however many claims it holds. */
    ClaimDates.Dated dated() {
      if (dated == null) {
        dated = ClaimDates.forSentence(article, start, end);
      }
      return dated;
    }

    void read() {
      Map<Integer, Speech> frames = speechFrames();
      List<Cue> cues = cues();
      for (Cue c : cues) {
        claimsFor(c, frames);
      }
      for (Speech f : frames.values()) {
        if (f.speaker != null && f.speaker.actor().kind() == ActorKind.PERSON) {
          lastSpeaker = ActorRef.of(f.speaker.actor(), f.speaker.text());
        }
      }
    }

    // A stance cue: a verb, a noun or adjective, or a phrase.
    record Cue(IndexedWord head, Stance stance, String text, boolean nominal) {}

    List<Cue> cues() {
      List<Cue> out = new ArrayList<>();
      Set<Integer> used = new HashSet<>();
      for (int i = 0; i < toks.size(); i++) {
        for (Lexicon.Phrase p : lex.phrases) {
          if (i + p.lemmas().length <= toks.size() && matches(p, i)) {
            IndexedWord h = node(i);
            if (h != null) {
              out.add(new Cue(h, p.stance(), text(i, i + p.lemmas().length - 1), false));
              for (int k = i; k < i + p.lemmas().length; k++) {
                used.add(k);
              }
            }
          }
        }
      }
      for (int i = 0; i < toks.size(); i++) {
        if (used.contains(i) || mentAt[i] != null) {
          continue;
        }
        IndexedWord w = node(i);
        if (w == null) {
          continue;
        }
        String l = lemma(toks.get(i));
        String form = toks.get(i).word().toLowerCase(Locale.ROOT);
        String tag = pos(w);
        if (tag.equals("VBN") && lex.stanceNouns.containsKey(form)) {
          // Adjectival participles ("committed to", "opposed to") read as adjectives, not as verbs.
          out.add(new Cue(w, lex.stanceNouns.get(form), cueText(w), true));
        } else if (tag.startsWith("VB") && lex.stanceVerbs.containsKey(l)) {
          out.add(new Cue(w, lex.stanceVerbs.get(l), cueText(w), false));
        } else if ((tag.startsWith("NN") || tag.startsWith("JJ")) && lex.stanceNouns.containsKey(l)) {
          out.add(new Cue(w, lex.stanceNouns.get(l), cueText(w), true));
        }
      }
      return out;
    }

    boolean matches(Lexicon.Phrase p, int i) {
      for (int k = 0; k < p.lemmas().length; k++) {
        if (!lemma(toks.get(i + k)).equals(p.lemmas()[k])) {
          return false;
        }
      }
      return true;
    }

    String text(int from, int to) {
      return article.text().substring(toks.get(from).beginPosition(), toks.get(to).endPosition());
    }

    /** The cue with the adverbs, auxiliaries and governing verbs that make it read naturally: "continue to back". */
    String cueText(IndexedWord w) {
      int from = idx(w);
      int to = idx(w);
      IndexedWord p = parent(w);
      if (p != null && relToParent(w).equals("xcomp") && idx(p) < idx(w) && idx(w) - idx(p) <= 3) {
        from = idx(p);
      }
      for (IndexedWord c : children(w, "advmod", "amod", "compound")) {
        if (Math.abs(idx(c) - idx(w)) <= 2 && mentAt[idx(c)] == null) {
          from = Math.min(from, idx(c));
          to = Math.max(to, idx(c));
        }
      }
      for (IndexedWord c : children(w, "compound:prt")) {
        to = Math.max(to, idx(c));
      }
      return text(from, to);
    }

    // --- speech frames -------------------------------------------------------------------------------------------

    /** A voice and the clause it reports, with the agencies that carry it. */
    final class Speech {
      final IndexedWord verb;
      Ment speaker;
      final List<Ment> agencies = new ArrayList<>();
      final Set<Integer> content = new HashSet<>();
      boolean analyst;
      boolean anonymousNoun;
      IndexedWord addressee;

      Speech(IndexedWord verb) {
        this.verb = verb;
      }
    }

    Map<Integer, Speech> speechFrames() {
      Map<Integer, Speech> frames = new LinkedHashMap<>();
      for (int i = 0; i < toks.size(); i++) {
        IndexedWord w = node(i);
        if (w == null || !pos(w).startsWith("VB") || !lex.speechVerbs.contains(lemma(toks.get(i)))) {
          continue;
        }
        Speech f = new Speech(w);
        List<IndexedWord> subj = children(w, "nsubj", "nsubj:xsubj");
        List<IndexedWord> agent = children(w, "obl:agent", "obl:by");
        IndexedWord who = !subj.isEmpty() ? subj.get(0) : !agent.isEmpty() ? agent.get(0) : null;
        if (who == null && relToParent(w).startsWith("advcl") || who == null && relToParent(w).startsWith("acl")) {
          // "…, with reports stating that …", "citing Russia's analysis": the subject is the noun it hangs on or
          // the main clause's subject.
          IndexedWord p = parent(w);
          if (p != null && relToParent(w).startsWith("acl")) {
            who = p;
          } else if (p != null) {
            List<IndexedWord> ps = children(p, "nsubj");
            who = ps.isEmpty() ? null : ps.get(0);
          }
        }
        setSpeaker(f, who);
        for (IndexedWord c : children(w, "ccomp", "parataxis", "xcomp", "advcl:", "obj", "dep")) {
          collect(c, f.content, 0);
        }
        List<IndexedWord> addressees = children(w, "obj", "iobj", "obl:to");
        for (IndexedWord a : addressees) {
          if (mentOf(a) != null) {
            f.addressee = a;
            break;
          }
        }
        // "X quoted Y as saying": Y speaks, X carries.
        if (lemma(toks.get(i)).equals("quote")) {
          List<IndexedWord> obj = children(w, "obj");
          if (!obj.isEmpty() && mentOf(obj.get(0)) != null) {
            if (f.speaker != null && isMedia(f.speaker)) {
              f.agencies.add(f.speaker);
            }
            setSpeaker(f, obj.get(0));
          }
        }
        if (f.speaker != null && isMedia(f.speaker)) {
          f.agencies.add(f.speaker);
          f.speaker = null;
        }
        frames.put(i, f);
      }
      // "according to X", "citing X"
      for (SemanticGraphEdge e : g.edgeListSorted()) {
        String r = rel(e);
        if (r.contains("according_to") || r.equals("obl:according")) {
          Speech f = new Speech(e.getGovernor());
          setSpeaker(f, e.getDependent());
          collect(e.getGovernor(), f.content, 0);
          if (f.speaker != null && isMedia(f.speaker)) {
            f.agencies.add(f.speaker);
            f.speaker = null;
          }
          frames.put(-1 - idx(e.getGovernor()), f);
        }
      }
      return frames;
    }

    private void setSpeaker(Speech f, IndexedWord who) {
      if (who == null) {
        return;
      }
      Ment m = mentOf(who);
      String l = lemmaOf(who);
      if (m == null) {
        for (IndexedWord c : children(who, "compound", "amod", "nmod:poss", "appos")) {
          if (mentOf(c) != null) {
            m = mentOf(c);
            break;
          }
        }
      }
      if ("ANALYST".equals(lex.background.get(l))) {
        f.analyst = true;
      }
      ActorRef previous = lastSpeaker != null ? lastSpeaker : lastPerson;
      if (m == null && Set.of("he", "she").contains(who.word().toLowerCase(Locale.ROOT)) && previous != null) {
        f.speaker = new Ment(idx(who), idx(who), null, actorOf(previous), previous.mention());
        return;
      }
      if (m == null && Set.of("source", "report", "official", "diplomat", "insider").contains(l)) {
        f.anonymousNoun = true;
      }
      f.speaker = m;
    }

    private Actor actorOf(ActorRef ref) {
      return settings.catalog().actor(ref.id()).orElseGet(() -> settings.catalog().adHoc(ref.name(), ref.kind()));
    }

    private void collect(IndexedWord w, Set<Integer> into, int depth) {
      if (depth > 30 || !into.add(idx(w))) {
        return;
      }
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        collect(e.getDependent(), into, depth + 1);
      }
    }

    boolean isMedia(Ment m) {
      return m.actor().kind() == ActorKind.MEDIA;
    }

    /** The innermost speech frame whose content holds token {@code i}. */
    Speech frameOf(int i, Map<Integer, Speech> frames) {
      List<Speech> all = framesOf(i, frames);
      return all.isEmpty() ? null : all.get(0);
    }

    /** The speech frames whose content holds token {@code i}, innermost first. */
    List<Speech> framesOf(int i, Map<Integer, Speech> frames) {
      List<Speech> out = new ArrayList<>();
      for (Speech f : frames.values()) {
        if (f.content.contains(i)) {
          out.add(f);
        }
      }
      out.sort(java.util.Comparator.comparingInt(f -> f.content.size()));
      return out;
    }

    // --- claims ------------------------------------------------------------------------------------------------

    void claimsFor(Cue cue, Map<Integer, Speech> frames) {
      IndexedWord w = cue.head();
      Speech frame = frameOf(idx(w), frames);
      if (frame != null && frame.analyst) {
        return;
      }
      boolean reported = frame != null && (frame.speaker != null || frame.anonymousNoun || !frame.agencies.isEmpty());
      boolean background = isBackground(w, frame);
      if (!reported && (backgroundSection || background)) {
        return;
      }
      if (reported && background && frame.speaker == null) {
        return;
      }
      // The speech verb that is also a stance verb ("warned", "accused") is a claim in its own right.
      List<Ment> holders = actorsOf(w, cue.nominal(), frame);
      if (holders.isEmpty()) {
        return;
      }
      List<Ment> targets = targetsOf(w, cue.nominal(), frame, holders);
      boolean reciprocal = targets.isEmpty() && holders.size() >= 2;
      List<Speech> chain = framesOf(idx(w), frames);
      boolean fallback = false;
      if (targets.isEmpty() && !reciprocal && cue.stance() != Stance.NEUTRAL) {
        targets = sentenceTarget(holders, chain);
        fallback = !targets.isEmpty();
      }
      for (Ment h : holders) {
        List<Ment> ts = reciprocal ? holders.stream().filter(x -> x != h).toList() : targets;
        if (ts.isEmpty()) {
          // A stance without a named target ("Hungarian officials agreed", "Vietnam is committed to opening up")
          // is still a claim; the comparator needs a target to compare it, a reader does not.
          if (cue.stance() == Stance.NEUTRAL || !cue.nominal() || pos(w).equals("VBN")) {
            emit(cue, h, null, chain, w, false);
          }
          continue;
        }
        for (Ment t : ts) {
          if (!sameActor(h, t)) {
            emit(cue, h, t, chain, w, fallback);
          }
        }
      }
    }

    /**
     * A support or opposition whose object names no actor ("committed to supplying additional military aid …
     * to bolster Syrian defenses") takes the one other actor the sentence names, if there is exactly one.
     */
    List<Ment> sentenceTarget(List<Ment> holders, List<Speech> chain) {
      Set<Integer> taken = new HashSet<>();
      for (Ment h : holders) {
        for (int k = h.first(); k <= h.last(); k++) {
          taken.add(k);
        }
      }
      Set<String> takenIds = new HashSet<>();
      holders.forEach(h -> takenIds.add(h.actor().id()));
      for (Speech f : chain) {
        if (f.speaker != null) {
          takenIds.add(f.speaker.actor().id());
        }
        f.agencies.forEach(a -> takenIds.add(a.actor().id()));
      }
      Map<String, Ment> found = new LinkedHashMap<>();
      for (int i = 0; i < toks.size(); i++) {
        if (taken.contains(i)) {
          continue;
        }
        Ment m = mentAt[i];
        if (m == null) {
          IndexedWord w = node(i);
          Actor dem = w == null ? null : demonym(w);
          if (dem != null) {
            m = new Ment(i, i, null, dem, w.word());
          }
        }
        if (m != null && !m.anonymous() && !isMedia(m) && !takenIds.contains(m.actor().id())
            && m.actor().kind() != ActorKind.UNKNOWN) {
          found.putIfAbsent(m.actor().id(), m);
        }
      }
      return found.size() == 1 ? List.copyOf(found.values()) : List.of();
    }

    /** The same actor, or one that belongs to the other (the Kremlin and Russia, Peskov and the Kremlin). */
    boolean sameActor(Ment a, Ment b) {
      return a.first() == b.first() || actors.related(a.actor(), b.actor());
    }

    /** The stance holders of a cue: subject, passive agent, possessor, apposition head, conjuncts. */
    List<Ment> actorsOf(IndexedWord w, boolean nominal, Speech frame) {
      List<IndexedWord> cands = new ArrayList<>();
      if (!nominal || pos(w).equals("VBN") || pos(w).startsWith("JJ")) {
        List<IndexedWord> pass = children(w, "nsubj:pass");
        List<IndexedWord> agent = children(w, "obl:agent", "obl:by");
        if (!pass.isEmpty() && !agent.isEmpty()) {
          cands.addAll(agent);
        } else {
          cands.addAll(children(w, "nsubj", "nsubj:xsubj"));
          if (cands.isEmpty() && (pass.isEmpty() || nominal)) {
            // "Moscow is committed to …": an adjectival participle's subject holds the stance.
            cands.addAll(children(w, "nsubj:pass"));
          }
        }
      }
      if (nominal) {
        cands.addAll(children(w, "nmod:poss", "nmod:from", "nmod:by"));
        for (IndexedWord c : children(w, "amod", "compound")) {
          if (mentOf(c) != null || demonym(c) != null) {
            cands.add(c);
          }
        }
        if (cands.isEmpty() && relToParent(w).equals("appos")) {
          cands.add(parent(w));
        }
        if (cands.isEmpty() && (relToParent(w).equals("obj") || relToParent(w).startsWith("nsubj:pass")
            || relToParent(w).startsWith("obl"))) {
          IndexedWord v = parent(w);
          if (v != null) {
            cands.addAll(children(v, "nsubj", "nsubj:xsubj"));
          }
        }
      }
      if (cands.isEmpty()) {
        // A participle, infinitive or prepositional clause takes its governor's subject ("…, reaffirming Iran's
        // support", "refrain from supporting", "has no plan to save"), climbing a few links.
        IndexedWord cur = w;
        for (int d = 0; d < 4 && cands.isEmpty(); d++) {
          IndexedWord p = parent(cur);
          String r = relToParent(cur);
          if (p == null || !(r.startsWith("advcl") || r.equals("xcomp") || r.startsWith("acl") || r.startsWith("obl")
              || r.equals("obj") || r.startsWith("ccomp") && !isSpeech(p))) {
            break;
          }
          if (r.startsWith("acl") && mentOf(p) != null && d == 0) {
            cands.add(p);
            break;
          }
          cands.addAll(children(p, "nsubj", "nsubj:xsubj"));
          cur = p;
        }
      }
      List<Ment> out = new ArrayList<>();
      for (IndexedWord c : cands) {
        Ment m = resolveActor(c, frame);
        if (m != null && out.stream().noneMatch(x -> x.first() == m.first() && x.actor().equals(m.actor()))) {
          out.add(m);
        }
      }
      return out;
    }

    Ment resolveActor(IndexedWord c, Speech frame) {
      Ment m = mentOf(c);
      if (m != null) {
        return m.anonymous() && m.actor().memberOf().isEmpty() ? null : m;
      }
      Actor dem = demonym(c);
      if (dem != null) {
        return new Ment(idx(c), idx(c), null, dem, c.word());
      }
      String word = c.word().toLowerCase(Locale.ROOT);
      if (Set.of("we", "our", "us").contains(word) && frame != null && frame.speaker != null) {
        Actor org = actors.organisationOf(frame.speaker.actor());
        return new Ment(idx(c), idx(c), null, org, org.name());
      }
      if (word.equals("it") && parent(c) != null && pos(parent(c)).startsWith("JJ")) {
        // "it is clear that …", "it is noteworthy": an expletive, not an actor.
        return null;
      }
      if (Set.of("it", "they", "he", "she", "its", "their", "his", "her").contains(word)) {
        if (Set.of("its", "their", "his", "her").contains(word)) {
          // A possessive points back to the nearest actor before it in the sentence ("the Syrian army or its
          // allies").
          for (int k = idx(c) - 1; k >= 0; k--) {
            if (mentAt[k] != null && !mentAt[k].anonymous()) {
              return relabel(mentAt[k], idx(c), c.word());
            }
          }
        }
        // The subject of the clause this one hangs on, else the last actor of the article.
        IndexedWord p = parent(c);
        for (int d = 0; p != null && d < 4; d++, p = parent(p)) {
          for (IndexedWord s : children(p, "nsubj", "nsubj:pass")) {
            if (s.index() != c.index() && mentOf(s) != null && !mentOf(s).anonymous()) {
              return relabel(mentOf(s), idx(c), c.word());
            }
          }
        }
        if ((word.equals("he") || word.equals("she")) && lastSpeaker != null) {
          return new Ment(idx(c), idx(c), null, actorOf(lastSpeaker), lastSpeaker.mention());
        }
        if (lastActor != null && !(word.equals("he") || word.equals("she"))) {
          return new Ment(idx(c), idx(c), null, actorOf(lastActor), lastActor.mention());
        }
        return null;
      }
      for (IndexedWord x : children(c, "compound", "nmod:poss", "amod")) {
        if (mentOf(x) != null && !mentOf(x).anonymous() && x.index() < c.index()) {
          // "Turkey's involvement", "the Syrian army": the possessor or demonym names the actor only for agents.
          return null;
        }
      }
      return null;
    }

    /** A pronoun standing for a mention: positioned at the pronoun, named as the antecedent. */
    Ment relabel(Ment m, int at, String word) {
      return new Ment(at, at, m.mention(), m.actor(), m.text());
    }

    Actor demonym(IndexedWord w) {
      String t = pos(w);
      if (!(t.startsWith("JJ") || t.startsWith("NNP"))) {
        return null;
      }
      return settings.catalog().stateOfDemonym(w.word()).orElse(null);
    }

    /** The targets of a cue: objects and oblique arguments, looked for inside them too, then fallbacks. */
    List<Ment> targetsOf(IndexedWord w, boolean nominal, Speech frame, List<Ment> holders) {
      List<IndexedWord> direct = new ArrayList<>();
      if (nominal) {
        direct.addAll(children(w, "nmod:for", "nmod:to", "nmod:of", "nmod:with", "nmod:against", "nmod:toward",
            "nmod:towards", "obl:to", "obl:for", "obl:with", "nmod:on"));
        for (IndexedWord x : children(w, "xcomp", "acl", "acl:")) {
          direct.addAll(children(x, "obj", "obl:to", "obl:for"));
        }
        if (relToParent(w).equals("obj") && parent(w) != null) {
          // "issued direct warnings to the Syrian government": the light verb carries the recipient.
          direct.addAll(children(parent(w), "obl:to", "obl:for", "iobj", "obl:against"));
        }
      } else {
        List<IndexedWord> pass = children(w, "nsubj:pass");
        List<IndexedWord> agent = children(w, "obl:agent", "obl:by");
        if (!pass.isEmpty() && !agent.isEmpty()) {
          direct.addAll(pass);
        }
        direct.addAll(children(w, "obj", "iobj", "obl:to", "obl:for", "obl:with", "obl:against", "obl:on",
            "obl:toward", "obl:towards", "obl:in"));
        for (IndexedWord x : children(w, "xcomp", "obl:to", "advcl:to")) {
          direct.addAll(children(x, "obj", "obl:to", "obl:for"));
        }
      }
      if (pos(w).startsWith("JJ") || pos(w).equals("VBN")) {
        for (IndexedWord x : children(w, "xcomp", "obl:to", "advcl:to")) {
          direct.add(x);
          direct.addAll(children(x, "obj", "obl:to", "obl:for", "obl:with"));
        }
      }
      List<Ment> out = new ArrayList<>();
      for (IndexedWord d : direct) {
        Ment m = targetIn(d, 0, holders);
        if (m != null && out.stream().noneMatch(x -> x.actor().id().equals(m.actor().id()))) {
          out.add(m);
          // "Turkey and Iran": conjoined targets, on the word the mention ends with.
          IndexedWord head = node(m.last());
          for (IndexedWord c : head == null ? List.<IndexedWord>of() : children(head, "conj:and", "conj:or")) {
            Ment mc = targetIn(c, 2, holders);
            if (mc != null && out.stream().noneMatch(x -> x.actor().id().equals(mc.actor().id()))) {
              out.add(mc);
            }
          }
        }
        if (!out.isEmpty()) {
          break;
        }
      }
      if (out.isEmpty() && frame != null && frame.addressee != null && mentOf(frame.addressee) != null
          && holders.stream().noneMatch(h -> h.first() == idx(frame.addressee))) {
        // "notified the Syrian government that it does not intend to provide any assistance"
        out.add(mentOf(frame.addressee));
      }
      return out;
    }

    /** The actor a dependent names, directly or through a possessor, "of"-phrase, demonym or compound. */
    Ment targetIn(IndexedWord d, int depth, List<Ment> holders) {
      Ment m = mentOf(d);
      if (m != null && !m.anonymous() && !isMedia(m) && holders.stream().noneMatch(h -> h.first() == m.first())) {
        return m;
      }
      if (depth >= 3) {
        return null;
      }
      Actor dem = demonym(d);
      if (dem != null) {
        return new Ment(idx(d), idx(d), null, dem, d.word());
      }
      for (IndexedWord c : children(d, "nmod:poss", "nmod:of", "amod", "compound", "nmod:for", "nmod:to",
          "nmod:such_as", "nmod:including", "acl", "obl:at", "obl:to", "obl:for")) {
        Ment x = targetIn(c, depth + 1, holders);
        if (x != null) {
          return x;
        }
      }
      return null;
    }

    // --- background, negation, modality --------------------------------------------------------------------------

    /**
     * The claim looks back: a past year, "historically", "during the war" in a time or manner modifier of the
     * cue or of the verbs it depends on. Years inside the objects ("suspected of blowing up a plane in 1988") do
     * not date the claim.
     */
    boolean isBackground(IndexedWord w, Speech frame) {
      int ref = article.published().map(d -> d.getYear()).orElse(Integer.MAX_VALUE);
      for (IndexedWord x : governors(w, frame)) {
        if (frame != null && x.equals(frame.verb)) {
          break;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(x)) {
          String r = rel(e);
          if (!(r.startsWith("obl") || r.startsWith("advmod") || r.startsWith("nmod:tmod")
              || r.startsWith("advcl") || TEMPORAL_NMOD.contains(r))) {
            continue;
          }
          Set<Integer> sub = new HashSet<>();
          subtree(e.getDependent(), sub, 0);
          String text = clauseText(sub).toLowerCase(Locale.ROOT);
          for (Map.Entry<String, String> b : lex.background.entrySet()) {
            if (b.getValue().equals("HISTORY") && containsWords(text, b.getKey())) {
              return true;
            }
          }
          for (int i : sub) {
            String word = toks.get(i).word();
            if (word.matches("(19|20)\\d\\d")) {
              int year = Integer.parseInt(word);
              if (year < ref - 1 || ref == Integer.MAX_VALUE && year < 2020) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }

    /** The tokens of the clause a word heads or belongs to: up to the nearest clausal head, then its subtree. */
    Set<Integer> clauseOf(IndexedWord w) {
      IndexedWord head = w;
      for (int d = 0; d < 6; d++) {
        String r = relToParent(head);
        IndexedWord p = parent(head);
        if (p == null || r.startsWith("ccomp") || r.startsWith("parataxis") || r.equals("root")
            || r.startsWith("advcl") || r.startsWith("acl:relcl") || r.startsWith("conj")) {
          break;
        }
        head = p;
      }
      Set<Integer> out = new HashSet<>();
      subtree(head, out, 0);
      return out;
    }

    void subtree(IndexedWord w, Set<Integer> into, int depth) {
      if (depth > 30 || !into.add(idx(w))) {
        return;
      }
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        String r = rel(e);
        if (r.startsWith("ccomp") || r.startsWith("acl:relcl") || r.startsWith("parataxis")) {
          continue;
        }
        subtree(e.getDependent(), into, depth + 1);
      }
    }

    String clauseText(Set<Integer> idx) {
      StringBuilder b = new StringBuilder(" ");
      for (int i = 0; i < toks.size(); i++) {
        if (idx.contains(i)) {
          b.append(toks.get(i).word()).append(' ');
        }
      }
      return b.toString();
    }

    boolean containsWords(String text, String phrase) {
      return text.contains(" " + phrase + " ");
    }

    boolean isSpeech(IndexedWord w) {
      return pos(w).startsWith("VB") && lex.speechVerbs.contains(lemmaOf(w));
    }

    /**
     * The chain from the cue up to the root of what the speech frame reports (or the sentence root); a complement
     * clause of a verb that is not a speech verb ("has no plan to save") belongs to the chain.
     */
    List<IndexedWord> governors(IndexedWord w, Speech frame) {
      List<IndexedWord> chain = new ArrayList<>();
      IndexedWord cur = w;
      for (int d = 0; cur != null && d < 8; d++) {
        chain.add(cur);
        if (frame != null && cur.equals(frame.verb)) {
          break;
        }
        String r = relToParent(cur);
        IndexedWord p = parent(cur);
        if (r.startsWith("ccomp") && p != null && !isSpeech(p)) {
          cur = p;
          continue;
        }
        if (r.startsWith("ccomp") || r.startsWith("parataxis") || r.startsWith("acl:relcl") || r.equals("root")
            || r.startsWith("conj")) {
          break;
        }
        cur = p;
      }
      return chain;
    }

    boolean negated(IndexedWord w, Speech frame) {
      boolean neg = false;
      for (IndexedWord x : governors(w, frame)) {
        if (frame != null && x.equals(frame.verb)) {
          break;
        }
        for (IndexedWord c : children(x, "advmod", "neg", "det", "case", "cc:preconj")) {
          if (lex.is(c.word(), "NEGATION")) {
            neg = !neg;
          }
        }
        if (x != w) {
          // "has no plan to save", "sees no reason to back": a negated object of a verb on the way up.
          for (IndexedWord o : children(x, "obj")) {
            for (IndexedWord c : children(o, "det")) {
              if (lex.is(c.word(), "NEGATION")) {
                neg = !neg;
              }
            }
          }
        }
        if (x != w && lex.is(lemmaOf(x), "NEGATOR")) {
          neg = !neg;
        }
      }
      return neg;
    }

    Modality modality(IndexedWord w, Speech frame) {
      boolean hedge = false;
      boolean future = false;
      boolean condition = false;
      for (IndexedWord x : governors(w, frame)) {
        if (frame != null && x.equals(frame.verb)) {
          for (IndexedWord c : children(x, "advmod")) {
            hedge |= lex.is(c.word(), "HEDGE");
          }
          break;
        }
        for (IndexedWord c : children(x, "aux", "advmod")) {
          hedge |= lex.is(c.word(), "HEDGE");
          future |= lex.is(c.word(), "FUTURE");
        }
        if (x != w) {
          hedge |= lex.is(lemmaOf(x), "HEDGE");
          future |= lex.is(lemmaOf(x), "FUTURE");
        }
        for (IndexedWord c : children(x, "advcl:", "advcl")) {
          for (IndexedWord m : children(c, "mark")) {
            condition |= lex.is(m.word(), "CONDITION");
          }
        }
      }
      String sentence = " " + article.text().substring(start, end).toLowerCase(Locale.ROOT).replaceAll("[,;]", " ")
          + " ";
      for (String p : lex.conditionPhrases) {
        condition |= sentence.contains(" " + p + " ");
      }
      return condition ? Modality.CONDITIONAL : hedge ? Modality.HEDGED : future ? Modality.FUTURE : Modality.ASSERTED;
    }

    // --- emitting ------------------------------------------------------------------------------------------------

    void emit(Cue cue, Ment holder, Ment target, List<Speech> chain, IndexedWord w, boolean fallbackTarget) {
      Speech frame = chain.isEmpty() ? null : chain.get(0);
      boolean neg = negated(w, frame);
      Stance stance = neg ? cue.stance().opposite() : cue.stance();
      Modality modality = modality(w, frame);
      ClaimDates.Dated dated = dated();
      ActorRef actorRef = ActorRef.of(actors.resolve(holder.actor(), dated.date(), dated.source()), holder.text());
      ActorRef targetRef = target == null ? null
          : ActorRef.of(actors.resolve(target.actor(), dated.date(), dated.source()), target.text());
      // The voice: the innermost frame whose speaker is not the actor itself ("sources reported that the
      // leadership notified …": the leadership acts, the sources speak). Anonymity and agencies from every frame.
      ActorRef speakerRef = null;
      boolean anonymous = false;
      List<ActorRef> agencies = new ArrayList<>();
      for (Speech f : chain) {
        anonymous |= f.anonymousNoun || f.speaker != null && f.speaker.anonymous();
        for (Ment a : f.agencies) {
          agencies.add(0, ActorRef.of(a.actor(), a.text()));
        }
        if (speakerRef == null && f.speaker != null && !f.speaker.actor().id().equals(holder.actor().id())) {
          speakerRef = ActorRef.of(actors.resolve(f.speaker.actor(), dated.date(), dated.source()), f.speaker.text());
        }
      }
      for (ActorRef a : paragraphAgencies()) {
        if (agencies.stream().noneMatch(x -> x.id().equals(a.id()))) {
          agencies.add(0, a);
        }
      }
      if (actorRef.isAnonymous() && speakerRef == null) {
        anonymous = true;
      }
      String key = actorRef.id() + "|" + (targetRef == null ? "" : targetRef.id()) + "|" + stance + "|" + start;
      if (!seen.add(key)) {
        return;
      }
      double conf = 0.55;
      conf += holder.actor().isAdHoc() ? 0 : 0.15;
      conf += target != null && !target.actor().isAdHoc() ? 0.1 : 0;
      conf += speakerRef != null && !speakerRef.isAnonymous() ? 0.1 : 0;
      conf -= cue.nominal() ? 0.05 : 0;
      conf -= holder.mention() == null && holder.actor().kind() != ActorKind.STATE ? 0.1 : 0;
      conf -= fallbackTarget ? 0.15 : 0;
      ClaimBuilder b = ClaimBuilder.of(article).actor(actorRef).speaker(speakerRef).target(targetRef)
          .stance(stance, cue.text(), neg).modality(modality).direct(inQuotes(w)).anonymous(anonymous)
          .evidence(start, end).date(dated).confidence(conf);
      agencies.forEach(b::agency);
      claims.add(b.build(article.id() + "#" + (claims.size() + 1)));
      if (!holder.anonymous()) {
        lastActor = actorRef;
      }
    }

    boolean inQuotes(IndexedWord w) {
      int off = toks.get(idx(w)).beginPosition();
      for (int[] q : quotes) {
        if (q[0] <= off && off < q[1]) {
          return true;
        }
      }
      return false;
    }

    /**
     * Media the paragraph cites as its source ("According to the Russian news agency RIA, …", "RIA reported"):
     * the other sentences of the paragraph rest on them too.
     */
    List<ActorRef> paragraphAgencies() {
      Paragraph p = paragraphOf(start);
      if (p == null) {
        return List.of();
      }
      List<ActorRef> out = new ArrayList<>();
      String text = article.text();
      for (Mention m : actors.mentionsIn(p.start(), p.end())) {
        if (m.actor().kind() != ActorKind.MEDIA) {
          continue;
        }
        String before = text.substring(Math.max(p.start(), m.start() - 60), m.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(m.end(), Math.min(p.end(), m.end() + 25)).toLowerCase(Locale.ROOT);
        if (before.contains("according to") || before.contains("citing") || before.contains("cited by")
            || after.matches("(?s)^\\s*(reported|said|quoted|cited|wrote|stated).*")) {
          out.add(ActorRef.of(m.actor(), m.text()));
        }
      }
      return out;
    }
  }

  /** Spans between opening and closing quotation marks in {@code text[start, end)}. */
  static List<int[]> quoteSpans(String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u201C' || c == '\u00AB') {
        open = i;
      } else if ((c == '\u201D' || c == '\u00BB') && open >= 0) {
        out.add(new int[] {open, i});
        open = -1;
      } else if (c == '"') {
        if (open < 0) {
          open = i;
        } else {
          out.add(new int[] {open, i});
          open = -1;
        }
      }
    }
    return out;
  }
}
