package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Map;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Mention;
import org.crosscheck.Paragraph;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.Quotes;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * A quoted sentence with no voice of its own that goes on a speaker's quotation: the quotation opened in the sentence
 * just before it in the paragraph, which named the speaker (X said: "… . They have lied to the world."), or opens
 * right after such a sentence ('"…," said X. "They have lied to the world."'). Its speaker is that sentence's; when
 * the quotation ends in a comma and a voice follows it ('"… . They have lied," the minister said') that voice is the
 * speaker instead, if it names a catalogued actor or is "he"/"she" for the one who spoke last, and nobody if it names
 * no actor. Such a sentence gets a frame of that speaker over its quoted words, so that a judgement in it is the
 * speaker's ({@link Evaluations}); its third-person subject pronoun ("they", "he") stands for the actor that the
 * quotation made the subject before, when the pronoun agrees with it (a person for "he"/"she", anyone else for
 * "they") and it is not the speaker; "it" may be the situation ("It is a sad day") and stands for no one here. A
 * quotation that follows no voice in its paragraph gets no frame. The last voice lives in the article's {@link
 * Discourse}. Stateless.
 */
final class QuoteContinuations {

  /**
   * A sentence that spoke: its paragraph and end, the opening mark of the quotation it spoke in (-1 for none), its
   * speaker, the actor its quoted words made a subject (null for none), and whether that actor is a person (one the
   * catalog lacks counts when the tagger takes its name for a person's).
   */
  record Voice(int paragraph, int end, int quote, ActorRef speaker, ActorRef subject, boolean person) {}

  static final Discourse.Key<Voice> LAST = Discourse.Key.of("english.quoteVoice");

  /** The key of a continuation's frame among a sentence's frames, which no token or "according to" key takes. */
  static final int KEY = Integer.MIN_VALUE;

  private QuoteContinuations() {}

  /**
   * Adds the frame of a quoted sentence that goes on an earlier voice's quotation, when the sentence has no voice of
   * its own.
   */
  static void frame(Graph g, Map<Integer, SpeechFrames.Frame> frames, QuoteSpeakers quoteSpeakers) {
    if (frames.values().stream().anyMatch(SpeechFrames.Frame::reported)) {
      return;
    }
    Quotes.Span q = opening(g.ctx);
    ActorRef speaker = q == null ? null : speaker(g.ctx, g.lex, q, quoteSpeakers);
    if (speaker == null) {
      return;
    }
    SpeechFrames.Frame f = new SpeechFrames.Frame(null);
    f.speaker = ActorSpan.implied(g.ctx.actors().actorOf(speaker), speaker.mention());
    for (int i = 0; i < g.size(); i++) {
      if (q.contains(g.toks.get(i).begin())) {
        f.content.add(i);
      }
    }
    frames.put(KEY, f);
  }

  /** Whether the frame is a continuation's. */
  static boolean continued(SpeechFrames.Frame f) {
    return f.verb == null && f.speaker != null && f.speaker.implied();
  }

  /**
   * Whether the sentence of the light pass opens inside a quotation of its paragraph that a sentence before it in
   * the paragraph opened, or that opens the sentence right after a voice: the candidate filter's cheap test, the
   * deep read checks the voice.
   */
  static boolean mayContinue(SentenceContext<?> ctx) {
    Quotes.Span q = opening(ctx);
    Voice v = ctx.discourse().get(LAST).orElse(null);
    return q != null && v != null && follows(ctx, q, v);
  }

  /**
   * Remembers the voice of a sentence that has one: the speaker of its last frame and the quotation it spoke in.
   */
  static void note(Graph g, Map<Integer, SpeechFrames.Frame> frames) {
    SpeechFrames.Frame last = null;
    for (SpeechFrames.Frame f : frames.values()) {
      if (f.speaker != null && !f.analyst && !f.speaker.anonymous()) {
        last = f;
      }
    }
    Paragraph p = g.ctx.paragraph().orElse(null);
    if (last == null || p == null) {
      return;
    }
    int quote = -1;
    for (Quotes.Span q : g.ctx.quotes()) {
      if (q.open() < g.ctx.end() && q.close() > g.ctx.start()) {
        quote = q.open();
      }
    }
    ActorRef speaker = last.speaker.toRef();
    ActorSpan named = subject(g, speaker);
    ActorRef subject = named == null ? null : named.toRef();
    boolean person = named != null && Speakers.person(g, named);
    Voice before = g.ctx.discourse().get(LAST).orElse(null);
    if (subject == null && continued(last) && before != null) {
      // A continuation that names no new subject leaves the one its quotation had.
      subject = before.subject();
      person = before.person();
    }
    g.ctx.discourse().set(LAST, new Voice(p.start(), g.ctx.end(), quote, speaker, subject, person));
  }

