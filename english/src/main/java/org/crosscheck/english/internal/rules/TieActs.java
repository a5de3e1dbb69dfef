package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Stance;
import org.crosscheck.english.internal.rules.EnglishLexicon.TieClass;
import org.crosscheck.spi.Token;

/**
 * What a party does to its ties or its agreements with another ({@code tie-acts.tsv}): a verb that takes a noun of a
 * tie (BOND: "ties", "relations", "cooperation") or of an agreement (PACT: "accord", "pact") as its object is the
 * stance toward the partner the noun names, whatever the noun's own stance says. To put the tie in question (DOUBT:
 * "would reconsider relations with Y"; REVIEW only the holder's own: "Morocco said it would review its agreements
 * with Algeria", not "the ministers reviewed bilateral relations with Y" at a meeting, nor "parliament will review
 * the agreement with Y" before a vote) or to lessen it (CUT: "downgraded relations with Y", "put the accord with Y on
 * hold") opposes the partner; to restore or build it (MEND: "resumed cooperation with Y", "upgraded ties with Y")
 * supports it. A doubt is no mutual act: "X and Y reviewed their agreement" is a joint review, no doubt of either.
 * A noun of a tie that such a verb takes is no support of its own: the verb says what becomes of it. Aid given (AID:
 * "aid", "assistance", "support") is acted on the same way, but only to its loss: aid doubted ("would reconsider its
 * aid to Mali": a threat to cut it) or lessened by a verb that does not negate it already ("put its aid on hold")
 * opposes the recipient, when the aid is the actor's own (not "questioned Germany's aid to Y"); aid only reviewed
 * names no stance; aid resumed or raised, or frozen or cut (modality's negators), is the noun's own reading. A verb
 * that sets terms for a tie or for aid (TERMS: "conditioned its aid to Kenya on reforms") names no stance either: the
 * support is put under a demand, not given. Stateless.
 */
final class TieActs {

  private TieActs() {}

  /**
   * The stance the verb {@code v} takes toward the partner of the tie it acts on, or null when it acts on none, or
   * only on a noun that says the same stance itself ("resumed cooperation with Y": the noun's claim, which finds its
   * target as a noun does, is the one kept).
   */
  static Stance stance(Graph g, IndexedWord v) {
    TieClass act = act(g, v);
    if (act == null) {
      return null;
    }
    for (IndexedWord o : g.children(v, "obj", "nsubj:pass")) {
      TieClass kind = g.lex.tieActs.get(g.lemmaOf(o).toLowerCase(Locale.ROOT));
      if (kind == TieClass.AID) {
        if (lost(g, act, v) && holderOwn(g, o)) {
          return Stance.OPPOSE;
        }
        continue;
      }
      if (kind != TieClass.BOND && kind != TieClass.PACT || act == TieClass.TERMS || said(g, act, o)) {
        continue;
      }
      if (act == TieClass.REVIEW && !own(g, o)) {
        // A review is a threat only to one's own ties ("its agreements with Y"); a stronger doubt to any tie.
        continue;
      }
      return act == TieClass.MEND ? Stance.SUPPORT : Stance.OPPOSE;
    }
    return null;
  }

  /** Whether the verb {@code v} cuts or mends a tie, which then holds between its conjoined subjects both ways. */
  static boolean mutual(Graph g, IndexedWord v) {
    TieClass act = act(g, v);
    return act != TieClass.DOUBT && act != TieClass.REVIEW && stance(g, v) != null
        && g.children(v, "obj", "nsubj:pass").stream().anyMatch(o -> tie(g, o));
  }

  /**
   * Whether the noun {@code noun} is a tie or an agreement that a verb of {@code tie-acts.tsv} acts on otherwise than
   * the noun says alone: a tie doubted, cut, or only reviewed, is no support of the partner.
   */
  static boolean actedOn(Graph g, IndexedWord noun) {
    IndexedWord v = g.parent(noun);
    String r = g.relToParent(noun);
    boolean aid = aid(g, noun);
    if (!tie(g, noun) && !aid || v == null) {
      return false;
    }
    if (r.equals("nmod:of") && g.pos(v).startsWith("NN")) {
      // "called for a review of its agreements with Y": the act named as a noun puts the tie in question too.
      TieClass act = g.lex.tieActs.get(g.lemmaOf(v).toLowerCase(Locale.ROOT));
      return act == TieClass.REVIEW || act == TieClass.DOUBT || act == TieClass.CUT;
    }
    TieClass act = (r.equals("obj") || r.equals("nsubj:pass")) ? act(g, v) : null;
    if (aid) {
      // "would review its aid to Y", "conditioned its aid on reforms": no support given; "resumed its aid to Y",
      // "froze its aid to Y" (a negator's object) keep the noun's reading, and so does another's aid acted on
      // ("lawmakers questioned Germany's aid to Y": Germany's aid is still given).
      return (act == TieClass.REVIEW || act == TieClass.TERMS || lost(g, act, v)) && holderOwn(g, noun);
    }
    return act != null && !said(g, act, noun);
  }

