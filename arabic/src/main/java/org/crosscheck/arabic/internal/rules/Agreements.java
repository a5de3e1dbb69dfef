package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.SyntaxClass;
import org.crosscheck.spi.ActorSpan;

/**
 * An agreement two parties reach or sign together ({@code syntax.tsv}: AGREEING, "اتفقت إيران والسعودية على …",
 * "روسيا وتركيا تتفقان على …"; SIGNING with a noun of agreement close after it, AGREEMENT_NOUN: "وقعت مصر والسودان
 * اتفاقا", "قطر والكويت توقعان اتفاقية"): neither party is the other's object, each takes the other's side, so the
 * verb makes one claim each way (CAMEO 057, sign formal agreement). The parties are two actors joined by "و" as the
 * verb's subject: right after the verb, or opening the clause right before it. A dual or plural imperfect after
 * such a pair is read on its verbal stems even when the tagger took it for a name ("توقعان/NNP"). One party as the
 * subject and the other after "مع" are parties too ("وقعت قطر اتفاقية مع الكويت"); a question ({@code grammar.tsv},
 * QUESTION_MARK) reports no agreement. Stateless.
 */
final class Agreements {

  private Agreements() {}

  /** The CAMEO code of the claims: sign formal agreement. */
  static final String CODE = "057";
  /** How far after the verb or its parties the noun of agreement a verb of signing needs may stand. */
  static final int NOUN_REACH = 3;

  /** The two parties of the agreement whose verb is at {@code i}; empty when there is none. */
  static Optional<Clashes.Sides> at(Reading r, Segment seg, int i) {
    if (!verb(r, i) || Questions.asks(r, seg)) {
      return Optional.empty();
    }
    boolean agreeing = verbIn(r, i, SyntaxClass.AGREEING);
    Clashes.Sides sides = r.isVerb(i) ? after(r, seg, i) : null;
    int end = sides == null ? i : sides.second().last();
    if (sides == null) {
      sides = before(r, seg, i);
      end = i;
    }
    if (sides != null && (agreeing || nounAfter(r, seg, end))) {
      return Optional.of(sides);
    }
    return Optional.ofNullable(withPartner(r, seg, i, agreeing));
  }

  /** "مع", which introduces the other party. */
  private static final String WITH = "\u0645\u0639";
  /** How far after the verb or its subject "مع" may stand. */
  static final int PARTNER_REACH = 4;

  /**
   * "وقعت قطر اتفاقية مع الكويت", "مصر تتفق مع السودان على …": one party as the verb's subject (right after the verb,
   * or opening the clause right before it) and the other after "مع", with only a noun of agreement and the words
   * that describe it between (which a verb of signing needs); null when the words are not so.
   */
  private static Clashes.Sides withPartner(Reading r, Segment seg, int verb, boolean agreeing) {
    if (!r.isVerb(verb)) {
      return null;
    }
    ActorSpan subject = verb + 1 < seg.to() ? r.mention(verb + 1) : null;
    if (subject == null || subject.first() != verb + 1) {
      subject = verb - 1 >= seg.from() ? r.mention(verb - 1) : null;
      int p = subject == null ? -1 : subject.first() - 1;
      if (subject == null || subject.last() != verb - 1 || p >= seg.from() && !r.isPunct(p) && !r.tag(p).equals("CC")) {
        return null;
      }
    }
    if (!Holders.holderLike(subject) || Holders.governed(r, subject)) {
      return null;
    }
    int from = Math.max(verb, subject.last()) + 1;
    boolean noun = false;
    int k = from;
    while (k < Math.min(seg.to(), from + PARTNER_REACH) && !r.folded(k).equals(WITH)) {
      boolean describes = noun && (r.tag(k).contains("NN") || r.tag(k).contains("JJ"));
      if (r.hasMention(k) || !nounOfAgreement(r, k) && !describes) {
        return null;
      }
      noun |= nounOfAgreement(r, k);
      k++;
    }
    if (k + 1 >= seg.to() || !r.folded(k).equals(WITH) || !agreeing && !noun) {
      return null;
    }
    ActorSpan partner = r.mention(k + 1);
    return partner == null || partner.first() != k + 1 || !Holders.holderLike(partner)
        || partner.actor().id().equals(subject.actor().id()) ? null : new Clashes.Sides(subject, partner);
  }

