package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Who holds the stance a cue expresses. A verb's holder is its subject ({@link Arguments}): a pronoun right after
 * "أن" stands for the speaker ("أكدت الوزارة أنها لن تدعم …"); failing a subject, the clause's first actor, which
 * coordinated verbs share, or a first-person suffix ("أثبتنا": the speaker's organisation). A noun's (a masdar's)
 * holder is, in this order:
 * <ol>
 *   <li>its agent in the genitive before a preposition that introduces the target ("دعم الدولة للحكومة", "هجوم
 *       المسلحين على الجيش", "دعم بلاده لـ…");</li>
 *   <li>a demonym right after it ("رفض روسي لـ…": Russia);</li>
 *   <li>with a possessive pronoun after "عن/على", the subject of the verb before ("أعربت الصين عن دعمها لـ…");</li>
 *   <li>the subject of the light verb that governs it ({@link LightVerbs}: "قامت القوات بإغلاق …", "شن الجيش
 *       هجوما");</li>
 *   <li>a pronoun right after "أن", as for verbs;</li>
 *   <li>"لدى/من X" shortly after the cue ("لا نية لدى الوزارة لمساعدة …");</li>
 *   <li>the nearest actor before the cue, within a short reach and not across a comma or colon, unless a
 *       preposition governs it; or "بلاده" / "نحن" there;</li>
 *   <li>the clause's first actor or a first-person suffix, as for verbs.</li>
 * </ol>
 * News outlets and unnamed sources that belong to no one never hold a stance. Stateless.
 */
final class Holders {

  private Holders() {}

  /** How far after the cue "لدى/من X" may stand. */
  static final int PREPOSITION_REACH = 5;
  /** How far before the cue the nearest actor may stand. */
  static final int BACKWARD_REACH = 7;
  /** How far before the cue a coordinated clause's first actor may stand. */
  static final int COORDINATED_REACH = 15;
  /** "من", which introduces a masdar's doer only right after it. */
  private static final String FROM = "\u0645\u0646";

  static Optional<ActorSpan> of(Reading r, Segment seg, int cue, boolean verbal) {
    if (verbal) {
      return ofVerb(r, seg, cue);
    }
    ArabicLexicon lex = r.lex;
    if (cue + 2 < seg.to() && !definiteHead(r, cue)) {
      int j = cue + 1;
      // "اتهامات لإيران بـ…": an actor after "لـ" is whom the masdar is aimed at, no genitive.
      ActorSpan genitive = r.hasMention(j) && holderLike(r.mention(j)) && !governed(r, r.mention(j)) ? r.mention(j)
          : null;
      int after = genitive != null ? genitive.last() + 1 : j + 2;
      if (genitive == null && SpeakerPronouns.isCountryOfSpeaker(r, j, seg.to())) {
        genitive = SpeakerPronouns.state(r, seg, r.text(j, j + 1));
      }
      if (genitive != null && after < seg.to() && lex.is(r.key(after), GrammarClass.TARGET_MARKER)) {
        return Optional.of(genitive);
      }
    }
    Optional<ActorSpan> nisba = nisba(r, seg, cue);
    if (nisba.isPresent()) {
      return nisba;
    }
    ActorSpan possessor = possessor(r, cue);
    if (possessor != null) {
      return Optional.of(possessor);
    }
    ActorSpan beneficiary = beneficiary(r, seg, cue);
    if (beneficiary != null) {
      return Optional.of(beneficiary);
    }
    ActorSpan qiyam = LightVerbs.masdarDoer(r, seg, cue);
    if (qiyam != null) {
      return Optional.of(qiyam).filter(Holders::holderLike);
    }
    ActorSpan doer = LightVerbs.doerAfter(r, seg, cue);
    if (doer != null) {
      return Optional.of(doer).filter(Holders::holderLike);
    }
    if (Undergone.verb(r, seg, cue) >= 0) {
      return Undergone.doer(r, seg, cue);
    }
    int demand = Demands.governing(r, seg, cue);
    if (demand >= 0) {
      return ofVerb(r, seg, demand);
    }
    int light = LightVerbs.governing(r, seg, cue);
    if (light >= 0) {
      return ofVerb(r, seg, light);
    }
    ActorSpan attributed = attributed(r, seg, cue);
    if (attributed != null) {
      return Optional.of(attributed);
    }
    for (int j = cue + 1; j < Math.min(seg.to(), cue + PREPOSITION_REACH); j++) {
      if (lex.is(r.key(j), GrammarClass.HOLDER_PREPOSITION) && j + 1 < seg.to() && r.hasMention(j + 1)
          && holderLike(r.mention(j + 1)) && (!r.folded(j).equals(FROM) || adjacent(r, cue, j))) {
        return Optional.of(r.mention(j + 1));
      }
      ActorSpan agent = Arguments.agentPhrase(r, seg, j);
      if (agent != null && holderLike(agent)) {
        return Optional.of(agent);
      }
    }
    return predicateSubject(r, seg, cue);
  }

  /**
   * The subject of a nominal predicate the cue stands in: the actor close before it with only particles, a
   * negation, an adjective, "على" or "في" between ("روسيا على اتصال مع …", "روسيا قادرة على تقديم …", "الحكومة
   * عدم دعم …"), a pronoun right after "أن" there, or "بلاده" / "نحن".
   */
  private static Optional<ActorSpan> predicateSubject(Reading r, Segment seg, int cue) {
    ArabicLexicon lex = r.lex;
    for (int j = cue - 1; j >= Math.max(seg.from(), cue - BACKWARD_REACH); j--) {
      if (r.hasMention(j)) {
        // An actor right before a bare masdar heads a construct ("قوات المواجهة") and predicates nothing.
        ActorSpan m = r.mention(j);
        return holderLike(m) && !governed(r, m) && m.last() < cue - 1 && opensClause(r, seg, m)
            && !Targets.locative(r, m) ? Optional.of(m) : Optional.empty();
      }
      if (j > seg.from() && SpeakerPronouns.isState(r, j)) {
        return Optional.ofNullable(SpeakerPronouns.state(r, seg, r.text(j - 1, j)));
      }
      if (SpeakerPronouns.isWe(r, j)) {
        return Optional.ofNullable(SpeakerPronouns.organisation(r, seg, r.word(j)));
      }
      if (j == seg.from() && r.tag(j).startsWith("PRP")) {
        return pronounAfterComplementizer(r, seg);
      }
      if (SpeakerPronouns.isWeSuffix(r, j)) {
        return Optional.ofNullable(SpeakerPronouns.organisation(r, seg, r.text(j - 1, j)));
      }
      if (j == cue - 1 && adjectiveBeforeMasdar(r, j)) {
        return Optional.empty();
      }
      String f = r.folded(j);
      boolean between = !lex.modalityOf(f).isEmpty() || lex.is(f, ArabicLexicon.SyntaxClass.PREDICATE_PREPOSITION)
          || lex.is(r.word(j), GrammarClass.PURPOSE_LAM)
          || (r.tag(j).contains("JJ") || r.tag(j).equals("VN")) && !r.tag(j).startsWith("DT")
          || lex.is(f, ArabicLexicon.SyntaxClass.FILLER)
          // "إنه من الممكن تقديم …": a preposition that opens a phrase of modality.
          || lex.is(f, GrammarClass.GOVERNING_PREPOSITION) && !lex.modalityOf(r.folded(j + 1)).isEmpty();
      if (!between) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "أعربت الصين عن دعمها لـ…", "أكد الأردن على رفضه …": a masdar with a possessive pronoun after "عن" or "على",
   * right after a verb's subject, is that subject's stance (the pronoun stands for it); null when the words are not
   * so. Not without the preposition: "أدانت مصر اعتقالها" is the arrest of someone else.
   */
  static ActorSpan possessor(Reading r, int cue) {
    if (cue + 1 >= r.size() || !r.tag(cue + 1).equals("PRP$") || cue < 2) {
      return null;
    }
    int prep = cue - 1;
    if (!r.lex.is(r.folded(prep), ArabicLexicon.SyntaxClass.STANCE_PREPOSITION)) {
      return declared(r, cue);
    }
    if (!r.hasMention(prep - 1)) {
      return null;
    }
    ActorSpan m = r.mention(prep - 1);
    int v = m.first() - 1;
    return m.last() == prep - 1 && v >= 0 && r.isVerb(v) && !r.hasMention(v) && holderLike(m) ? m : null;
  }

  /**
   * "أعلنت واشنطن دعمها لـ…", "واشنطن تعلن دعمها …", "جدد الأردن رفضه …": a masdar with a possessive pronoun (checked
   * by {@link #possessor}) as the object of a verb of declaring ({@code syntax.tsv}, DECLARING), whose subject
   * stands between them (verb first) or opens the clause right before the verb; the pronoun stands for that
   * subject. Null when the words are not so: after any other verb the pronoun may be someone else's ("أدانت مصر
   * اعتقالها").
   */
  private static ActorSpan declared(Reading r, int cue) {
    int b = cue - 1;
    if (r.isVerb(b) && declaring(r, b)) {
      ActorSpan m = b > 0 ? r.mention(b - 1) : null;
      int p = m == null ? -1 : m.first() - 1;
      boolean opens = m != null && (p < 0 || r.isPunct(p) || r.tag(p).equals("CC"));
      return opens && m.last() == b - 1 && holderLike(m) && !governed(r, m) ? m : null;
    }
    ActorSpan m = r.mention(b);
    if (m == null || m.last() != b || m.first() < 1) {
      return null;
    }
    int v = m.first() - 1;
    return r.isVerb(v) && declaring(r, v) && holderLike(m) && !governed(r, m) ? m : null;
  }

  /** Whether token {@code v} is a verb of declaring ({@code syntax.tsv}, DECLARING), on its verbal stems. */
  private static boolean declaring(Reading r, int v) {
    return r.s.stems(v).stream()
        .anyMatch(st -> st.verbal() && r.lex.is(st.form(), ArabicLexicon.SyntaxClass.DECLARING));
  }

  /**
   * Whether an indefinite adjective stands right before the masdar at {@code j + 1}: an adjective predicate reaches a
   * masdar only through a preposition ("روسيا مستعدة لدعم …", "قادرة على تقديم …"); with none between ("القاعدة روسية
   * مواجهة …") the masdar is no part of that predicate.
   */
  static boolean adjectiveBeforeMasdar(Reading r, int j) {
    String t = r.tag(j);
    return t.contains("JJ") && !t.startsWith("DT") && !r.hasMention(j);
  }

  /**
   * "المساعدة المقدمة للسلطات لمحاربة المسلحين", "دعم روسيا للجيش لمواجهة …": the actor that "لـ" governs right before
   * a masdar of purpose is the one the help enables, and does what the masdar names; null when there is none.
   */
  private static ActorSpan beneficiary(Reading r, Segment seg, int cue) {
    int lam = cue - 1;
    if (lam - 1 < seg.from() || !r.lex.is(r.word(lam), GrammarClass.PURPOSE_LAM) || !r.hasMention(lam - 1)) {
      return null;
    }
    ActorSpan m = r.mention(lam - 1);
    boolean helped = m.last() == lam - 1 && (r.lex.is(r.word(m.first()), GrammarClass.PURPOSE_LAM) && m.first() < m.last()
        || m.first() > seg.from() && r.lex.is(r.word(m.first() - 1), GrammarClass.PURPOSE_LAM));
    return helped && holderLike(m) ? m : null;
  }


  /**
   * "هجوم انتحاري، نسب إلى المتمردين": the actor after "إلى" that a verb of attribution ({@code syntax.tsv},
   * ATTRIBUTION) puts the event down to, within an agent phrase's reach of it; null when there is none.
   */
  private static ActorSpan attributed(Reading r, Segment seg, int cue) {
    for (int j = cue + 1; j + 2 < Math.min(seg.to(), cue + Arguments.AGENT_REACH); j++) {
      if (r.lex.is(r.word(j), GrammarClass.CLAUSE_END)) {
        return null;
      }
      boolean attributes = false;
      for (ArabicStemmer.Stem st : r.s.stems(j)) {
        attributes |= st.verbal() && r.lex.is(st.form(), ArabicLexicon.SyntaxClass.ATTRIBUTION);
      }
      if (attributes && r.isVerb(j) && r.lex.is(r.key(j + 1), GrammarClass.GOVERNING_PREPOSITION)) {
        int k = j + 2;
        while (k < seg.to() && r.lex.is(r.word(k), GrammarClass.QUOTE)) {
          k++;
        }
        return k < seg.to() && r.hasMention(k) && holderLike(r.mention(k)) ? r.mention(k) : null;
      }
    }
    return null;
  }

  /**
   * Whether "من" at {@code j} introduces the masdar's doer: right after it or after one adjective ("دعم (قوي) من
   * واشنطن"); further on it tells whence the masdar's object comes ("خطف عشرة عمال من تركيا").
   */
  private static boolean adjacent(Reading r, int cue, int j) {
    return j == cue + 1 || j == cue + 2 && r.tag(cue + 1).contains("JJ");
  }

  /**
   * Whether a mention starts the clause a nominal predicate needs as its subject: at the clause's start or after a
   * mark, a link, "أن" or "لدى"; an actor in the genitive of another noun ("أمام مقر رئيس الوزراء") predicates
   * nothing, nor one after a verb, whose subject or object it is ("قتل جنديان في هجوم").
   */
  private static boolean opensClause(Reading r, Segment seg, ActorSpan m) {
    int p = m.first() - 1;
    if (p < seg.from()) {
      return true;
    }
    String f = r.folded(p);
    return r.isPunct(p) || r.lex.is(r.key(p), GrammarClass.COMPLEMENTIZER)
        || r.lex.is(f, ArabicLexicon.SyntaxClass.CLAUSE_LINK) || r.tag(p).equals("CC")
        // "لدى روسيا نية لـ…": what an actor has is its predicate.
        || r.lex.is(r.key(p), GrammarClass.HOLDER_PREPOSITION) && !f.equals(FROM);
  }

  /** The holder of a verb: its subject ({@link Arguments}), else the clause's first actor or "we". */
  static Optional<ActorSpan> ofVerb(Reading r, Segment seg, int verb) {
    Optional<ActorSpan> pronoun = pronounAfterComplementizer(r, seg);
    if (pronoun.isPresent()) {
      return pronoun;
    }
    Arguments.Subject s = Arguments.of(r, seg, verb);
    if (s.found()) {
      return Optional.ofNullable(s.actor()).filter(Holders::holderLike);
    }
    return clauseActor(r, seg, verb);
  }

  /**
   * "رفض روسي لـ…", "ترحيب أردني بـ…", "غارة جوية إسرائيلية": a demonym among the indefinite adjectives right after
   * a nominal cue names the state that holds it; after a definite noun of a hostile event, among its definite
   * adjectives ("الهجوم الإسرائيلي").
   */
  static Optional<ActorSpan> nisba(Reading r, Segment seg, int cue) {
    // A definite noun's definite nisba may belong to the noun it is in construct with ("وزير … الاتصال الأردني"); only
    // a hostile event's is safely its doer's.
    String adjective = r.tag(cue).startsWith("DT") && StanceCues.hostileEvent(r, cue) ? "DTJJ" : "JJ";
    for (int j = cue + 1; j < Math.min(seg.to(), cue + 3) && r.tag(j).equals(adjective); j++) {
      if (r.hasMention(j)) {
        // The catalog may already read the demonym as its state ("ضربة جوية أميركية").
        ActorSpan m = r.mention(j);
        return m.first() == j && m.last() == j && m.actor().kind() == org.crosscheck.ActorKind.STATE
            ? Optional.of(m) : Optional.empty();
      }
      Optional<org.crosscheck.Actor> state = r.actors().stateOfDemonym(r.folded(j));
      if (state.isPresent()) {
        int at = j;
        return Optional.of(ActorSpan.of(at, at, state.get(), r.word(at)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a masdar carries the article ("المساعدة", "الدعم"): a noun in construct with a genitive never does, so
   * the actor after it is no genitive doer ("المساعدة الفصائل" is no phrase; "مساعدة الفصائل للجيش" is).
   */
  static boolean definiteHead(Reading r, int cue) {
    return r.tag(cue).startsWith("DT");
  }

  /**
   * Whether a verb whose subject the clause does not show can share the clause's first actor as its holder: only when
   * it is coordinated with what comes before ("أعلنت روسيا … وتدعم"). Otherwise the actor is some other word's: the
   * subject or object of another verb ("ينذر الكرملين … تراقب": the Kremlin warns; nothing says who watches), a
   * genitive, or a word of a list.
   */
  static boolean sharesClauseActor(Reading r, Segment seg, int verb) {
    int p = verb - 1;
    while (p >= seg.from() && !r.hasMention(p) && Arguments.particle(r, p)) {
      p--;
    }
    return p >= seg.from() && !r.hasMention(p) && r.tag(p).equals("CC") || speakerBeforeColon(r, seg, verb);
  }

  /**
   * "بكين: سنقاتل حتى النهاية": a headline's speaker and a colon open the clause, and the verb speaks in the first
   * person (an imperfect with نـ or أـ): the speaker is its subject.
   */
  static boolean speakerBeforeColon(Reading r, Segment seg, int verb) {
    int first = seg.from();
    if (!r.hasMention(first) || !r.tag(verb).equals("VBP")) {
      return false;
    }
    int colon = r.mention(first).last() + 1;
    String f = r.folded(verb);
    return colon < verb && r.lex.is(r.word(colon), GrammarClass.COLON)
        && (f.startsWith("\u0646") || f.startsWith("\u0627"));
  }

  /** The clause's first actor, for verbs that share it, or a first-person suffix: the speaker's organisation. */
  private static Optional<ActorSpan> clauseActor(Reading r, Segment seg, int cue) {
    if (!sharesClauseActor(r, seg, cue)) {
      return Optional.empty();
    }
    for (int j = seg.from(); j < cue; j++) {
      if (r.lex.is(r.word(j), GrammarClass.COMMA)) {
        break;
      }
      if (r.hasMention(j) && holderLike(r.mention(j)) && !governed(r, r.mention(j))
          && cue - j <= COORDINATED_REACH) {
        return Optional.of(r.mention(j));
      }
    }
    for (int j = seg.from(); j < cue; j++) {
      if (SpeakerPronouns.isWeSuffix(r, j)) {
        return Optional.ofNullable(SpeakerPronouns.organisation(r, seg, r.text(j, j)));
      }
    }
    return Optional.empty();
  }

  /** "أكدت تركيا أنها لن تدعم …": a pronoun right after the complementizer is the speaker. */
  private static Optional<ActorSpan> pronounAfterComplementizer(Reading r, Segment seg) {
    int p = seg.from();
    Actor v = seg.speaker();
    if (p >= r.size() || p == 0 || v == null || !r.tag(p).startsWith("PRP")
        || !r.lex.is(r.key(p - 1), GrammarClass.COMPLEMENTIZER)) {
      return Optional.empty();
    }
    String words = seg.voice().flatMap(Voice::text).orElse(v.name());
    if (v.kind() == ActorKind.PERSON || v.kind() == ActorKind.ROLE) {
      return Optional.ofNullable(SpeakerPronouns.organisation(r, seg, words));
    }
    if (v.kind() != ActorKind.ANONYMOUS || !v.memberOf().isEmpty()) {
      return Optional.of(ActorSpan.implied(v, words));
    }
    return Optional.empty();
  }

  /** Whether an actor can hold a stance: not a news outlet, not an unnamed source that belongs to no one. */
  static boolean holderLike(ActorSpan m) {
    return !m.media() && !(m.anonymous() && m.actor().memberOf().isEmpty());
  }

  /** Whether a mention is the object of a preposition ("لـ", "مع", "ضد" …): a target, not a holder. */
  static boolean governed(Reading r, ActorSpan m) {
    int p = m.first() - 1;
    return p >= 0 && r.lex.is(r.key(p), GrammarClass.GOVERNING_PREPOSITION)
        // "لـ" or "بـ" split off by the segmenter and taken into the catalog's span ("للولايات المتحدة").
        || m.first() < m.last() && r.lex.is(r.key(m.first()), GrammarClass.GOVERNING_PREPOSITION);
  }
}
