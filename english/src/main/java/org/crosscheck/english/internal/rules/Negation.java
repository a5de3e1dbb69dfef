package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * Whether a cue is negated along the words it depends on: a negative word on any of them ("not", "never", "no
 * support"), a negated or negative object of a verb on the way up ("has no plan to save", "sees no reason to back",
 * "did nothing to protect"), or a verb that negates its complement ("refrained from supporting", "refused to
 * help"). Two negations cancel. A negation of the speech verb itself ("did not say") is not a negation of what is
 * reported. What a speaker denies is no stance at all ({@link #denied}): "X denies backing Y" says X answers a
 * charge, not that X opposes Y, and a denied attack is no support ("denied shelling the city", like "did not
 * condemn"). Stateless.
 */
final class Negation {

  private Negation() {}

  static boolean negated(Graph g, IndexedWord w, SpeechFrames.Frame frame) {
    EnglishLexicon lex = g.lex;
    // "had no intention of invading Eritrea": a gerund read as the name's adjective depends where its name does.
    IndexedWord object = GerundObjects.object(g, w);
    java.util.List<IndexedWord> chain = Clauses.predication(g, object != null ? object : w, frame);
    int at = chain.indexOf(w);
    if (object == null && at >= 0 && PossessedStances.presupposed(g, w)
        && !(at + 1 < chain.size() && negator(g, chain.get(at + 1)))) {
      // "did not comment on Uganda's support for the rebels": the negation above is the outer subject's; "the end of
      // Russia's support" still ends it.
      chain = chain.subList(0, at + 1);
    }
    boolean neg = shortOf(g, w, chain) ^ refusalOf(g, w, chain);
    IndexedWord below = null;
    for (IndexedWord x : chain) {
      if (frame != null && x.equals(frame.verb)) {
        break;
      }
      for (IndexedWord c : g.children(x, "advmod", "neg", "det", "case", "cc:preconj")) {
        if (lex.is(c.word(), EnglishLexicon.ModalityClass.NEGATION) && !again(g, x) && !undoubted(g, x, below)) {
          neg = !neg;
        }
      }
      if (negativeSubject(g, x, chain) || declined(g, x) || against(g, w, x, below)) {
        neg = !neg;
      }
      if (x != w) {
        for (IndexedWord o : g.children(x, "obj")) {
          if (chain.contains(o)) {
            // Its own negative determiner was counted when the chain passed through it.
            continue;
          }
          if (lex.is(o.word(), EnglishLexicon.ModalityClass.NEGATION)) {
            // "did nothing to protect them": a negative object of the governing verb.
            neg = !neg;
          }
          for (IndexedWord c : g.children(o, "det")) {
            if (lex.is(c.word(), EnglishLexicon.ModalityClass.NEGATION)) {
              neg = !neg;
            }
          }
        }
        // "a deal signed by X and Y has failed to end the war": a verb that negates its complement says nothing of
        // its subject, even a clause.
        boolean subject = below != null && x.equals(g.parent(below)) && g.relToParent(below).startsWith("csubj");
        if (negator(g, x) && !concluded(g, w, below, x) && !subject) {
          neg = !neg;
        }
      }
      below = x;
    }
    return neg;
  }

  /**
   * "proposed a joint force rather than accepting U.S. troops", "backed the plan instead of supporting Y": a verb set
   * against the one chosen ("rather than", "instead of": a negated conjunct or such a phrase) is not done.
   */
  private static boolean declined(Graph g, IndexedWord x) {
    return g.g.incomingEdgeList(x).stream().map(e -> e.getRelation().toString())
        .anyMatch(r -> r.equals("conj:negcc") || r.endsWith(":instead_of") || r.endsWith(":rather_than"));
  }

  /**
   * "warned against trusting Washington", "cautioned against supporting the rebels": a gerund with no subject of its
   * own in an "against" phrase is an act its holder opposes, not one he does.
   */
  private static boolean against(Graph g, IndexedWord w, IndexedWord x, IndexedWord below) {
    return below != null && x.equals(g.parent(below)) && g.pos(w).equals("VBG")
        && g.children(w, "nsubj", "nmod:poss").isEmpty()
        && (g.relToParent(below).equals("obl:against") || g.relToParent(below).equals("advcl:against"));
  }

  /**
   * "stopped short of criticising Y", "fell short of endorsing Y": the words before the cue say the act was not done,
   * however the parser hangs the cue (it may make it a modifier of its object). Where the cue depends on the verb,
   * the verb negates it on the way up already.
   */
  private static boolean shortOf(Graph g, IndexedWord w, java.util.List<IndexedWord> chain) {
    int i = g.idx(w);
    return i >= 3 && g.toks.get(i - 1).word().equalsIgnoreCase("of")
        && g.toks.get(i - 2).word().equalsIgnoreCase("short")
        && g.lex.is(g.lemma(i - 3) + " short", EnglishLexicon.ModalityClass.NEGATOR) && !chain.contains(g.node(i - 3));
  }

  /**
   * "criticised Belgrade's refusal to align with Y": a noun that negates its infinitive ({@code modality.tsv}
   * NEGATOR) just before "to" and the cue negates it, however the parser hangs the infinitive (it may make it the
   * outer verb's complement). Where the cue depends on the noun, the noun negates it on the way up already.
   */
  private static boolean refusalOf(Graph g, IndexedWord w, java.util.List<IndexedWord> chain) {
    int i = g.idx(w);
    return i >= 2 && g.pos(w).startsWith("VB") && g.toks.get(i - 1).word().equalsIgnoreCase("to")
        && g.toks.get(i - 2).tag().startsWith("NN")
        && g.lex.is(g.lemma(i - 2), EnglishLexicon.ModalityClass.NEGATOR) && !chain.contains(g.node(i - 2));
  }

  /**
   * Whether {@code x} is a predicate of doubt whose subject {@code below} is on the way up: "Y's support for Z is not
   * in question" affirms the support, and the negation of the doubt negates nothing in it.
   */
  private static boolean undoubted(Graph g, IndexedWord x, IndexedWord below) {
    return below != null && g.relToParent(below).startsWith("nsubj") && x.equals(g.parent(below))
        && g.lex.is(g.lemmaOf(x), EnglishLexicon.ModalityClass.DOUBT);
  }

  /**
   * "Neither Kenya nor Uganda condemned Y", "not all lawmakers backed Y", "no state should shoot Y": a negative word on
   * the subject of a verb on the way up denies the act of the subject's referents. (The parser hangs the "not" of "not
   * only" on "only", which is no negative word.)
   */
  private static boolean negativeSubject(Graph g, IndexedWord x, java.util.List<IndexedWord> chain) {
    for (IndexedWord s : g.children(x, "nsubj", "nsubj:pass")) {
      if (chain.contains(s)) {
        continue;
      }
      for (IndexedWord c : g.children(s, "advmod", "det", "cc:preconj")) {
        if (g.lex.is(c.word(), EnglishLexicon.ModalityClass.NEGATION)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code x} is an occasion counted by an ordinal ("not the first time"), whose negation means "again". */
  private static boolean again(Graph g, IndexedWord x) {
    return g.lex.is(g.lemmaOf(x), EnglishLexicon.ModalityClass.OCCASION) && g.children(x, "amod").stream()
        .anyMatch(a -> g.lex.is(g.lemmaOf(a), EnglishLexicon.ModalityClass.ORDINAL));
  }

  /** Whether {@code x} negates its complement, by its lemma or with its particle ("called off its visit"). */
  private static boolean negator(Graph g, IndexedWord x) {
    return g.lex.is(g.lemmaOf(x), EnglishLexicon.ModalityClass.NEGATOR) || g.phrasalNegator(x);
  }

  /**
   * "Blinken's visit to China ended on Friday", "the talks ended late", "the leaders ended two days of talks": a visit
   * or talks ({@code visits.tsv} PURPOSE or MEETING) that are the subject of the verb of ending, or measured out in
   * its object, only came to their close; the verb negates what it takes as complement ("ended its support", "ended
   * talks with Y"), not such a cue.
   */
  private static boolean concluded(Graph g, IndexedWord cue, IndexedWord below, IndexedWord x) {
    if (below == null || !x.equals(g.parent(below))) {
      return false;
    }
    EnglishLexicon.VisitClass v = g.lex.visits.get(g.lemmaOf(cue).toLowerCase(java.util.Locale.ROOT));
    String r = g.relToParent(below);
    // "ended two days of talks": talks measured out are talks held to their end; "ended talks with Y" broke them off.
    boolean measured = r.equals("obj") && g.children(below, "nmod:of").contains(cue);
    return (r.startsWith("nsubj") || measured)
        && (v == EnglishLexicon.VisitClass.PURPOSE || v == EnglishLexicon.VisitClass.MEETING);
  }

  /**
   * Whether the cue is a duty its holder fails ("the police failed to protect Roma families", DUTY in {@code
   * conduct-verbs.tsv}): a neglect, which a speaker may hold against the holder ({@link Evaluations}), but no stance
   * of the holder against those it fails.
   */
  static boolean neglected(Graph g, IndexedWord w) {
    IndexedWord up = g.parent(w);
    if (!g.pos(w).startsWith("VB") || g.lex.conduct.get(g.lemmaOf(w)) != EnglishLexicon.ConductClass.DUTY) {
      return false;
    }
    int i = g.idx(w);
    // "accused the mission of failing to protect civilians": the parser may hang the infinitive on the outer verb;
    // the words still say whose failure it is.
    boolean adjacent = i >= 2 && g.toks.get(i - 1).word().equalsIgnoreCase("to")
        && g.lex.conduct.get(g.lemma(i - 2)) == EnglishLexicon.ConductClass.FAIL;
    return adjacent || up != null && g.relToParent(w).equals("xcomp")
        && g.lex.conduct.get(g.lemmaOf(up)) == EnglishLexicon.ConductClass.FAIL;
  }

  /**
   * "has yet to recognise Y", "is yet to sign the deal with Y", "the only state yet to sign it": an act still to come,
   * the cue as an infinitive after an adverb of what is pending ({@code modality.tsv} PENDING), claims neither the act
   * nor its refusal.
   */
  static boolean pending(Graph g, IndexedWord w) {
    int i = g.idx(w);
    return i >= 2 && g.toks.get(i - 1).word().equalsIgnoreCase("to")
        && g.lex.is(g.toks.get(i - 2).word(), EnglishLexicon.ModalityClass.PENDING);
  }

  /**
   * Whether an adverb on the cue says the act is rare ("has rarely criticised Y", "seldom praises Y"): neither a
   * claim of the act nor of its denial.
   */
  static boolean infrequent(Graph g, IndexedWord w) {
    return g.children(w, "advmod").stream()
        .anyMatch(c -> g.lex.is(c.word(), EnglishLexicon.ModalityClass.INFREQUENT));
  }

  /**
   * Whether the cue is what a speaker denies: "X denied that it had armed Y", "X denies backing Y", "X rejected the
   * accusation that it had armed Y" ({@link Allegations}).
   */
  static boolean denied(Graph g, SpeechFrames.Frame frame) {
    return frame != null && frame.verb != null
        && (g.lex.is(g.lemmaOf(frame.verb), EnglishLexicon.ModalityClass.NEGATOR)
            || Allegations.rejects(g, frame.verb));
  }
}
