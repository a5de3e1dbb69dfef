package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "The two presidents ended their talks without agreeing on a timetable", "the envoy left Kampala without meeting the
 * president": a verb in a clause of "without" tells of an act that did not happen beside the one that did. It is no
 * stance, and no refusal or denial of one either ("refused to meet", "did not back" are the holder's; nobody here
 * declines anything), so it makes no claim. Stateless.
 */
final class UnperformedActs {

  private UnperformedActs() {}

  /** Whether the cue is a gerund marked by "without", which the parser hangs on it as a mark or a case. */
  static boolean unperformed(Graph g, IndexedWord cue) {
    // A finite verb under "without" is a misparse ("Reporters Without Borders criticised …"), no clause of "without".
    return g.pos(cue).equals("VBG") && g.children(cue, "mark", "case").stream().anyMatch(m -> m.word().equalsIgnoreCase("without"));
  }
}
