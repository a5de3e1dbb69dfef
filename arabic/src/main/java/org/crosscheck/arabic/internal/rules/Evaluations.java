package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.SyntaxClass;
import org.crosscheck.spi.ActorSpan;

/**
 * A speaker's judgement of a state's presence or act, as a nominal sentence: a definite noun described by the state's
 * demonym, then an indefinite predicate that condemns it ({@code syntax.tsv}, EVALUATIVE: "الوجود الأمريكي احتلال",
 * "العقوبات الأمريكية عدوان"; or "غير" before an adjective of ACCEPTANCE: "التدخل الفرنسي في ليبيا غير مقبول"). The
 * speaker opposes the state: a headline's speaker before a colon ("البرلمان العراقي: …"), or the named voice of a
 * reported clause ("قال الوزير إن …"). The subject opens the clause and may take one phrase of place ("في سوريا")
 * between its adjectives and the predicate; nothing else stands between. With no speaker (the outlet's own
 * "الوجود الروسي احتلال") or no demonym there is no claim, nor toward the speaker's own state. Stateless.
 */
final class Evaluations {

  private Evaluations() {}

  /** The CAMEO code of the claim: criticize or denounce. */
  static final String CODE = "111";
  /** "غير", which makes an adjective of acceptance a judgement against. */
  private static final String NOT = "\u063a\u064a\u0631";

  /** Whether token {@code i} is an evaluative predicate: an indefinite noun of condemnation, or "غير" + acceptance. */
  static boolean predicate(Reading r, int i) {
    if (r.hasMention(i) || r.tag(i).startsWith("DT") || r.isVerb(i)) {
      return false;
    }
    if (r.folded(i).equals(NOT)) {
      return i + 1 < r.size() && !r.tag(i + 1).startsWith("DT")
          && nominalIn(r, i + 1, SyntaxClass.ACCEPTANCE);
    }
    return nominalIn(r, i, SyntaxClass.EVALUATIVE);
  }

  /** The speaker (first) and the state judged (second) of a predicate at {@code i}; empty when the words are not so. */
  static Optional<Clashes.Sides> at(Reading r, Segment seg, int i) {
    if (!predicate(r, i)) {
      return Optional.empty();
    }
    int start;
    ActorSpan speaker;
    ActorSpan first = r.mention(seg.from());
    if (first != null && first.first() == seg.from() && first.last() + 1 < i
        && r.lex.is(r.word(first.last() + 1), GrammarClass.COLON)) {
      start = first.last() + 2;
      speaker = first;
    } else if (seg.from() > 0 && seg.voice().filter(Voice::named).isPresent()
        && r.opensReport(r.folded(seg.from() - 1))) {
      start = seg.from();
      Voice v = seg.voice().get();
      speaker = ActorSpan.implied(v.actor().get(), v.text().orElse(v.actor().get().name()));
    } else {
      return Optional.empty();
    }
    if (!Holders.holderLike(speaker) || start >= i || r.hasMention(start) || !r.tag(start).startsWith("DTNN")
        || r.tag(start).contains("NNP")) {
      return Optional.empty();
    }
    ActorSpan state = null;
    boolean place = false;
    for (int k = start + 1; k < i; k++) {
      ActorSpan named = r.mention(k);
      if (r.tag(k).equals("DTJJ") && !place && (named == null || named.first() == k && named.last() == k)) {
        // The catalog may read a lone demonym as some body of its state ("الفرنسي": the French forces); the
        // demonym names the state.
        Optional<Actor> s = r.actors().stateOfDemonym(r.folded(k));
        if (state == null && s.isPresent()) {
          state = ActorSpan.of(k, k, s.get(), r.word(k));
        }
        continue;
      }
      if (!place && r.tag(k).equals("IN") && r.lex.is(r.key(k), SyntaxClass.LOCATIVE) && k + 1 < i) {
        // One phrase of place: "في سوريا", "في المنطقة".
        place = true;
        ActorSpan m = r.mention(k + 1);
        k = m != null && m.first() == k + 1 ? m.last() : k + 1;
        continue;
      }
      return Optional.empty();
    }
    return state == null || ObjectNisbas.own(speaker, state) ? Optional.empty()
        : Optional.of(new Clashes.Sides(speaker, state));
  }

  private static boolean nominalIn(Reading r, int i, SyntaxClass c) {
    return r.s.stems(i).stream().anyMatch(st -> st.nominal() && r.lex.is(st.form(), c));
  }
}
