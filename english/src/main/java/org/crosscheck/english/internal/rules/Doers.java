package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Whose a thing or a deed is when a participle's "by" phrase says it: "bombed positions held by the RSF", "condemned
 * the attack carried out by Y", "rejected the report published by Z". The one named is the target of what is done to
 * the thing or said of the deed; a go-between is not ("the truce brokered by Egypt", MEDIATE in
 * {@code governors.tsv}). The tagger may take such a participle for a past tense ("the raid carried out"), and the
 * parser may then read it as the cue's own clause or a loose dependent, with the object as its subject ("condemned
 * [the abductions carried out by Y]"); a clause with no auxiliary under a verb that reports no speech is read back as
 * the participle it is. Stateless.
 */
final class Doers {

  private Doers() {}

  /**
   * The "by" phrases of the participles describing the noun {@code d}, but a captor's ("the fishermen detained by Y":
   * what is done for the captives, "demanded the release of the fishermen", is against Y, not toward Y; a verb of
   * freeing reads its captor itself, {@link Rescues}) or an attacker's ("give inspectors access to sites bombed by Y",
   * "rebuilt schools destroyed by Y": a participle the dictionary codes as force, 18-20, names who harmed the thing,
   * not whose it is). "Held" is left out: "positions held by Y" are Y's. Nor a negated participle's ("rejected sanctions
   * not adopted by the UN": the UN is who did not act).
   */
  static List<IndexedWord> ofDescribed(Graph g, IndexedWord d) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord done : g.children(d, "acl")) {
      if (participle(g, done) && !captor(g, done) && !force(g, done) && !negated(g, done)) {
        out.addAll(byPhrase(g, done));
      }
    }
    return out;
  }

  /** Whether the participle {@code done} is negated ("not adopted by Y"). */
  static boolean negated(Graph g, IndexedWord done) {
    return g.children(done, "advmod", "neg").stream()
        .anyMatch(c -> g.lex.is(c.word(), EnglishLexicon.ModalityClass.NEGATION));
  }

  /** Whether the verb {@code done} is one of force by its CAMEO code (18–20: "shelled", "killed"). */
  static boolean force(Graph g, IndexedWord done) {
    return g.lex.events.of(g.lemmaOf(done), List.of()).map(e -> e.code())
        .filter(c -> c.startsWith("18") || c.startsWith("19") || c.startsWith("20")).isPresent();
  }

  private static boolean captor(Graph g, IndexedWord done) {
    String l = g.lemmaOf(done);
    return g.lex.captivityVerbs.contains(l) && !l.equals("hold");
  }

  /** The "by" phrases of reduced relatives the parser made clauses of the cue verb {@code w}, but negated ones. */
  static List<IndexedWord> ofMisreadClause(Graph g, IndexedWord w) {
    if (g.isSpeech(w) || Complaints.complaint(g, w)) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord c : g.children(w, "ccomp", "dep")) {
      if (participle(g, c) && !negated(g, c) && g.children(c, "aux", "aux:pass").isEmpty()
          && g.children(c, "nsubj").stream().anyMatch(n -> g.pos(n).startsWith("NN") && !g.pos(n).startsWith("NNP"))) {
        out.addAll(byPhrase(g, c));
      }
    }
    return out;
  }

  /** The "by" phrase of a participle, but a go-between's: "the truce brokered by Egypt" (MEDIATE). */
  private static List<IndexedWord> byPhrase(Graph g, IndexedWord v) {
    return g.governs(v, EnglishLexicon.GovernorClass.MEDIATE) ? List.of() : g.children(v, "obl:agent", "obl:by");
  }

  private static boolean participle(Graph g, IndexedWord v) {
    return g.pos(v).equals("VBN") || g.pos(v).equals("VBD");
  }
}
