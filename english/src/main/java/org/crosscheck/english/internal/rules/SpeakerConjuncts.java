package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * A verb the parser coordinates with a reported clause's verb but that continues the report's own verb: "Ishiba said
 * Japan would study the request and praised Brazil's role" (Ishiba praised, not Japan); "the fund said Turkey had
 * made progress but warned that easing could undo it" (the fund warned). The parser gives such a verb the reported
 * clause's subject. It is the speaker's when it cannot share the reported verb's modal (a past tense after
 * "would study …"), or when it is itself a verb of saying with a clause of its own ("… but warned that …"),
 * whatever verb reports the clause ("said", "hoped"). A verb of praise or blame ({@code appraisal-verbs.tsv}) is the
 * speaker's too when it cannot share the reported verb's auxiliary ("said the troops had crossed the line and
 * blamed Bishkek": a past tense after "had …") or copula ("said the deal was dead and accused Egypt": an active verb
 * with an object after "was …") or when a closing quotation mark parts it from the quoted words it
 * is coordinated with ("said the rival was "sulking because it lost" and praised the police"), however deep in
 * the reported clause the parser hangs it. Stateless.
 */
final class SpeakerConjuncts {

  /** How many links a quoted conjunct may sit below the reported clause's verb ("lost" in "sulking because …"). */
  private static final int QUOTED_DEPTH = 3;

  private SpeakerConjuncts() {}

  /** The verb ("said", "hoped") whose subject the verb cue {@code w} continues, or null. */
  static IndexedWord report(Graph g, IndexedWord w) {
    boolean appraisal = g.lex.appraisalVerbs.contains(g.lemmaOf(w));
    // "Lavrov said Russian jets did not bomb civilians and accused Britain …": after "did not", the tagger often
    // takes the past tense of a verb of praise or blame for a participle; with no auxiliary of its own, it is one.
    boolean pastTense = g.pos(w).equals("VBD")
        || appraisal && g.pos(w).equals("VBN") && g.children(w, "aux", "aux:pass").isEmpty();
    if (!pastTense) {
      return null;
    }
    IndexedWord first = g.firstConjunct(w);
    if (first == null) {
      return null;
    }
    List<IndexedWord> own = g.children(w, "nsubj");
    if (!g.children(first, "nsubj").containsAll(own)) {
      // "X said Y would go and Z welcomed it": the second verb has a subject of its own.
      return null;
    }
    if (!g.relToParent(first).equals("ccomp")) {
      return appraisal ? quotedReport(g, w, first) : null;
    }
    IndexedWord report = g.parent(first);
    if (report == null) {
      return null;
    }
    boolean modal = g.children(first, "aux").stream().anyMatch(a -> g.pos(a).equals("MD"));
    boolean saying = g.isSpeech(w) && !g.children(w, "ccomp").isEmpty();
    // "said the deal was dead and accused Egypt …": an active verb with an object cannot share the copula either.
    boolean auxiliary = appraisal && (!g.children(first, "aux").isEmpty()
        || !g.children(first, "cop").isEmpty() && !g.children(w, "obj").isEmpty());
    boolean quoted = appraisal && quotedApart(g, first, w);
    return modal || saying || auxiliary || quoted ? report : null;
  }

  /**
   * The verb of saying whose reported clause (its complement, or a "dep" the parser could not name) holds the quoted
   * conjunct {@code first} a few links down, when a closing quotation mark parts {@code w} from it; else null.
   */
  private static IndexedWord quotedReport(Graph g, IndexedWord w, IndexedWord first) {
    if (!quotedApart(g, first, w)) {
      return null;
    }
    IndexedWord c = first;
    for (int depth = 0; depth < QUOTED_DEPTH && c != null; depth++) {
      IndexedWord up = g.parent(c);
      String rel = g.relToParent(c);
      if (up != null && (rel.equals("ccomp") || rel.equals("dep")) && g.isSpeech(up)) {
        return up;
      }
      c = up;
    }
    return null;
  }

  /** Whether {@code first} lies inside a quotation and {@code w}, after it, outside. */
  private static boolean quotedApart(Graph g, IndexedWord first, IndexedWord w) {
    return g.idx(first) < g.idx(w) && g.ctx.inQuotes(g.toks.get(g.idx(first)).begin())
        && !g.ctx.inQuotes(g.toks.get(g.idx(w)).begin());
  }
}