  /** Whether the act {@code act} of the verb {@code v} puts aid in doubt or lessens it, not by a negator. */
  private static boolean lost(Graph g, TieClass act, IndexedWord v) {
    return act == TieClass.DOUBT
        || act == TieClass.CUT && !g.lex.is(g.lemmaOf(v), EnglishLexicon.ModalityClass.NEGATOR);
  }

  /**
   * Whether the aid is the acting verb's subject's own: "its aid", or aid whose giver the text does not name ("aid to
   * Y"); not "Germany's aid", "U.S. aid" or "American aid", which their giver gives whatever another does to them.
   */
  private static boolean holderOwn(Graph g, IndexedWord noun) {
    return own(g, noun) || g.children(noun, "nmod:poss").isEmpty() && g.children(noun, "compound", "amod").stream()
        .noneMatch(g::namesActor);
  }

  static boolean aid(Graph g, IndexedWord noun) {
    return g.lex.tieActs.get(g.lemmaOf(noun).toLowerCase(Locale.ROOT)) == TieClass.AID;
  }

  /**
   * Whether the noun is a tie its possessor holds with no partner named ("their accord", "its partnership"): a tie
   * both sides share, or one with a party the sentence leaves out, is no stance toward another actor it happens to
   * name ("officials from X and Y reviewed progress on their accord").
   */
  static boolean unpartnered(Graph g, IndexedWord noun) {
    IndexedWord v = g.parent(noun);
    return tie(g, noun) && own(g, noun) && !partnered(g, noun) && (v == null || !partnered(g, v));
  }

  /**
   * Whether token {@code i} may be a verb acting on a tie the sentence names, alone or as the first word of a phrase
   * ("downgraded relations", "scaled back ties"): the light pass lets its sentence through, for the deep reading to
   * decide. A verb with no tie noun in its sentence ("renewed the lease") is none.
   */
  static boolean mayAct(EnglishLexicon lex, List<Token> toks, int i) {
    String lemma = toks.get(i).lemma();
    if (!toks.get(i).tag().startsWith("VB") || toks.stream().noneMatch(t -> noun(lex.tieActs.get(t.lemma())))) {
      return false;
    }
    return EnglishLexicon.opens(lex.tieActs, c -> !noun(c), lemma);
  }

  private static boolean tie(Graph g, IndexedWord noun) {
    TieClass kind = g.lex.tieActs.get(g.lemmaOf(noun).toLowerCase(Locale.ROOT));
    return kind == TieClass.BOND || kind == TieClass.PACT;
  }

  /** Whether the word names the other party: "relations with Y", "the accord between X and Y". */
  private static boolean partnered(Graph g, IndexedWord w) {
    return !g.children(w, "nmod:with", "nmod:between", "obl:with", "obl:between").isEmpty();
  }

  /**
   * Whether the noun already says the verb's stance: a mended tie that is a noun of support and names its partner
   * ("deepen its partnership with both countries"); where the parser hangs the partner on the verb ("expanded its
   * alliance with Y") or none is named ("X and Y expanded their alliance"), the verb speaks.
   */
  private static boolean said(Graph g, TieClass act, IndexedWord noun) {
    return act == TieClass.MEND && g.lex.stanceNouns.get(g.lemmaOf(noun)) == Stance.SUPPORT && partnered(g, noun);
  }

  /** The class of the verb by its lemma, its lemma and particle, or its lemma and an oblique ("put on hold"). */
  private static TieClass act(Graph g, IndexedWord v) {
    if (!g.pos(v).startsWith("VB")) {
      return null;
    }
    String lemma = g.lemmaOf(v).toLowerCase(Locale.ROOT);
    TieClass c = verbClass(g, lemma);
    for (IndexedWord p : g.children(v, "compound:prt", "advmod")) {
      c = c != null ? c : verbClass(g, lemma + " " + p.word().toLowerCase(Locale.ROOT));
    }
    for (IndexedWord n : g.children(v, "obl:")) {
      String rel = g.relToParent(n);
      c = c != null || !rel.startsWith("obl:") ? c
          : verbClass(g, lemma + " " + rel.substring(4) + " " + g.lemmaOf(n).toLowerCase(Locale.ROOT));
    }
    return c;
  }

  private static TieClass verbClass(Graph g, String key) {
    TieClass c = g.lex.tieActs.get(key);
    return noun(c) ? null : c;
  }

  /** Whether the class is one of nouns acted on: a tie, an agreement or aid. */
  private static boolean noun(TieClass c) {
    return c == TieClass.BOND || c == TieClass.PACT || c == TieClass.AID;
  }

  /** Whether the noun's possessor is a possessive pronoun, the holder's own: "its agreements with Y". */
  private static boolean own(Graph g, IndexedWord noun) {
    return OwnedGroups.pronounOwned(g, noun);
  }
}
