package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * "Welcomed the decision but urged the IOC to tighten checks", "welcomed the package as an important step but urged
 * the EU to move to a full ban": an approval of a thing with no owner named ({@link OwnerlessThings}), set against an
 * appeal by the same asker ({@code contrast-words.tsv}: "but", "yet", "while urging"), approves what the one asked did
 * and asks it for more; the appeal backs the one asked (SUPPORT) rather than merely calling on it. Joined by "and"
 * the two say less ("welcomed the sanctions and urged the authorities to prosecute those named" may approve another
 * party's act), and a thing whose owner the grammar names ("welcomed the commission's announcement") is that owner's,
 * not the one asked. Stateless.
 */
final class QualifiedWelcomes {

  private QualifiedWelcomes() {}

  /** Whether the appeal {@code w} is set against its asker's approval of a thing whose owner is not named. */
  static boolean qualify(Graph g, IndexedWord w) {
    IndexedWord p = OwnerlessThings.joined(g, w);
    return p != null && ApprovedThings.ofAThing(g, p) && OwnerlessThings.objectsOf(g, p)
        && g.children(w, "cc", "mark").stream()
        .anyMatch(c -> g.lex.contrastWords.contains(c.word().toLowerCase(Locale.ROOT)));
  }
}
