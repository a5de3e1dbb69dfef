package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.ActorKind;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.SyntaxClass;
import org.crosscheck.spi.ActorSpan;

/**
 * People named by a common noun ({@code objects.tsv}, PERSON) who protest or strike, where no actor of the catalog
 * or of the agent nouns holds the cue: the subject of a verb of protest on either side of it ("تظاهر مئات الطلاب",
 * "أكثر من مئة شخص اعتصموا"), the subject before a verb of violence ("امرأة فجرت نفسها"), the doer a light verb
 * names after a noun of violence ("هجوم نفذته امرأة"), the subject of a light verb that governs the noun ("قام نحو
 * ألف شخص بالتظاهر"), the genitive of a noun of protest ("اعتصام العاملين"). After a verb of violence such a noun is not read: unvocalised,
 * "قتل رجل" is as likely a man killed, which {@link Victims} and the counted-subject rule leave to the victims. The
 * people are an ad-hoc group of the words that name them, with one adjective. Stateless.
 */
final class PeopleSubjects {

  private PeopleSubjects() {}

  /** How far before the verb the people may stand, past words of quantity. */
  static final int REACH = 4;

  /**
   * The people who hold the cue at {@code cue}, of CAMEO {@code code}, or empty.
   *
   * @param verbal whether the cue is a verb
   */
  static Optional<ActorSpan> of(Reading r, Segment seg, int cue, boolean verbal, String code) {
    boolean protest = code.startsWith("14");
    boolean violence = Arguments.violent(code);
    if (!protest && !violence) {
      return Optional.empty();
    }
    if (!verbal && protest && cue + 1 < seg.to() && !r.hasMention(cue + 1) && Victims.person(r, cue + 1)) {
      // "اعتصام العاملين": a protest's genitive is who protests (a killing's would be its victims).
      return Optional.of(span(r, seg, cue + 1, cue + 1));
    }
    if (!verbal) {
      Optional<ActorSpan> doer = doerAfter(r, seg, cue);
      int light = LightVerbs.governing(r, seg, cue);
      // "قام نحو ألف شخص بالتظاهر": the subject of the light verb, on either side of it (قام is never passive).
      return doer.isPresent() || light < 0 ? doer : after(r, seg, light).or(() -> {
        int b = before(r, seg, light);
        return b >= 0 ? Optional.of(span(r, seg, b, b)) : Optional.empty();
      });
    }
    int before = before(r, seg, cue);
    if (before >= 0) {
      return Optional.of(span(r, seg, before, before));
    }
    return protest ? after(r, seg, cue) : Optional.empty();
  }

  /** The people right after the verb at {@code v}, past adverbs of time and words of quantity. */
  private static Optional<ActorSpan> after(Reading r, Segment seg, int v) {
    int j = v + 1;
    while (j < seg.to() && !r.hasMention(j) && r.lex.is(r.folded(j), SyntaxClass.FILLER)) {
      j++;
    }
    int start = j;
    while (j < seg.to() && !r.hasMention(j) && (Arguments.quantifier(r, j) || r.folded(j).equals(FROM))) {
      j++;
    }
    return j < seg.to() && !r.hasMention(j) && Victims.person(r, j) ? Optional.of(span(r, seg, start, j))
        : Optional.empty();
  }

  /** "من", between a quantity and what it counts. */
  private static final String FROM = "\u0645\u0646";

  /** The people noun that ends right before the verb (past adverbs of time and particles: "قد"), or -1. */
  private static int before(Reading r, Segment seg, int v) {
    int j = v - 1;
    while (j >= seg.from() && !r.hasMention(j) && (r.lex.is(r.folded(j), SyntaxClass.FILLER)
        || Arguments.particle(r, j))) {
      j--;
    }
    if (j < seg.from() || j < v - REACH || r.hasMention(j) || !Victims.person(r, j)) {
      return -1;
    }
    int k = j;
    while (k - 1 >= seg.from() && !r.hasMention(k - 1) && (Arguments.quantifier(r, k - 1)
        || r.folded(k - 1).equals(FROM))) {
      k--;
    }
    return Arguments.governed(r, k) || k - 1 >= seg.from() && Arguments.nominal(r, k - 1)
        && !Arguments.quantifier(r, k - 1) ? -1 : j;
  }

  /** "هجوم (انتحاري) نفذته امرأة": the people a light verb with an object pronoun names after the noun. */
  private static Optional<ActorSpan> doerAfter(Reading r, Segment seg, int cue) {
    int v = cue + 1;
    while (v < seg.to() && !r.hasMention(v) && r.tag(v).contains("JJ")) {
      v++;
    }
    if (v + 2 >= seg.to() || !LightVerbs.is(r, v, SyntaxClass.LIGHT_VERB) || !r.tag(v + 1).startsWith("PRP")) {
      return Optional.empty();
    }
    int j = v + 2;
    return !r.hasMention(j) && Victims.person(r, j) ? Optional.of(span(r, seg, j, j)) : Optional.empty();
  }

  private static ActorSpan span(Reading r, Segment seg, int start, int head) {
    int last = head + 1 < seg.to() && !r.hasMention(head + 1) && r.tag(head + 1).contains("JJ") ? head + 1 : head;
    return ActorSpan.of(start, last, r.actors().adHoc(r.text(head, last), ActorKind.GROUP), r.text(start, last));
  }
}
