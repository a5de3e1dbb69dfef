package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * A complaint is about whoever the complained-of clause names as its subject: "the opposition complained that the
 * government had rigged the vote", "the authorities are failing refugees, a rights group protested" (COMPLAINT verbs
 * in {@code governors.tsv}), and so is an accusation that names no one accused but a clause ("security forces
 * tortured detainees, Amnesty charged"). Used only when the verb has no target of its own. Whom a complaint is made to
 * is not what it is against: in "X complained to the UN about Y's raids" the UN hears it (ADDRESSEE in {@code
 * relations.tsv}) and the raids are what it is about (COMPLAINED_OF). Stateless.
 */
final class Complaints {

  private Complaints() {}

  /** Whether {@code w} is a complaint verb and {@code rel} the link to whom it is made ("complained to X"). */
  static boolean toAddressee(Graph g, IndexedWord w, String rel) {
    return complaint(g, w) && g.lex.relations(EnglishLexicon.RelationClass.ADDRESSEE).contains(rel);
  }

  /** Whether the noun is whom a complaint is made to. */
  static boolean addressee(Graph g, IndexedWord noun) {
    IndexedWord p = g.parent(noun);
    return p != null && toAddressee(g, p, g.relToParent(noun));
  }

  /** The phrases a complaint verb says it is about ("about X's raids", "over the blockade"). */
  static List<IndexedWord> about(Graph g, IndexedWord w) {
    return complaint(g, w) ? g.children(w, g.lex.relations(EnglishLexicon.RelationClass.COMPLAINED_OF))
        : List.of();
  }

  /** Whether {@code w} is a verb of complaint (COMPLAINT in {@code governors.tsv}). */
  static boolean complaint(Graph g, IndexedWord w) {
    return g.verbOf(w, EnglishLexicon.GovernorClass.COMPLAINT);
  }

  /**
   * Whether {@code w} is a verb of accusation used with no one accused, so that it alleges a clause ("…, a rights
   * group charged"; REASON in {@code governors.tsv} with no object).
   */
  static boolean alleging(Graph g, IndexedWord w) {
    return g.verbOf(w, EnglishLexicon.GovernorClass.REASON)
        && g.children(w, "obj", "nsubj:pass").isEmpty();
  }

  /** The subject of the clause a complaint verb reports, before or after it, when it names an actor. */
  static List<ActorSpan> targets(Graph g, IndexedWord w, List<ActorSpan> holders) {
    if (!complaint(g, w) && !alleging(g, w)) {
      return List.of();
    }
    List<IndexedWord> clauses = new ArrayList<>(g.children(w, "ccomp"));
    for (IndexedWord c : g.children(w, "csubj")) {
      // "Soldiers are torturing detainees, Amnesty alleged": the parser may make the clause before the verb its
      // clausal subject.
      if (g.idx(c) < g.idx(w)) {
        clauses.add(c);
      }
    }
    // "Y are failing refugees, a rights group protested": the complaint follows its clause, which the parser makes
    // the sentence's root, hanging the complaint on it or, loosely, on any word of it.
    String r = g.relToParent(w);
    IndexedWord root = g.g.getFirstRoot();
    // "…, a rights group protested on Tuesday": or as an adverb of it, which a finite verb with a speaker of its own
    // before it never is.
    boolean loose = r.equals("parataxis") || r.equals("dep")
        || r.equals("advmod") && g.pos(w).matches("VB[DPZ]") && FrontedReports.speaker(g, w) != null;
    if (loose && root != null && !root.equals(w) && g.idx(root) < g.idx(w)) {
      clauses.add(root);
    }
    if (TrailingAttributions.speaker(g, w) != null) {
      // "Y are abusing migrants, rights groups charged": the clause's object was read as the complaint's subject.
      clauses.add(g.parent(w));
    }
    IndexedWord described = FrontedReports.described(g, w);
    if (described != null) {
      // "Y shot two men, a rights group charged on Monday": the speaker was read as the clause's second object.
      clauses.add(g.parent(described));
    }
    for (IndexedWord c : g.children(w, "advcl")) {
      // "…, a rights group charged": or an adverbial clause before it with no conjunction of its own.
      if (g.idx(c) < g.idx(w) && g.children(c, "mark").isEmpty()) {
        clauses.add(c);
      }
    }
    return Targets.subjectsOf(g, clauses, holders);
  }
}