  /** "اتفقت إيران والسعودية": the pair right after the verb. */
  private static Clashes.Sides after(Reading r, Segment seg, int verb) {
    ActorSpan first = verb + 1 < seg.to() ? r.mention(verb + 1) : null;
    return first == null || first.first() != verb + 1 ? null : pair(r, seg, first);
  }

  /**
   * "روسيا وتركيا تتفقان": the pair opening the clause right before the verb; a token the tagger did not read as a
   * verb counts only in the dual or plural ("توقعان", "يتفقون").
   */
  private static Clashes.Sides before(Reading r, Segment seg, int verb) {
    if (!r.isVerb(verb) && !plural(r.folded(verb))) {
      return null;
    }
    for (int k = seg.from(); k < verb; k++) {
      ActorSpan first = r.mention(k);
      if (first == null) {
        continue;
      }
      int p = first.first() - 1;
      if (p >= seg.from() && !r.isPunct(p) && !r.tag(p).equals("CC")) {
        return null;
      }
      Clashes.Sides s = pair(r, seg, first);
      return s != null && s.second().last() == verb - 1 ? s : null;
    }
    return null;
  }

  /** The pair "first و second", or null. */
  private static Clashes.Sides pair(Reading r, Segment seg, ActorSpan first) {
    int and = first.last() + 1;
    if (and + 1 >= seg.to() || !r.lex.is(r.word(and), GrammarClass.CONJUNCTION) || !Holders.holderLike(first)
        || Holders.governed(r, first)) {
      return null;
    }
    // The catalog's span may take in the "و" the segmenter split off ("والسعودية").
    ActorSpan second = r.hasMention(and) ? r.mention(and) : r.mention(and + 1);
    return second == null || second.first() != and && second.first() != and + 1 || !Holders.holderLike(second)
        || second.actor().id().equals(first.actor().id()) ? null : new Clashes.Sides(first, second);
  }

  /** Whether a noun of agreement stands within reach after token {@code end}. */
  private static boolean nounAfter(Reading r, Segment seg, int end) {
    for (int k = end + 1; k < Math.min(seg.to(), end + 1 + NOUN_REACH); k++) {
      if (nounOfAgreement(r, k)) {
        return !r.hasMention(k);
      }
    }
    return false;
  }

  /** Whether token {@code k} is a noun of agreement ({@code syntax.tsv}, AGREEMENT_NOUN). */
  private static boolean nounOfAgreement(Reading r, int k) {
    return r.s.stems(k).stream().anyMatch(st -> st.nominal() && r.lex.is(st.form(), SyntaxClass.AGREEMENT_NOUN));
  }

  /** Whether token {@code i} may be a verb of agreeing or signing, on its verbal stems (whatever its tag). */
  static boolean verb(Reading r, int i) {
    return verbIn(r, i, SyntaxClass.AGREEING) || verbIn(r, i, SyntaxClass.SIGNING);
  }

  /** Whether a verbal reading of token {@code i} has a stem of class {@code c}. */
  private static boolean verbIn(Reading r, int i, SyntaxClass c) {
    return r.s.stems(i).stream().anyMatch(st -> st.verbal() && r.lex.is(st.form(), c));
  }

  /** Whether a folded word ends as a dual or plural verb does ("توقعان", "يتفقون"). */
  private static boolean plural(String folded) {
    return folded.endsWith("\u0627\u0646") || folded.endsWith("\u0648\u0646");
  }
}
