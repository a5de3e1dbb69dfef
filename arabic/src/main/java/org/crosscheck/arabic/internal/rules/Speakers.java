package org.crosscheck.arabic.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.PronounClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.VoiceClass;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.TextForms;

/**
 * Who speaks after a speech verb: an unnamed voice when a plain noun follows the verb ("كشفت تقارير إخبارية",
 * "قال مسؤول"); else, within a few words, the actor named ("قال وزير الخارجية"), past the outlets that carry the
 * voice ("نقلت وكالة … عن مصدر"); an analyst, whose words are analysis, not news ("خبراء", "المحللون"); or the
 * last named speaker for "الناطق" or a pronoun suffix ("وقال في تصريحه"). "المصدر" (the source) after an unnamed
 * source was introduced is that same source. Stateless; the last named speaker and the last unnamed source live in
 * the article's {@link Discourse}.
 */
final class Speakers {

  private Speakers() {}

  /** The article's last named speaker, for "وأضاف" with no subject. */
  static final Discourse.Key<Voice> LAST_SPEAKER = Discourse.Key.of("arabic.lastSpeaker");
  /** The article's last unnamed source, for "المصدر". */
  static final Discourse.Key<Voice> LAST_UNNAMED = Discourse.Key.of("arabic.lastUnnamedSource");

  /** How far after a speech verb its speaker may stand, in tokens. */
  static final int REACH = 8;

  /** The voice named after the speech verb at {@code verb}, or null when none is ("وأضاف أنه"). */
  static Voice after(Reading r, int verb) {
    List<ActorSpan> agencies = new ArrayList<>();
    ArabicLexicon lex = r.lex;
    if (verb + 1 < r.size() && !r.hasMention(verb + 1)) {
      int n = verb + 1;
      String f = r.folded(n);
      if (r.tag(n).contains("NN") && !r.tag(n).contains("NNP") && !lex.is(f, VoiceClass.SPOKESMAN)) {
        // A plain noun and its adjectives: "مصادر مطلعة", "مسؤول".
        int e = n;
        while (e + 1 < r.size() && !r.hasMention(e + 1) && r.tag(e + 1).contains("JJ")) {
          e++;
        }
        return Voice.unnamed(r.text(n, e), agencies, lex.is(TextForms.key(f), VoiceClass.UNNAMED));
      }
    }
    Voice last = r.remembered(LAST_SPEAKER);
    for (int j = verb + 1; j < Math.min(r.size(), verb + REACH); j++) {
      String w = r.folded(j);
      if (r.opensReport(w) || lex.is(w, GrammarClass.REPORT_PREPOSITION) && j == verb + 1) {
        break;
      }
      ActorSpan m = r.mention(j);
      if (m == null) {
        if (isAnalyst(lex, w)) {
          return Voice.unnamed(r.word(j), agencies, false);
        }
        if ((lex.is(w, VoiceClass.SPOKESMAN) || lex.is(w, PronounClass.HE_SUFFIX)) && last != null) {
          return new Voice(last.actor(), last.text(), agencies, last.anonymous());
        }
        continue;
      }
      if (m.media()) {
        agencies.add(m);
        j = m.last();
        continue;
      }
      return of(r, m, agencies);
    }
    return agencies.isEmpty() ? null : Voice.agencies(agencies);
  }

  /** The voice of an actor named as the speaker. */
  static Voice of(Reading r, ActorSpan m, List<ActorSpan> agencies) {
    Actor a = m.actor();
    Voice unnamed = r.remembered(LAST_UNNAMED);
    if (a.kind() == ActorKind.ANONYMOUS && a.memberOf().isEmpty() && unnamed != null && definite(r, m.text())) {
      return new Voice(unnamed.actor(), Optional.of(m.text()), agencies, true);
    }
    return Voice.of(a, m.text(), agencies, a.kind() == ActorKind.ANONYMOUS);
  }

  /** Notes a clause's voice: the last named speaker, or the last unnamed source. */
  static void remember(Reading r, Voice v) {
    if (v == null) {
      return;
    }
    if (v.named()) {
      r.discourse().set(LAST_SPEAKER, v);
    }
    if (v.anonymous()) {
      r.discourse().set(LAST_UNNAMED, v);
    }
  }

  /** Whether a voice is an analyst's ("أشار خبراء", "قال المحللون"): its words are analysis, not news. */
  static boolean isAnalyst(ArabicLexicon lex, Voice v) {
    return v.text().isPresent() && isAnalyst(lex, TextForms.fold(v.text().get().split("\\s+")[0]));
  }

  /** Whether a folded word, with or without its article, names analysts. */
  private static boolean isAnalyst(ArabicLexicon lex, String folded) {
    return lex.is(folded, VoiceClass.ANALYST) || lex.is(TextForms.key(folded), VoiceClass.ANALYST);
  }

  /** Whether words open with the article ("المصدر", not "مصدر"). */
  private static boolean definite(Reading r, String words) {
    String f = TextForms.fold(words);
    for (String article : r.lex.words(GrammarClass.ARTICLE)) {
      if (f.startsWith(article)) {
        return true;
      }
    }
    return false;
  }
}
