package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * A stance toward a proposed act is a stance toward whom the act is on only as the act itself reads: "backed the plan
 * to arm Y" supports Y, "backed the plan to sanction Y" opposes Y, "rejected the proposal to impose tariffs on Y" is
 * no opposition to Y (it supports Y, as blocking a measure on Y does, {@link BlockedMeasures}), and "backed the
 * proposal to use frozen Russian assets" says nothing of Russia: using a thing is no act toward its owner.
 *
 * <p>The proposed act is an infinitive whose subject is a noun of intention ({@code intention-nouns.tsv}, NOUN: a plan,
 * a proposal, a decision, a move) not of refusal ({@code modality.tsv}, NEGATOR: a refusal is {@link Refusals}'s):
 * the verb's object controlling its infinitive ("backed the proposal to impose …", UD's xcomp with the object as
 * nsubj:xsubj), the infinitive hung on a noun cue with such a noun as its subject ("support for a proposal to
 * recognise Y", the parser's reading of "for … to"), or the noun's own infinitive ("support for the plan to …"). The
 * act's stance is the verb's in {@code stance-verbs.tsv} or its dictionary event's. Stateless.
 */
final class ProposedActs {

  private ProposedActs() {}

  /**
   * Whether the infinitive {@code x} under the cue {@code w} is an act proposed by a noun of intention rather than
   * the holder's own: an infinitive whose subject is such a noun.
   */
  static boolean proposed(Graph g, IndexedWord w, IndexedWord x) {
    if (!g.pos(x).startsWith("VB")) {
      return false;
    }
    for (IndexedWord s : g.children(x, "nsubj", "nsubj:xsubj")) {
      if (intention(g, s)) {
        return true;
      }
    }
    // "support for the plan to arm Y": the noun's own infinitive.
    IndexedWord p = g.parent(x);
    return p != null && !p.equals(w) && g.relToParent(x).startsWith("acl") && intention(g, p);
  }

  /** The stance of the proposed act {@code x} itself; NEUTRAL for an act toward no one ("use", "discuss"). */
  static Stance act(Graph g, IndexedWord x) {
    String l = g.lemmaOf(x);
    Stance s = g.lex.stanceVerbs.get(l);
    if (s != null) {
      return Endorsements.stance(g, x, s);
    }
    return g.lex.events.cueEvent(l, g.following(g.idx(x), 8)).map(EventCodes.Event::stance).orElse(Stance.NEUTRAL);
  }

  /**
   * Whether the targets in the infinitive {@code x} under the cue {@code w} may be reached: not when it is a proposed
   * act toward no one.
   */
  static boolean reaches(Graph g, IndexedWord w, IndexedWord x) {
    return !proposed(g, w, x) || act(g, x) != Stance.NEUTRAL;
  }

  /**
   * The stance the cue {@code w} takes toward {@code target}: a proposed act against the target turns support of the
   * proposal into opposition and opposition into support.
   */
  static Stance toward(Graph g, IndexedWord w, Stance stance, ActorSpan target) {
    if (stance == Stance.NEUTRAL || target == null || target.implied()) {
      return stance;
    }
    IndexedWord cur = g.node(target.last());
    for (int d = 0; cur != null && d < 8 && !cur.equals(w); d++) {
      IndexedWord p = g.parent(cur);
      if (p != null && g.pos(p).startsWith("VB") && !p.equals(w) && proposed(g, w, p)
          && act(g, p) == Stance.OPPOSE && under(g, w, p)) {
        return stance == Stance.SUPPORT ? Stance.OPPOSE : Stance.SUPPORT;
      }
      cur = p;
    }
    return stance;
  }

  /** Whether {@code x} hangs on {@code w} within a few links. */
  private static boolean under(Graph g, IndexedWord w, IndexedWord x) {
    IndexedWord cur = x;
    for (int d = 0; cur != null && d < 4; d++) {
      if (cur.equals(w)) {
        return true;
      }
      cur = g.parent(cur);
    }
    return false;
  }

  /**
   * The proposed acts toward no one under the cue {@code w}: its infinitives, and those of the nouns of intention it
   * takes as object or "for" phrase. Whoever they name is no one the cue is toward ({@link FallbackTarget}).
   */
  static List<IndexedWord> idleActs(Graph g, IndexedWord w) {
    List<IndexedWord> clauses = new java.util.ArrayList<>(g.children(w, "xcomp", "acl", "acl:"));
    for (IndexedWord n : g.children(w, "obj", "nmod:for", "obl:for")) {
      if (intention(g, n)) {
        clauses.addAll(g.children(n, "acl", "acl:"));
      }
    }
    return clauses.stream().filter(x -> proposed(g, w, x) && act(g, x) == Stance.NEUTRAL).toList();
  }

  /** A noun of intention that proposes rather than refuses. */
  private static boolean intention(Graph g, IndexedWord n) {
    String l = g.lemmaOf(n);
    return g.pos(n).startsWith("NN") && g.lex.intentions.get(l) == EnglishLexicon.IntentionClass.NOUN
        && !g.lex.is(l, EnglishLexicon.ModalityClass.NEGATOR);
  }

  /**
   * The subjects of the infinitive {@code x} hung on a noun cue: "support for Y to join Z" is toward Y, "support for
   * Y's proposal to …" toward Y, the proposal's owner.
   */
  static List<IndexedWord> doers(Graph g, IndexedWord x) {
    return g.pos(x).startsWith("VB") ? g.children(x, "nsubj") : List.of();
  }
}
