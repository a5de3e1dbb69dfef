package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * A reaction an act prompts answers the act's doer: "Russia vetoed the resolution, prompting France to threaten
 * sanctions" is France's threat toward Russia, as "…, leading Kenya to recall its envoy" is Kenya's toward the doer.
 * The act's verb carries a participle of provoking ({@code provoking-verbs.tsv}) whose infinitive is the reaction's
 * cue; the doer is the subject of the act's verb. Used only when the reaction names no target of its own ("prompting
 * France to condemn Moscow" keeps Moscow), never toward the reacting side itself. A participle of undergoing
 * ({@code undergoers.tsv}) after an act is the act's doer undergoing ("vetoed the draft, drawing a rebuke from
 * France": France against Russia, {@link UndergoneNouns}), also where the parser makes its noun the act's object or
 * sets it beside that object. The one prompted and the reaction are no part of the act's own clause: France is no
 * fallback target of the veto, nor is the rebuke something vetoed. Stateless.
 */
final class Provocations {

  private Provocations() {}

  /** The doer of the act that prompted the reaction {@code cue}, or nothing. */
  static List<ActorSpan> provokers(Graph g, IndexedWord cue, List<ActorSpan> holders) {
    IndexedWord participle = g.parent(cue);
    if (participle == null || !g.relToParent(cue).equals("xcomp") || !provoking(g, participle)
        || PersonObjects.of(g, cue)) {
      return List.of();
    }
    IndexedWord act = act(g, participle);
    for (IndexedWord s : g.children(act, "nsubj")) {
      ActorSpan doer = Antecedents.resolve(g, s, null);
      if (doer != null && holders.stream().noneMatch(h -> g.ctx.actors().related(h.actor(), doer.actor()))) {
        return List.of(doer);
      }
    }
    return List.of();
  }

  /**
   * Whether {@code w} is a participle of provoking hung on the verb of an act: an adverbial clause, or the loose
   * "dep" or "xcomp" a parser makes of one after a comma.
   */
  static boolean provoking(Graph g, IndexedWord w) {
    return act(g, w) != null;
  }

  /**
   * A stance noun the parser hung on the act, with the participle of its undergoing or provoking as its adjective
   * ("shelled the positions, drawing condemnation from Y": no condemnation is shelled; the parser makes the noun an
   * object, a loose modifier or an apposition of the object), or null: the participle, after a comma.
   */
  static IndexedWord misreadParticiple(Graph g, IndexedWord noun) {
    for (IndexedWord a : g.children(noun, "amod")) {
      if (participle(g, a) && g.idx(a) > 0 && g.toks.get(g.idx(a) - 1).word().equals(",")
          && misreadAct(g, noun) != null) {
        return a;
      }
    }
    return null;
  }

  /** The verb a noun with a misread participle hangs on, itself or through the object it is set beside, or null. */
  static IndexedWord misreadAct(Graph g, IndexedWord noun) {
    IndexedWord p = g.parent(noun);
    if (p != null && g.relToParent(noun).equals("appos")) {
      p = g.parent(p);
    }
    return p != null && g.pos(p).startsWith("VB") ? p : null;
  }

  /**
   * The subjects of whoever undergoes or provokes by the verb {@code v}: its own, or, for a participle after an act
   * that has none ("vetoed the draft, drawing a rebuke from Y"), the act's.
   */
  static List<IndexedWord> subjects(Graph g, IndexedWord v) {
    List<IndexedWord> summed = ReactionNouns.summedBy(g, v);
    if (!summed.isEmpty()) {
      // "…, in a move that drew a protest from Y": the move is the act of whoever made it.
      return summed;
    }
    List<IndexedWord> own = g.children(v, "nsubj", "nsubj:pass");
    IndexedWord act = own.isEmpty() ? act(g, v) : null;
    return act == null ? own : g.children(act, "nsubj");
  }

  /** Whether {@code w} is a present participle of provoking or of undergoing ({@code undergoers.tsv}: "drawing"). */
  private static boolean participle(Graph g, IndexedWord w) {
    String l = g.lemmaOf(w);
    return g.pos(w).equals("VBG") && (g.lex.provokingVerbs.contains(l) || g.lex.undergoers.contains(l));
  }

  /**
   * The verb of the act a participle of provoking follows, or null: its head as an adverbial clause, a "dep" or an
   * "xcomp"; or, after a comma, the verb of the object the parser hung it on as a modifier ("sanctioned five officials,
   * prompting Y to …": no official prompts).
   */
  private static IndexedWord act(Graph g, IndexedWord w) {
    IndexedWord head = g.parent(w);
    String r = g.relToParent(w);
    if (head == null || !participle(g, w)) {
      return null;
    }
    if (r.equals("acl") && g.idx(w) > 0 && g.toks.get(g.idx(w) - 1).word().equals(",")
        && g.relToParent(head).equals("obj")) {
      head = g.parent(head);
      r = "advcl";
    }
    IndexedWord main = head;
    for (int d = 0; d < 3 && main != null && timed(g, main); d++) {
      // "Morocco presented a statute, a year after the UN endorsed its plan, drawing rejection from Y": a clause of
      // time is the act's setting; what drew the rejection is the act it sets, up to the next verb.
      main = g.parent(main);
      while (main != null && !g.pos(main).startsWith("VB")) {
        main = g.parent(main);
      }
    }
    head = main != null && main != head ? main : head;
    return g.pos(head).startsWith("VB") && (r.startsWith("advcl") || r.equals("dep") || r.equals("xcomp"))
        ? head : null;
  }

  /**
   * Whether the verb heads a clause of time set on another ("after the UN endorsed …", "since", "before"): its mark is
   * a preposition whose phrase sets an act ({@code relations.tsv} SETTING).
   */
  private static boolean timed(Graph g, IndexedWord v) {
    java.util.Set<String> setting = g.lex.relations(EnglishLexicon.RelationClass.SETTING);
    return g.pos(v).startsWith("VB") && g.relToParent(v).matches("dep|advcl.*") && g.children(v, "mark").stream()
        .anyMatch(m -> setting.contains("obl:" + g.lemmaOf(m).toLowerCase(java.util.Locale.ROOT)));
  }
}
