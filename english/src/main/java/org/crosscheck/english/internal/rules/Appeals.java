package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * What someone asks of another is their own stance toward whom the act asked for is aimed at: "X urged the EU to
 * punish Y" is X opposing Y, "X called on the court to free Y" is X supporting Y (ASK verbs in {@code
 * governors.tsv}). The one asked is no party to the stance: nothing is said of whether the EU punishes Y. Only an
 * act asked for directly (the verb's own infinitive or reported clause, or the noun a light verb in it takes:
 * "urged Y to impose sanctions on Z"), with a stance and a named target. Negation works as elsewhere: "urged Y not
 * to recognise Z" opposes Z, "urged Y not to attack Z" says nothing of Z. Not when the asking is itself governed
 * ("accused X of urging Y to attack Z" is what another says of X), nor when the act is passive or governs another
 * act ("called for Y to be allowed to leave Z": what Z undergoes is not said). A contact asked for ("urged witnesses
 * to contact the police", "urged Y to meet Z") is none of the asker's own: it gives no claim toward Z. Stateless.
 */
final class Appeals {

  private Appeals() {}

  /**
   * Whether the verb {@code act} is an infinitive the parser hung on the ones an appeal asks ("called on shopkeepers
   * to boycott Y", read as shopkeepers "to boycott"): still the act asked for, not theirs.
   */
  static boolean hungOnAsked(Graph g, IndexedWord act) {
    IndexedWord p = g.parent(act);
    IndexedWord asking = p == null ? null : g.parent(p);
    return asking != null && g.relToParent(act).equals("acl:to")
        && g.verbOf(asking, EnglishLexicon.GovernorClass.ASK) && AppealAddressees.asked(g, asking).contains(p);
  }

  /** The asking verb whose own act the cue is, if any. */
  static Optional<IndexedWord> asking(Graph g, StanceCues.Cue cue, SpeechFrames.Frame frame) {
    if (cue.stance() == Stance.NEUTRAL || mutual(g, cue)) {
      return Optional.empty();
    }
    IndexedWord act = cue.head();
    IndexedWord p = g.parent(act);
    if (cue.nominal() && p != null && g.relToParent(act).equals("obj") && g.lex.lightVerbs.contains(g.lemmaOf(p))) {
      act = p;
      p = g.parent(act);
    }
    String r = g.relToParent(act);
    if (hungOnAsked(g, act)) {
      p = g.parent(p);
      r = "xcomp";
    }
    if (p == null || frame != null && act.equals(frame.verb) || !(g.verbOf(p, EnglishLexicon.GovernorClass.ASK)
        || r.equals("xcomp") && Warnings.asksOf(g, p))
        || !(r.equals("xcomp") || r.startsWith("advcl:to") || r.startsWith("ccomp"))
        // The asking verb may frame speech itself, so the climb from it stops at no frame.
        || Complements.governed(g, p, null)
        || !g.children(cue.head(), "xcomp", "ccomp", "aux:pass", "nsubj:pass").isEmpty()) {
      return Optional.empty();
    }
    if (cue.stance() == Stance.SUPPORT && g.governs(act, EnglishLexicon.GovernorClass.WITHDRAW)) {
      // "urged Y to withdraw its soldiers from Z": a pull-back asked for presses the one asked; whom it would leave is
      // the ground of the request, not whom the asker stands with. A break asked for ("urged Y to recall its envoy
      // from Z") is the asker's own opposition to Z.
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /**
   * Whether the act asked for is a tie between the one asked and the target ({@code symmetric.tsv}): "urged Y to
   * cooperate with Z" asks Y and Z to work together and tells nothing of the asker toward Z, where "urged Y to back
   * Z" does. A hostile tie ("urged Y to fight Z") still sets the asker against Z.
   */
  private static boolean mutual(Graph g, StanceCues.Cue cue) {
    return cue.stance() == Stance.SUPPORT
        && (g.lex.symmetric.contains(g.lemmaOf(cue.head())) || g.lex.symmetric.contains(cue.key()));
  }

  /** Who asks: the speaker when the asking verb frames speech ("the League's chief urged …"), else its subject. */
  static List<ActorSpan> holders(Graph g, IndexedWord asking, SpeechFrames.Frame frame) {
    if (frame != null && asking.equals(frame.verb) && frame.speaker != null) {
      return List.of(frame.speaker);
    }
    return Holders.of(g, asking, false, frame);
  }

  /** The targets of the act asked for, without the one asked and without the holders. */
  static List<ActorSpan> targets(Graph g, StanceCues.Cue cue, IndexedWord asking, SpeechFrames.Frame frame,
      List<ActorSpan> holders) {
    java.util.Set<Integer> asked = new java.util.HashSet<>();
    for (IndexedWord a : g.children(asking, "obj", "iobj", "obl:on", "obl:upon")) {
      g.collect(a, asked, 0);
    }
    // "urged Kenya not to hand X over": the person delivered is no target, whom he goes to is (Handovers).
    List<ActorSpan> found = !cue.nominal() && Handovers.delivered(g, cue.head()) != null
        ? Handovers.recipients(g, cue.head()) : Targets.of(g, cue.head(), cue.nominal(), frame, holders);
    return found.stream()
        .filter(t -> !asked.contains(t.first()) && !asked.contains(t.last())
            && holders.stream().noneMatch(h -> h.actor().id().equals(t.actor().id())))
        .toList();
  }
}
