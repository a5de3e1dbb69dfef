package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Toward whom a cue's stance is taken: the first actor after the cue in its clause, outside the holder's words,
 * within a short reach: the object ("تهدد كييف"), an object's genitive ("مواقع طالبان"), a prepositional phrase
 * ("على الجيش"، "ضد الحكومة"، "للأسد"). The search stops at punctuation (commas and the straight quote aside), at a
 * second verb, at a word that opens another clause (أن، الذي، هو، لا) and at a noun of opponents ("أعداء"); news outlets and unnamed sources are never targets, nor is a place ("في بغداد", "شمال العراق"), nor
 * "لدى/من X" when the holder is implied (that X is a holder's phrase, not a target). Past a noun of a hostile event
 * ("تدين الهجوم على دمشق") the target is that event's doer, right after it, or none: whom the event struck (the
 * genitive of a transitive masdar, "استهداف المتظاهرين") is not the cue's target. Stateless.
 */
final class Targets {

  private Targets() {}

  /** How far after the cue the target may stand, in tokens. */
  static final int REACH = 8;

  static Optional<ActorSpan> of(Reading r, Segment seg, int cue, ActorSpan holder) {
    if (Demands.verb(r, cue)) {
      // A demand's target is the one asked, never an actor inside what is demanded.
      return Demands.asked(r, seg, cue, holder);
    }
    int exposed = Undergone.verb(r, seg, cue);
    if (exposed >= 0) {
      // "تعرضت قطر لانتقادات من …": whoever undergoes the stance is its target.
      return Undergone.undergoer(r, seg, exposed, holder);
    }
    Optional<ActorSpan> threatened = Threats.of(r, seg, cue, holder);
    if (threatened.isPresent()) {
      return threatened;
    }
    if (Summons.at(r, cue)) {
      return search(r, seg, cue, holder, false).filter(Summons::represented);
    }
    Optional<ActorSpan> t = search(r, seg, cue, holder, false);
    if (t.isEmpty() && namedAfterALightVerb(r, cue, holder)) {
      t = afterTheDoer(r, seg, holder);
    }
    return t;
  }

  /** How far after the preposition that follows the doer its target may stand. */
  static final int DOER_REACH = 4;

