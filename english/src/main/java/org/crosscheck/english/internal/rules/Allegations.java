package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Map;

/**
 * What an allegation says is its voice's word, not the narrator's: in "India rejected Pakistan's accusation that it
 * had backed the militants" nobody reports India backing them but Pakistan, and India denies it. A noun of allegation
 * ({@code allegations.tsv}, NOUN: accusation, claim, report) with a clause ("that …") opens a frame over it, voiced
 * by whoever the noun's possessor or "by" phrase names ("Pakistan's accusation"), else by an unnamed voice ("reports
 * that …"; "claims in the local press that …", whose clause the parser hangs on the press). When the noun is the object of a verb that rejects it (REJECT: reject, dismiss, refute), the frame is
 * that verb's, voiced by its subject, and reads as a denial ({@link Negation#denied}): what it denies is nobody's
 * stance, as with "denied claims that …", while the verb itself still opposes a named accuser. A verb of saying
 * already frames its object's clause ("denied reports that …"). An allegation rejected, also through a free relative
 * of naming ("rejected what it called groundless accusations against Y"), is no accusation of the rejecter's: the
 * noun makes no claim, and the rejecting verb opposes the accuser it names ({@link #rejectedNoun}). Stateless.
 */
final class Allegations {

  private Allegations() {}

  /** Adds a frame for each allegation's clause not already inside a speech verb's frame for it. */
  static void frames(Graph g, Map<Integer, SpeechFrames.Frame> frames) {
    for (int i = 0; i < g.size(); i++) {
      IndexedWord n = g.node(i);
      if (n == null || !g.pos(n).startsWith("NN")
          || g.lex.allegations.get(g.lemmaOf(n)) != EnglishLexicon.AllegationClass.NOUN) {
        continue;
      }
      List<IndexedWord> clauses = new java.util.ArrayList<>(g.children(n, "ccomp", "acl:that"));
      for (IndexedWord where : g.children(n, "nmod:in")) {
        // "claims in some Saudi media that Y had armed Z": the parser hangs the clause on the place it was made in, or
        // reads it as a relative clause of the place.
        clauses.addAll(g.children(where, "ccomp", "acl:that", "acl:relcl"));
      }
      IndexedWord v = g.parent(n);
      if (clauses.isEmpty() && v != null && g.relToParent(n).equals("obj") && rejects(g, v)) {
        clauses = stray(g, v, n);
      }
      IndexedWord rejecter = rejecter(g, n);
      // "rejected what an official described as claims that …": the naming verb's frame is no report of the claim.
      if (clauses.isEmpty() || v != null && frames.containsKey(g.idx(v)) && (rejecter == null || rejecter.equals(v))) {
        continue;
      }
      SpeechFrames.Frame f = new SpeechFrames.Frame(rejecter != null ? rejecter : n);
      List<IndexedWord> voice = rejecter != null ? g.children(rejecter, "nsubj")
          : g.children(n, "nmod:poss", "nmod:by");
      if (voice.isEmpty()) {
        f.unnamed = true;
      } else {
        Speakers.set(g, f, voice.get(0));
      }
      if (f.speaker == null && !f.unnamed && v != null && !g.children(v, "nsubj").isEmpty()) {
        // "Sudan repeated its accusation that …": the possessive pronoun is the verb's subject, whose word it is.
        Speakers.set(g, f, g.children(v, "nsubj").get(0));
      }
      clauses.forEach(c -> g.collect(c, f.content, 0));
      frames.put(-1000 - i, f);
    }
  }

  /**
   * Whom a noun of allegation accuses: the subject of its clause ("Sudan's accusation that the UAE arms the RSF" is
   * toward the UAE, "renewed its charge that Y backs the rebels" toward Y). A passive clause's subject is what the
   * deed befell ("the allegation that civilians were killed"), not who is accused.
   */
  static List<IndexedWord> accused(Graph g, IndexedWord n) {
    if (!g.pos(n).startsWith("NN") || g.lex.allegations.get(g.lemmaOf(n)) != EnglishLexicon.AllegationClass.NOUN) {
      return List.of();
    }
    return g.children(n, "ccomp", "acl:that").stream().flatMap(c -> g.children(c, "nsubj").stream()).toList();
  }

  /**
   * The clause the parser hung on the rejecting verb though it spells out the allegation ("rejected claims it
   * supports Y", "rejected the charge by Z that it backs Y"): a reported or loose clause of {@code v} that starts
   * right after the noun, with nothing between but the noun's own words and a "by" phrase naming its voice. A clause
   * further on ("rejected the claims on Monday, it arms Y") is left alone.
   */
  private static List<IndexedWord> stray(Graph g, IndexedWord v, IndexedWord n) {
    java.util.Set<Integer> between = new java.util.HashSet<>();
    g.subtree(n, between, 0);
    g.children(v, "obl:by").forEach(b -> g.subtree(b, between, 0));
    return g.children(v, "ccomp", "parataxis").stream().filter(c -> {
      java.util.TreeSet<Integer> clause = new java.util.TreeSet<>();
      g.subtree(c, clause, 0);
      int start = clause.first();
      if (start <= g.idx(n)) {
        return false;
      }
      for (int k = g.idx(n) + 1; k < start; k++) {
        if (!between.contains(k)) {
          return false;
        }
      }
      return true;
    }).toList();
  }

  /**
   * Whether {@code v} rejects an allegation it takes as object ("denied Y's accusation", "denied the charge"): a verb
   * of saying that is then an act toward the accuser, not a report of what the allegation says.
   */
  static boolean deniesOne(Graph g, IndexedWord v) {
    return rejects(g, v) && g.children(v, "obj").stream()
        .anyMatch(o -> g.lex.allegations.get(g.lemmaOf(o)) == EnglishLexicon.AllegationClass.NOUN);
  }

  /** Whether {@code v} is a verb rejecting what its object alleges. */
  static boolean rejects(Graph g, IndexedWord v) {
    return g.pos(v).startsWith("VB") && g.lex.allegations.get(g.lemmaOf(v)) == EnglishLexicon.AllegationClass.REJECT;
  }

  /**
   * Whether the allegation noun {@code n} is the object of a verb that rejects it, directly ("dismissed the
   * accusations against Y") or named in a free relative that is ("rejected what it called accusations against Y").
   */
  static boolean rejectedNoun(Graph g, IndexedWord n) {
    return rejecter(g, n) != null;
  }

  /**
   * The verb that rejects the allegation noun {@code n} as its object, directly or through a free relative of naming
   * ("rejected what it called accusations", "rejected what an official described as baseless claims"), or null.
   */
  private static IndexedWord rejecter(Graph g, IndexedWord n) {
    IndexedWord v = g.parent(n);
    String r = g.relToParent(n);
    if (v == null || g.lex.allegations.get(g.lemmaOf(n)) != EnglishLexicon.AllegationClass.NOUN
        || !r.equals("obj") && !(r.equals("obl:as") && NamingClauses.names(g, v))) {
      return null;
    }
    if (NamingClauses.names(g, v)) {
      v = g.parent(v);
    }
    return v != null && rejects(g, v) ? v : null;
  }
}
