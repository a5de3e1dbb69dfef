package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.spi.ActorSpan;

/**
 * An accusation told as a report of the other's deed: "X said Y had shelled its villages", "X said Y's forces had
 * attacked a hospital". A party that reports another's act of force ({@code reported-deeds.tsv}, DEED) against
 * civilians or protected places (VICTIM) or against its own side (an object whose possessor, demonym or "our" is the
 * speaker) accuses the doer, and {@link Evaluations} reads the deed as it reads any judgement the speaker makes of
 * a reported clause's subject: the speaker against it. The deed's own claim stays as it is.
 *
 * <p>Nothing is read when the deed is only possible ("would attack"), or when its object is anyone else, such as the
 * speaker's enemy ("X said Y had attacked the militants"). A negated deed, and one the speaker denies or whose claim
 * it rejects ("X rejected claims that Y had …"), are left to {@link Evaluations} and {@link OpenJudgements}, which
 * make no judgement of them; so is whose side the doer is on, since Evaluations never sets the speaker against
 * itself ("X said its troops had killed …"). A voice that only counts deeds, a war monitor, is read as a party when
 * it resolves to an actor at all; but a count or record it cites ("according to UN figures") accuses no one. Stateless.
 */
final class ReportedDeeds {

  private ReportedDeeds() {}

  /** Whether the verb {@code v} is a deed its reporting speaker holds against the verb's subject. */
  static boolean accusation(Graph g, IndexedWord v, Map<Integer, SpeechFrames.Frame> frames) {
    if (!g.pos(v).startsWith("VB") || g.lex.reportedDeeds.get(lemma(g, v)) != EnglishLexicon.ReportedDeedClass.DEED
        || g.children(v, "aux").stream().anyMatch(a -> g.pos(a).equals("MD"))) {
      return false;
    }
    List<SpeechFrames.Frame> around = SpeechFrames.around(g.idx(v), frames);
    if (around.isEmpty()) {
      return false;
    }
    SpeechFrames.Frame f = around.get(0);
    if (f.speaker == null || f.analyst || f.record) {
      return false;
    }
    for (IndexedWord o : g.children(v, "obj", "obl:on", "obl:at")) {
      if (g.lex.reportedDeeds.get(lemma(g, o)) == EnglishLexicon.ReportedDeedClass.VICTIM || owned(g, o, f)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the speaker names its own side as the deed's object: "its villages", "our positions". */
  private static boolean owned(Graph g, IndexedWord o, SpeechFrames.Frame f) {
    for (IndexedWord d : g.children(o, "nmod:poss", "amod")) {
      ActorSpan owner = Antecedents.resolve(g, d, f);
      if (owner != null && owner.actor().id().equals(f.speaker.actor().id())) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(Graph g, IndexedWord w) {
    return g.lemmaOf(w).toLowerCase(Locale.ROOT);
  }
}