  /**
   * "هجوم شنه مسلحون مجهولون، على ثكنة للجيش": the target a preposition of targets (على، ضد) introduces right after
   * the doer, past its adjectives and a comma; the first actor within a few nouns of it.
   */
  private static Optional<ActorSpan> afterTheDoer(Reading r, Segment seg, ActorSpan holder) {
    int j = holder.last() + 1;
    while (j < seg.to() && !r.hasMention(j) && (r.tag(j).contains("JJ") || r.lex.is(r.word(j), GrammarClass.COMMA))) {
      j++;
    }
    if (j >= seg.to() || r.hasMention(j) || !r.lex.is(r.key(j), GrammarClass.TARGET_MARKER)
        || r.lex.is(r.key(j), ArabicLexicon.GrammarClass.REPORT_PREPOSITION)) {
      return Optional.empty();
    }
    for (int k = j + 1; k < Math.min(seg.to(), j + 1 + DOER_REACH); k++) {
      ActorSpan m = r.mention(k);
      if (m != null) {
        return m.media() || m.anonymous() || locative(r, m) ? Optional.empty() : Optional.of(m);
      }
      if (!Arguments.nominal(r, k) && !r.lex.is(r.key(k), GrammarClass.GOVERNING_PREPOSITION)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether the holder is named after the cue past a verb ("هجوم نفذه الجيش"), where the first search stops. */
  private static boolean namedAfterALightVerb(Reading r, int cue, ActorSpan holder) {
    if (holder.implied() || holder.first() <= cue) {
      return false;
    }
    for (int k = cue + 1; k < holder.first(); k++) {
      if (r.isVerb(k) || r.tag(k).startsWith("PRP")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue's object is a news outlet or an unnamed source ("تهاجم وكالة رويترز"): an event without a named
   * target then makes no claim either, since what it names is not an actor the claim could stand without.
   */
  static boolean objectIsNoActor(Reading r, Segment seg, int cue, ActorSpan holder) {
    return search(r, seg, cue, holder, true).isPresent();
  }

  private static Optional<ActorSpan> search(Reading r, Segment seg, int cue, ActorSpan holder, boolean excluded) {
    ArabicLexicon lex = r.lex;
    int limit = Math.min(seg.to(), cue + REACH);
    for (int j = cue + 1; j < limit; j++) {
      String w = r.word(j);
      if (r.isPunct(j) && !lex.is(w, GrammarClass.AMBIGUOUS_QUOTE) && !lex.is(w, GrammarClass.COMMA)) {
        break;
      }
      ActorSpan m = r.mention(j);
      if (m != null && !within(m, holder) && (m.media() || m.anonymous())) {
        if (excluded) {
          return Optional.of(m);
        }
        j = m.last();
        continue;
      }
      if (m != null && strayAdjective(r, m)) {
        j = m.last();
        continue;
      }
      if (m != null && !within(m, holder) && !excluded && partOfHolder(r, m, holder)) {
        // "متظاهرون من حركة «…»": the group the holder comes from is its own, no target, nor its name in apposition.
        j = m.last();
        while (j + 1 < limit && r.lex.is(r.word(j + 1), GrammarClass.QUOTE)) {
          j++;
        }
        if (j + 1 < limit && r.hasMention(j + 1)) {
          j = r.mention(j + 1).last();
        }
        continue;
      }
      if (m != null && !within(m, holder) && !excluded) {
        if (ownPeople(r, m)) {
          // The object is the subject's own people; what follows belongs to that object ("سفيرها لدى روسيا").
          break;
        }
        if (lex.is(r.key(j - 1), GrammarClass.HOLDER_PREPOSITION) && holder.implied() || locative(r, m)) {
          j = m.last();
          continue;
        }
        return Optional.of(m);
      }
      if (m == null && (r.isVerb(j) && j > cue + 1 || opensAnotherClause(r, j) || ProtestObjects.opponent(r, j))) {
        // Past "أعداء" (enemies of), the actor named is on the other side.
        break;
      }
      if (m == null && j > cue && StanceCues.hostileEvent(r, j)) {
        // "تدين الهجوم على دمشق": who is attacked is the attack's target, not the condemnation's; the attack's doer,
        // in the genitive or as a nisba ("الهجوم الإسرائيلي"), is.
        if (j + 1 < limit && r.hasMention(j + 1) && !within(r.mention(j + 1), holder)) {
          ActorSpan g = r.mention(j + 1);
          return !g.media() && !g.anonymous() && !excluded && genitiveDoer(r, j, g) ? Optional.of(g) : Optional.empty();
        }
        return excluded ? Optional.empty() : Holders.nisba(r, seg, j);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the actor in the genitive of a hostile event's noun is its doer: after a noun of an act that reaches its
   * target through a preposition ({@code syntax.tsv}, DOER_GENITIVE: "هجوم المسلحين", "غارات التحالف"), or when such
   * a preposition follows it ("قصف إسرائيل لغزة"). Otherwise the genitive of a masdar of a transitive verb is whom it
   * struck ("تدين استهداف المتظاهرين", "قصف غزة"), and condemning the act is no stance against them.
   */
  private static boolean genitiveDoer(Reading r, int event, ActorSpan g) {
    int after = g.last() + 1;
    boolean actNoun = r.s.stems(event).stream()
        .anyMatch(st -> st.nominal() && r.lex.is(st.form(), ArabicLexicon.SyntaxClass.DOER_GENITIVE));
    // The catalog's span may take in the preposition the segmenter split off ("لغزة").
    return actNoun || after < r.size() && r.lex.is(r.key(after), GrammarClass.TARGET_MARKER)
        && !r.lex.is(r.key(after), GrammarClass.REPORT_PREPOSITION);
  }

  /**
   * Whether token {@code j} opens a clause of its own, whose actors the cue does not reach: a complementizer, a
   * relative or personal pronoun, a particle of negation or tense.
   */
  private static boolean opensAnotherClause(Reading r, int j) {
    String t = r.tag(j);
    return r.lex.is(r.key(j), GrammarClass.COMPLEMENTIZER) || t.equals("WP") || t.equals("PRP") || t.equals("RP")
        || t.equals("NEG_PART");
  }

  /**
   * Whether a person's mention is a lone adjective after a noun ("الشارع الرئيسي"): it describes the noun and names
   * no one.
   */
  static boolean strayAdjective(Reading r, ActorSpan m) {
    int p = m.first() - 1;
    return m.first() == m.last() && m.actor().kind() == org.crosscheck.ActorKind.PERSON
        && r.tag(m.first()).contains("JJ") && p >= 0 && !r.hasMention(p) && r.tag(p).contains("NN");
  }

  /**
   * Whether {@code m} is people a common noun names with a possessive pronoun after it ("يمنع مواطنيه", "تعتقل
   * أنصارها"): the clause's subject's own people, whom no stance is taken toward, unlike a named actor's.
   */
  private static boolean ownPeople(Reading r, ActorSpan m) {
    int after = m.last() + 1;
    return m.actor().isAdHoc() && after < r.size() && r.tag(after).equals("PRP$");
  }

  /** Whether {@code m} follows the holder after "من" ("محتجون من النقابة"): whose the holder is. */
  private static boolean partOfHolder(Reading r, ActorSpan m, ActorSpan holder) {
    return !holder.implied() && m.first() == holder.last() + 2 && r.folded(holder.last() + 1).equals(FROM);
  }

  /** "من". */
  private static final String FROM = "\u0645\u0646";

  /** Whether {@code m} lies inside the holder's words ("مسلحو حماس" holds; حماس in it is no target). */
  private static boolean within(ActorSpan m, ActorSpan holder) {
    return !holder.implied() && m.first() >= holder.first() && m.last() <= holder.last();
  }

  /**
   * Whether an actor stands as a place: a state or a one-word capital after "في" or a noun of place ("في بغداد",
   * "شمال العراق"), or a state's name that opens with a noun of place ("مرفأ هامبورغ"); an institution or a
   * group there is no place ("ضابطا في الشرطة").
   */
  static boolean locative(Reading r, ActorSpan m) {
    boolean place = m.actor().kind() == org.crosscheck.ActorKind.STATE
        || m.actor().kind() == org.crosscheck.ActorKind.GOVERNMENT && m.first() == m.last() && !m.actor().isAdHoc();
    // The dictionary files places under their state's code with their noun of place ("مدينة تلعفر", "معبر رفح").
    return place && (m.first() > 0 && r.lex.is(r.key(m.first() - 1), ArabicLexicon.SyntaxClass.LOCATIVE)
        || m.first() < m.last() && r.lex.is(r.key(m.first()), ArabicLexicon.SyntaxClass.LOCATIVE));
  }
}