  /**
   * The actor a third-person subject pronoun of a continuation stands for: the subject its quotation had before, when
   * the pronoun agrees with it; else null.
   */
  static ActorSpan referent(Graph g, IndexedWord pronoun, SpeechFrames.Frame f) {
    Voice v = continued(f) ? g.ctx.discourse().get(LAST).orElse(null) : null;
    String w = pronoun.word();
    if (v == null || v.subject() == null || !g.lex.is(w, EnglishLexicon.PronounClass.REFERRING)
        || g.lex.is(w, EnglishLexicon.PronounClass.POSSESSIVE) || g.lex.is(w, EnglishLexicon.PronounClass.EXPLETIVE)
        || v.subject().id().equals(f.speaker.actor().id())) {
      return null;
    }
    if (v.person() != g.lex.is(w, EnglishLexicon.PronounClass.PERSONAL)) {
      return null;
    }
    return ActorSpan.of(g.idx(pronoun), g.idx(pronoun), g.ctx.actors().actorOf(v.subject()), v.subject().mention());
  }

  /** The quotation the sentence's first word lies in, or null. */
  private static Quotes.Span opening(SentenceContext<?> ctx) {
    for (Token t : ctx.tokens()) {
      if (!Character.isLetterOrDigit(t.word().isEmpty() ? ' ' : t.word().charAt(0))) {
        continue;
      }
      for (Quotes.Span q : ctx.quotes()) {
        if (q.contains(t.begin())) {
          return q;
        }
      }
      return null;
    }
    return null;
  }

  /**
   * Whether quotation {@code q} goes on the voice {@code v}: same paragraph, and the quotation is the one the voice
   * spoke in or opens right after the voice's sentence.
   */
  private static boolean follows(SentenceContext<?> ctx, Quotes.Span q, Voice v) {
    Paragraph p = ctx.paragraph().orElse(null);
    if (p == null || p.start() != v.paragraph() || v.end() > q.open() && v.quote() != q.open()) {
      return false;
    }
    return v.quote() == q.open() || ctx.article().text().substring(v.end(), q.open()).isBlank();
  }

  /** The speaker of a continuation in quotation {@code q}, or null. */
  private static ActorRef speaker(SentenceContext<?> ctx, EnglishLexicon lex, Quotes.Span q,
      QuoteSpeakers quoteSpeakers) {
    Paragraph p = ctx.paragraph().orElse(null);
    String text = ctx.article().text();
    int[] who = p == null || q.close() < 1 || text.charAt(q.close() - 1) != ',' ? null
        : quoteSpeakers.attributionAfter(text, q, p.end());
    Voice v = ctx.discourse().get(LAST).orElse(null);
    if (who != null) {
      List<Mention> named = ctx.actors().mentionsIn(who[0], who[1]);
      if (!named.isEmpty()) {
        Mention m = named.get(named.size() - 1);
        return m.actor().kind() == ActorKind.MEDIA ? null : ActorRef.of(m.actor(), m.text());
      }
      String word = text.substring(who[0], who[1]).strip();
      boolean pronoun = !word.contains(" ") && lex.is(word, EnglishLexicon.PronounClass.PERSONAL);
      if (!pronoun) {
        return null;
      }
    }
    return v != null && follows(ctx, q, v) ? v.speaker() : null;
  }

  /** The actor the quoted words of the sentence make a subject, other than the speaker; null for none. */
  private static ActorSpan subject(Graph g, ActorRef speaker) {
    for (int i = 0; i < g.size(); i++) {
      IndexedWord w = g.node(i);
      if (w == null || !g.relToParent(w).startsWith("nsubj") || !g.ctx.inQuotes(g.toks.get(i).begin())) {
        continue;
      }
      ActorSpan m = g.mentionOf(w);
      if (m != null && !m.anonymous() && !m.media() && !m.actor().id().equals(speaker.id())) {
        return m;
      }
    }
    return null;
  }
}
