package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.Stance;

/**
 * "who were not authorised to discuss the talks with Qatar", "who was not allowed to speak publicly about Egypt": a
 * permission ({@code permission-words.tsv}) to talk, speak or comment is the formula by which a source explains its
 * anonymity, or a rule about who may talk. The talking it allows or forbids is no contact with anyone it names, and
 * no stance, denied or not. Verbs of speech and neutral verbs of discussion only: "was not allowed to attack Y" is
 * left to the other rules. Stateless.
 */
final class Permissions {

  private Permissions() {}

  /** Whether the cue {@code w} is talk a permission word governs. */
  static boolean talkAllowed(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    if (p == null || !g.pos(w).startsWith("VB") || !g.relToParent(w).equals("xcomp")
        || !g.lex.permissionWords.contains(g.lemmaOf(p).toLowerCase(Locale.ROOT))) {
      return false;
    }
    return g.isSpeech(w) || g.lex.stanceVerbs.get(g.lemmaOf(w)) == Stance.NEUTRAL;
  }
}
