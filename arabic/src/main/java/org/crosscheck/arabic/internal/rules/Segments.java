package org.crosscheck.arabic.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.SpeechClass;
import org.crosscheck.spi.ActorSpan;

/**
 * The clauses of a sentence and their voices. A speech verb ("قال", "أكد", "نقل") closes the clause before it and
 * opens one reported by the speaker named after it; what is reported starts after "أن", a colon or an opening quote
 * ("قال الوزير …، إن …"), not at the speaker. A speech verb with no speaker of its own continues the last named
 * speaker of the article ("وأضاف أن …"); an adverbial participle ("مضيفا") continues the voice of its clause. A
 * source preposition ("بحسب", "وفقا لـ") gives its actor as the voice of clauses that have none; "قوله" after
 * "نقل … عن" opens nothing. Actors' names never count as markers. Stateless.
 */
final class Segments {

  private Segments() {}

  /** How far after a speech verb the reported clause may start, in tokens. */
  static final int REPORT_REACH = 14;
  /** How far after a source preposition its actor may stand, in tokens. */
  static final int SOURCE_REACH = 4;

  /** The clauses of the sentence, in order; notes each voice in the article's memory as it goes. */
  static List<Segment> of(Reading r) {
    List<Segment> out = new ArrayList<>();
    int from = 0;
    Voice current = null;
    Voice source = null;
    for (int i = 0; i < r.size(); i++) {
      SpeechClass kind = r.lex.speech.get(r.folded(i));
      if (kind == null || r.hasMention(i)) {
        continue;
      }
      if (kind == SpeechClass.SOURCE) {
        ActorSpan m = r.nextMention(i + 1, SOURCE_REACH);
        if (m != null) {
          source = m.media() ? Voice.agencies(List.of(m)) : Speakers.of(r, m, List.of());
        }
        continue;
      }
      if (kind == SpeechClass.QUOTE_NOUN
          || kind != SpeechClass.PARTICIPLE && !r.isVerb(i) && !r.tag(i).startsWith("VN")) {
        continue;
      }
      if (i > from) {
        out.add(new Segment(from, i, Optional.ofNullable(current != null ? current : source)));
      }
      Voice v = kind == SpeechClass.PARTICIPLE ? current : Speakers.after(r, i);
      if (v == null) {
        v = r.remembered(Speakers.LAST_SPEAKER);
      }
      current = v;
      Speakers.remember(r, v);
      from = reportStart(r, i);
    }
    out.add(new Segment(from, r.size(), Optional.ofNullable(current != null ? current : source)));
    return out;
  }

  /** Where the clause a speech verb reports starts. */
  private static int reportStart(Reading r, int verb) {
    for (int k = verb + 1; k < Math.min(r.size(), verb + REPORT_REACH); k++) {
      String w = r.folded(k);
      if (r.opensReport(w)) {
        return k + 1;
      }
      if (r.lex.speech.containsKey(w) && !r.hasMention(k)) {
        break;
      }
    }
    return verb + 1;
  }
}
