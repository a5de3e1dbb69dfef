package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.ObjectClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Demands and calls that the one asked give way: "تطالب عمّان تل أبيب بوقف …", "دعت الرباط مدريد إلى سحب …". A verb
 * of demand ({@code objects.tsv}, DEMAND: طالب، دعا، ناشد) is a cue ({@code cues.tsv}) only when the preposition of
 * the request (بـ، إلى، على) comes after it, past the one asked, and opens a masdar of giving way ({@code
 * objects.tsv}, YIELD: stopping, withdrawing, releasing, apologising). A call to talk, to vote or to support ("دعا
 * الرئيس الأحزاب إلى الحوار") asks nobody to give way and takes no side; so the demand's stance is not read from what
 * is demanded. The target is the one asked: the actor between the verb (past the holder) and the preposition;
 * failing one, the state whose demonym describes the hostile event to stop ("دعت أنقرة إلى وقف الغارات الروسية").
 * Never an actor further inside what is demanded ("طالبت بغداد بعودة اللاجئين السوريين": the Syrians are no one
 * asked); a demonym right on the masdar of giving way names who gives way ({@link ObjectNisbas}: "بالانسحاب التركي").
 * The act a demand asks for, whatever it is, is held by whoever demands it ({@link #governing}, read by {@link
 * Holders}): "دعت أنقرة إلى فرض عقوبات على …" opposes whom the sanctions befall. Stateless.
 */
final class Demands {

  private Demands() {}

  /** How far after the verb the preposition of the request may stand. */
  static final int REACH = 8;

  /** "ب", "الي", "علي" (folded): the prepositions that open what is demanded. */
  private static final java.util.Set<String> REQUEST = java.util.Set.of("\u0628", "\u0627\u0644\u064a",
      "\u0639\u0644\u064a");

  /** Whether token {@code i} is read as a verb of demand. */
  static boolean verb(Reading r, int i) {
    return r.isVerb(i) && r.verbIn(i, ObjectClass.DEMAND);
  }

  /** Whether the demand at {@code i} asks someone to give way: the request's preposition, then a masdar of YIELD. */
  static boolean yielding(Reading r, int i) {
    return request(r, i) >= 0;
  }

  /** Where the preposition of a request to give way stands after the verb at {@code i}; -1 when there is none. */
  private static int request(Reading r, int i) {
    for (int k = i + 1; k < Math.min(r.size() - 1, i + REACH); k++) {
      if (r.hasMention(k)) {
        k = r.mention(k).last();
        continue;
      }
      if (r.isPunct(k) || r.isVerb(k)) {
        return -1;
      }
      if (REQUEST.contains(r.folded(k))) {
        return r.nounIn(k + 1, ObjectClass.YIELD) ? k : -1;
      }
      if (r.tag(k).equals("IN") || !r.tag(k).contains("NN") && !r.tag(k).contains("JJ")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The verb of demand whose request the masdar at {@code cue} opens, past the masdar of a light verb, or -1:
   * "طالبت أنقرة الاتحاد بفرض عقوبات على …", "دعت الرباط إلى دعم …". Whoever demands an act takes its side, as the
   * English rules read "urged Y to support Z" as the urger's support for Z; only when the act befalls an actor named
   * close after it ({@link #aimedClose}): "إلى الانسحاب من سوريا" is no stance against Syria.
   */
  static int governing(Reading r, Segment seg, int cue) {
    int p = cue - 1;
    if (p > seg.from() && !r.hasMention(p) && r.s.stems(p).stream()
        .anyMatch(st -> st.nominal() && r.lex.is(st.form(), ArabicLexicon.SyntaxClass.LIGHT_VERB))) {
      // The masdar of a light verb before the act ("إلى فرض عقوبات على …").
      p--;
    }
    if (p <= seg.from() || !REQUEST.contains(r.folded(p))) {
      return -1;
    }
    if (!aimedClose(r, seg, cue)) {
      return -1;
    }
    for (int k = p - 1; k >= Math.max(seg.from(), cue - REACH); k--) {
      if (verb(r, k)) {
        return request(r, k) == p || directRequest(r, k, p) ? k : -1;
      }
      if (r.isPunct(k) || r.isVerb(k) || !r.hasMention(k) && !r.tag(k).contains("NN") && !r.tag(k).contains("JJ")) {
        return -1;
      }
    }
    return -1;
  }

  /** How far after a demanded act the actor it befalls may stand. */
  static final int ACT_REACH = 4;

  /**
   * Whether the demanded act at {@code cue} befalls an actor named close after it: its genitive ("إلى دعم
   * المعارضة") or after a preposition of targets past its adjectives ("بعقوبات جديدة على …"). An actor further on
   * may be another's ("بطرد المقاتلين الأجانب من البلاد": what is demanded happens there, not to it).
   */
  private static boolean aimedClose(Reading r, Segment seg, int cue) {
    for (int k = cue + 1; k < Math.min(seg.to(), cue + ACT_REACH); k++) {
      if (r.hasMention(k)) {
        return k == cue + 1 || r.lex.is(r.key(k - 1), ArabicLexicon.GrammarClass.TARGET_MARKER);
      }
      if (!r.tag(k).contains("JJ") && !r.lex.is(r.key(k), ArabicLexicon.GrammarClass.TARGET_MARKER)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the preposition {@code p} is the first after the verb {@code v}, past nouns and actors only. */
  private static boolean directRequest(Reading r, int v, int p) {
    for (int k = v + 1; k < p; k++) {
      if (r.tag(k).equals("IN") || REQUEST.contains(r.folded(k))) {
        return false;
      }
    }
    return true;
  }

  /** The one asked to give way, as the target; empty when the words name none. */
  static Optional<ActorSpan> asked(Reading r, Segment seg, int cue, ActorSpan holder) {
    int p = request(r, cue);
    if (p < 0 || p >= seg.to()) {
      return Optional.empty();
    }
    for (int k = cue + 1; k < p; k++) {
      ActorSpan m = r.mention(k);
      if (m == null) {
        continue;
      }
      if (!holder.implied() && m.first() >= holder.first() && m.last() <= holder.last()) {
        k = m.last();
        continue;
      }
      return m.media() || m.anonymous() || Targets.locative(r, m) ? Optional.empty() : Optional.of(m);
    }
    int event = p + 2;
    if (event < seg.to() && !r.hasMention(event) && StanceCues.hostileEvent(r, event)) {
      return Holders.nisba(r, seg, event).filter(s -> !ObjectNisbas.own(holder, s));
    }
    return Optional.empty();
  }
}
