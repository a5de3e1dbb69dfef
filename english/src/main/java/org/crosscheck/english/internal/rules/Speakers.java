package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * Who a speech frame's subject is: the actor named there or inside it ("Russian officials", "the Kremlin's
 * spokesman"), "he"/"she" as the last named speaker (or the last named person before anyone spoke), an analyst
 * (whose words are analysis, not a report), or an unnamed voice ("a source said", "reports say"). Stateless; the
 * last speaker lives in the article's {@link Discourse}.
 */
final class Speakers {

  private Speakers() {}

  /** The article's last named speaker who is a person. */
  static final Discourse.Key<ActorRef> LAST_SPEAKER = Discourse.Key.of("english.lastSpeaker");

  static void set(Graph g, SpeechFrames.Frame f, IndexedWord who) {
    if (who == null) {
      return;
    }
    ActorSpan m = g.mentionOf(who);
    String l = g.lemmaOf(who);
    if (m == null) {
      for (IndexedWord c : g.children(who, "compound", "amod", "nmod:poss", "appos")) {
        if (g.mentionOf(c) != null) {
          m = g.mentionOf(c);
          break;
        }
      }
    }
    if (g.lex.is(l, EnglishLexicon.VoiceClass.ANALYST)) {
      f.analyst = true;
    }
    Discourse d = g.ctx.discourse();
    ActorRef previous = d.get(LAST_SPEAKER).or(d::lastPerson).orElse(null);
    if (m == null && g.lex.is(who.word(), EnglishLexicon.PronounClass.PERSONAL) && previous != null) {
      f.speaker = ActorSpan.of(g.idx(who), g.idx(who), g.ctx.actors().actorOf(previous), previous.mention());
      return;
    }
    if (m == null && g.lex.is(l, EnglishLexicon.VoiceClass.UNNAMED)) {
      f.unnamed = true;
    }
    f.speaker = m;
  }
}
