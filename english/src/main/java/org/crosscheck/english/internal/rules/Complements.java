package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cues whose clause holds no stance of the clause's own subject, so that they yield no claim:
 *
 * <ul>
 *   <li>inside what is urged, asked or demanded of someone ("X urged Y to support Z": Y's support is what X wants,
 *       not what Y holds; X's own stance is read by {@link Appeals}), ASK verbs in {@code governors.tsv}, or let,
 *       allowed or forced (APPEAL);
 *   <li>inside the reason given for an accusation, criticism or praise ("X accused Y of backing Z", "X criticised
 *       Y for attacking Z"): REASON verbs, or any verb acting on a party ("imposed sanctions on Y for hosting
 *       Z", {@link Reasons});
 *   <li>inside what a noun of asking asks of another ("rejected Y's demand to end its alliance with Z"), ASKED in
 *       {@code intention-nouns.tsv};
 *   <li>inside what is hoped or feared ("X hopes the EU will punish Y"): WISH verbs;
 *   <li>inside what is regretted or apologised for, or not ("X has no regrets about inviting Y"): REGRET words;
 *   <li>under a deontic modal, also one on the verb whose infinitive or gerund it is ("Y must apologise", "Z should
 *       withdraw", "Y must stop arming Z"): a demand, not a stance.
 * </ul>
 *
 * The climb stops at the speech verb that reports the cue. Stateless.
 */
final class Complements {

  private Complements() {}

  /** Whether a link introduces a reason: "for …", "of …", "over …" ("accused Y of …", "criticised Y over …"). */
  static boolean reason(String rel) {
    int colon = rel.indexOf(':');
    if (colon < 0 || !(rel.startsWith("advcl") || rel.startsWith("obl") || rel.startsWith("acl"))) {
      return false;
    }
    String prep = rel.substring(colon + 1);
    return prep.equals("for") || prep.equals("of") || prep.equals("over");
  }

  /**
   * Whether a clause states rather than asks: its verb is in a tense ("told parliament that the bloc had offered
   * Washington a deal", "told reporters Russia is shelling Y"), where what is asked is a bare verb, after a modal or
   * as a subjunctive ("told Y that it must leave", "urged that Y withdraw").
   */
  private static boolean indicative(Graph g, IndexedWord clause) {
    List<IndexedWord> aux = g.children(clause, "aux", "aux:pass");
    if (aux.stream().anyMatch(a -> g.pos(a).equals("MD"))) {
      return false;
    }
    String pos = g.pos(clause);
    if (pos.startsWith("VB") && !pos.equals("VB")) {
      return true;
    }
    // "told reporters Y did not back Z", "'Y has been a true friend,' X told reporters": the tense sits on an
    // auxiliary or on the copula of a noun or adjective predicate.
    List<IndexedWord> bearers = new ArrayList<>(aux);
    if (!pos.startsWith("VB")) {
      bearers.addAll(g.children(clause, "cop"));
    }
    return bearers.stream().anyMatch(a -> FINITE.contains(g.pos(a)));
  }

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /** The gerund right before a gerund and its "and" or "or" ("funding and arming"), or null. */
  private static IndexedWord firstGerund(Graph g, IndexedWord w) {
    int i = g.idx(w);
    if (!g.pos(w).equals("VBG") || i < 2 || !Set.of("and", "or").contains(g.toks.get(i - 1).word())) {
      return null;
    }
    IndexedWord before = g.node(i - 2);
    return before != null && gerund(g, before) ? before : null;
  }

  /** Whether {@code w} is a gerund, which the tagger often reads as a noun: "of training and arming". */
  private static boolean gerund(Graph g, IndexedWord w) {
    return g.pos(w).equals("VBG") || g.pos(w).equals("NN") && w.word().endsWith("ing");
  }

  /** Whether the verb, or one whose infinitive or gerund it is ("must stop arming Y"), has a deontic modal. */
  private static boolean deontic(Graph g, IndexedWord w) {
    IndexedWord cur = w;
    for (int d = 0; d < 4 && cur != null; d++) {
      if (g.children(cur, "aux").stream().anyMatch(c -> g.lex.is(c.word(), EnglishLexicon.ModalityClass.DEONTIC))) {
        return true;
      }
      if (cur != w && duty(g, cur)) {
        // "Hungary is legally bound to arrest Y", "required Z to expel Y": a duty, no act done or backed.
        return true;
      }
      // The parser hangs a gerund after "stop" or "keep" as a bare dependent as often as a complement.
      String r = g.relToParent(cur);
      cur = r.equals("xcomp") || r.equals("dep") && g.pos(cur).equals("VBG") ? g.parent(cur) : null;
    }
    return false;
  }

  /**
   * Whether {@code v} is a word of duty ("is bound", "was obliged", "required Y"): whoever is under it has not acted.
   */
  private static boolean duty(Graph g, IndexedWord v) {
    return g.lex.is(v.word(), EnglishLexicon.ModalityClass.DEONTIC);
  }

  /**
   * Whether {@code n} is the object of an accusation, criticism or praise (REASON in {@code governors.tsv}), or names
   * its owner ("the government of Y").
   */
  private static boolean accused(Graph g, IndexedWord n) {
    IndexedWord cur = n;
    for (int d = 0; d < 3 && cur != null; d++) {
      IndexedWord v = g.parent(cur);
      String r = g.relToParent(cur);
      if (v != null && r.equals("obj")) {
        return g.pos(v).startsWith("VB") && g.lex.governors.get(g.lemmaOf(v)) == EnglishLexicon.GovernorClass.REASON;
      }
      cur = r.startsWith("nmod") ? v : null;
    }
    return false;
  }

  static boolean governed(Graph g, IndexedWord w, SpeechFrames.Frame frame) {
    EnglishLexicon lex = g.lex;
    if (DeniedCharges.charge(g, w) != null) {
      // "accused Y of harbouring rebels, a charge Y denies": the parser may hang the denial inside the reason; it is
      // an act of its own (DeniedCharges).
      return false;
    }
    if (deontic(g, w)) {
      return true;
    }
    if (Reasons.given(g, w)) {
      return true;
    }
    IndexedWord first = firstGerund(g, w);
    if (first != null && governed(g, first, frame)) {
      // "accused Y of training and arming Z": the parser may hang the second gerund on the main verb.
      return true;
    }
    // "for what it called its backing of Z": a naming clause is no report that stops the climb (NamingClauses).
    boolean reporting = frame != null && !NamingClauses.names(g, frame.verb);
    IndexedWord cur = w;
    for (int d = 0; d < 6; d++) {
      if (Intentions.asked(g, cur)) {
        return true;
      }
      IndexedWord p = g.parent(cur);
      String r = g.relToParent(cur);
      if (p == null || reporting && cur.equals(frame.verb) || r.startsWith("conj") || r.startsWith("parataxis")
          || r.equals("root")) {
        return false;
      }
      EnglishLexicon.GovernorClass listed = lex.governors.get(g.lemmaOf(p));
      if (listed == EnglishLexicon.GovernorClass.REGRET
          && (g.pos(p).startsWith("VB") || g.pos(p).startsWith("NN") || g.pos(p).startsWith("JJ"))) {
        // "regretted inviting Y", "had no regrets about inviting Y", "apologised for backing Y": a past act judged
        // again, neither the stance it was nor its denial. Nouns and adjectives too; the other classes are verbs.
        return true;
      }
      EnglishLexicon.GovernorClass kind = g.pos(p).startsWith("VB") ? listed : null;
      if ((kind == EnglishLexicon.GovernorClass.APPEAL || kind == EnglishLexicon.GovernorClass.ASK)
          && (r.equals("xcomp") && !Gatherings.purpose(g, cur) || r.startsWith("ccomp") && !indicative(g, cur)
          || r.startsWith("advcl:to")) || r.equals("xcomp") && Warnings.asksOf(g, p)) {
        return true;
      }
      if (kind == EnglishLexicon.GovernorClass.WISH && r.startsWith("ccomp")) {
        return true;
      }
      if (kind == EnglishLexicon.GovernorClass.REASON
          && (reason(r) || r.equals("xcomp") && g.children(cur, "nsubj:xsubj").stream()
              .anyMatch(s -> g.children(p, "obj").contains(s) && g.lex.intentions.get(g.lemmaOf(s)) == null))) {
        // "accused Y of sowing panic to undermine Z": the parser may hang the reason's infinitive on the verb, with
        // the accused as its subject; it is still what Y is accused of. Not a decision's or a plan's infinitive
        // ("denounced the French decision to arm Z"), which says whose act it is (Intentions).
        return true;
      }
      if (r.equals("amod") && g.pos(cur).equals("VBG") && g.idx(cur) > 0
          && g.toks.get(g.idx(cur) - 1).word().equalsIgnoreCase("of") && g.relToParent(p).equals("nmod:of")
          && accused(g, g.parent(p))) {
        // "accused Chinese companies of supplying Russia": the parser may read the gerund as an adjective of its
        // object, and that object as the accused's "of" phrase; it is still what they are accused of.
        return true;
      }
      if ((r.startsWith("acl") && reason(r) || r.equals("nmod:of") && gerund(g, cur)) && accused(g, p)) {
        // "accused Y of trying to undermine Z", "accused the government of Y of backing Z": the parser may hang the
        // reason on the accused, or on its owner; a gerund it tags as a noun, as a noun's "of" phrase.
        return true;
      }
      if (reporting && p.equals(frame.verb)) {
        return false;
      }
      cur = p;
    }
    return false;
  }
}
