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

  /**
   * Whether the cue is a gerund marked by "without", which the parser hangs on it as a mark or a case, or on the
   * object it makes the gerund modify.
   */
  static boolean unperformed(Graph g, IndexedWord cue) {
    // A finite verb under "without" is a misparse ("Reporters Without Borders criticised …"), no clause of "without".
    if (!g.pos(cue).equals("VBG")) {
      return false;
    }
    if (without(g, cue)) {
      return true;
    }
    // "drafting resolutions without consulting Libyans": the parser may make the gerund a modifier of its object and
    // hang "without" on the object.
    IndexedWord object = g.parent(cue);
    return object != null && without(g, object);
  }

  private static boolean without(Graph g, IndexedWord w) {
    return g.children(w, "mark", "case").stream().anyMatch(m -> m.word().equalsIgnoreCase("without"));
  }
}
