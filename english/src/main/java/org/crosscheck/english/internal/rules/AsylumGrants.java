package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * Asylum granted to someone who served another state ({@code asylum-nouns.tsv}): in "Poland granted asylum to a
 * Belarusian border guard officer" the officer has fled Belarus's border guard; the grant backs him, and is no
 * support of the force he fled, as his demonym and office alone would make it. A target that is a state's own
 * institution (its government, army, police) is dropped; dissidents, opposition activists or refugees of a state
 * stay the ones backed ("granted asylum to an Iranian dissident"). Stateless.
 */
final class AsylumGrants {

  private AsylumGrants() {}

  /** The targets of the verb {@code w} without the state institutions it grants asylum to members of. */
  static List<ActorSpan> recipients(Graph g, IndexedWord w, List<ActorSpan> targets) {
    boolean asylum = g.children(w, "obj", "iobj").stream()
        .anyMatch(o -> g.lex.asylumNouns.contains(g.lemmaOf(o).toLowerCase(java.util.Locale.ROOT)));
    return asylum ? targets.stream().filter(t -> t.actor().kind() != ActorKind.GOVERNMENT).toList() : targets;
  }
}
