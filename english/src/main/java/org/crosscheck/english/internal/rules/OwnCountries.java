package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Actor;
import org.crosscheck.spi.ActorSpan;

/**
 * "his country", "her nation", "their country" ({@code country-nouns.tsv} after a possessive pronoun) is the state
 * of whom the pronoun stands for: in "Azerbaijan's president said his country was willing to forgive Y" the one
 * willing is Azerbaijan. "his government", "her administration" (a GOVERNMENT noun of {@code institution-nouns.tsv})
 * is that state's government: "Ruto said his government would back Somalia". A pronoun that stands for nobody, or
 * for an actor of no state, leaves the noun nobody. Stateless.
 */
final class OwnCountries {

  private OwnCountries() {}

  /** The state {@code noun} names through its possessive pronoun, or null. */
  static ActorSpan of(Graph g, IndexedWord noun, SpeechFrames.Frame frame) {
    boolean government = g.lex.institutionNouns.get(g.lemmaOf(noun)) == EnglishLexicon.InstitutionClass.GOVERNMENT;
    if (!g.pos(noun).equals("NN") || !government && !g.lex.countryNouns.contains(g.lemmaOf(noun))) {
      return null;
    }
    for (IndexedWord p : g.children(noun, "nmod:poss")) {
      if (!g.lex.is(p.word().toLowerCase(java.util.Locale.ROOT), EnglishLexicon.PronounClass.POSSESSIVE)) {
        continue;
      }
      ActorSpan owner = Antecedents.resolve(g, p, frame);
      Actor state = owner == null ? null : g.ctx.actors().stateOf(owner.actor()).orElse(null);
      Actor own = state == null || !government ? state : g.ctx.actors().composite(state, "GOV").orElse(null);
      if (own != null) {
        return ActorSpan.of(g.idx(p), g.idx(noun), own, p.word() + " " + noun.word());
      }
    }
    return null;
  }
}
