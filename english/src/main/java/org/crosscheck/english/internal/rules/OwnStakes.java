package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * "Pashinyan has frozen Armenia's participation in the bloc", where the article made Pashinyan Armenia's prime
 * minister: what a person acts on belongs to the body he speaks for ({@link Affiliations}), and he acts on its
 * behalf, not against it. The owner of what the act bears on is no target then; acting on the body itself ("Tanabe
 * criticised Japan's central bank") still is a stance, and so is acting on another's ("froze Russia's participation").
 * Stateless.
 */
final class OwnStakes {

  private OwnStakes() {}

  /** Whether {@code target} only owns a thing the act bears on, and is the body its person holder speaks for. */
  static boolean onBehalf(Graph g, ActorSpan holder, ActorSpan target) {
    IndexedWord owner = g.node(target.last());
    return owner != null && g.relToParent(owner).equals("nmod:poss") && Affiliations.own(g, holder, target);
  }
}
