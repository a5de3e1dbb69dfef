package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain of words a cue depends on within its clause: from the cue up to the root of what a speech frame
 * reports, or of the sentence. A complement of a verb that is not a speech verb ("has no plan to save") belongs
 * to the chain; a reported clause, a parenthetical, a relative clause, a conjunct or an adverbial clause with its
 * own subject ends it. Negation, modality and background are read along this chain. Stateless.
 */
final class Clauses {

  private Clauses() {}

  /** How far up a cue's clauses a clause that opens a premise or a question is looked for. */
  private static final int OPENER_REACH = 6;

  /**
   * Whether {@code w} lies inside a clause {@code opens} accepts (given the clause's head and its relation),
   * climbing from {@code w} up to six links and stopping at the root, at a clause of its own (a relative clause, an
   * aside, a parenthetical) or where {@code ends} says so: what those say is asserted, whatever encloses them. Shared
   * by premises ({@link Premises}) and open questions ({@link OpenQuestions}).
   */
  static boolean within(Graph g, IndexedWord w, java.util.function.BiPredicate<IndexedWord, String> opens,
      java.util.function.BiPredicate<IndexedWord, String> ends) {
    IndexedWord cur = w;
    for (int d = 0; cur != null && d < OPENER_REACH; d++) {
      String r = g.relToParent(cur);
      if (opens.test(cur, r)) {
        return true;
      }
      if (r.isEmpty() || r.startsWith("acl:relcl") || r.startsWith("parataxis") || r.startsWith("appos")
          || ends.test(cur, r)) {
        return false;
      }
      cur = g.parent(cur);
    }
    return false;
  }

  /**
   * An adverbial clause with a subject of its own ("would not meet them until the government was funded"): its own
   * clause, which the negation or modality of the clause it hangs on does not reach.
   */
  static boolean subordinate(Graph g, IndexedWord clause, String rel) {
    return rel.startsWith("advcl") && !g.children(clause, "nsubj", "nsubj:pass").isEmpty();
  }

  /**
   * The governors the cue's own predication reaches: as {@link #governors}, but an apposition ends the chain too, and
   * so does a noun whose content clause the cue is in ("reports that Y had armed Z"), after the noun.
   * "Egypt, a close ally of Y, made no comment": an apposition says what its noun is, whatever the clause around the
   * noun says it does, so that clause's negation, modality and time do not reach it (as they do not reach a relative
   * clause). Where a target is looked for, the clause around still counts ({@link FallbackTarget}).
   */
  static List<IndexedWord> predication(Graph g, IndexedWord w, SpeechFrames.Frame frame) {
    if (g.pos(w).startsWith("VB") && g.relToParent(w).equals("amod")) {
      // "Guinea revokes Chinese-backed miner's licence": a participle set before its noun describes it, whatever the
      // clause around the noun undoes or plans.
      return List.of(w);
    }
    List<IndexedWord> chain = governors(g, w, frame, true);
    for (int k = 0; k < chain.size(); k++) {
      if (g.relToParent(chain.get(k)).equals("appos")) {
        return chain.subList(0, k + 1);
      }
    }
    return chain;
  }

  /** The chain of words {@code w} depends on within its clause, as the class says, {@code w} first. */
  static List<IndexedWord> governors(Graph g, IndexedWord w, SpeechFrames.Frame frame) {
    return governors(g, w, frame, false);
  }

  private static List<IndexedWord> governors(Graph g, IndexedWord w, SpeechFrames.Frame frame, boolean own) {
    List<IndexedWord> chain = new ArrayList<>();
    IndexedWord cur = w;
    for (int d = 0; cur != null && d < 8; d++) {
      chain.add(cur);
      if (frame != null && cur.equals(frame.verb)) {
        break;
      }
      String r = g.relToParent(cur);
      IndexedWord p = g.parent(cur);
      if (own && r.startsWith("ccomp") && p != null && g.pos(p).startsWith("NN")) {
        // "declined to comment on reports that Moscow had supplied drones": what a report, a claim or a fear says
        // is its own clause; whatever is said of the report (declined, doubted) is not said of its content. The
        // noun's own words still are: "no evidence that Iran armed them".
        chain.add(p);
        break;
      }
      if (r.startsWith("ccomp") && p != null && !g.isSpeech(p)) {
        cur = p;
        continue;
      }
      if (r.startsWith("ccomp") || r.startsWith("parataxis") || r.startsWith("acl:relcl") || r.equals("root")
          || r.startsWith("conj") || subordinate(g, cur, r)
          // "Y is failing Z, a rights group protested": a report after its clause with a speaker of its own is its
          // own clause, whatever the parser hangs it on; the failure it reports does not negate it.
          || FrontedReports.speaker(g, cur) != null
          // A clausal subject is a proposition of its own, whatever is said of it; the parser also makes one of a
          // clause it cannot place ("the embassy condemned the attack and said Y would continue to …").
          || r.startsWith("csubj")
          // "The State Department, whose officials have praised Y, declined to comment": a clause the parser hangs
          // loosely on a noun is a relative clause or an aside, not part of what the noun's verb says.
          || r.equals("dep") && p != null && g.pos(p).startsWith("NN")) {
        break;
      }
      cur = p;
    }
    return chain;
  }
}
