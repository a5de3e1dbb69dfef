package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ClaimDraft;

/**
 * A judgement of someone, where the grammar makes one actor evaluate another with a strongly subjective word of
 * known polarity (MPQA, {@code mpqa-evaluative.tsv}); prior polarity alone is never a stance:
 *
 * <ul>
 *   <li>a predicate in what a speaker reports: "X said Y was a disgrace" (X against Y), "X said Y had been
 *       courageous" (X for Y); or a verb judging its subject's conduct, or a deed judged by its object ({@code
 *       conduct-verbs.tsv}: "X said Y was lying", "X said Y had done an excellent job", "X said Y's
 *       actions amounted to genocide");
 *   <li>a naming verb's predicate ({@code evaluation-verbs.tsv}): "X called Y a liar", "X described Y as reckless",
 *       "X called Y a terrorist group" (a plain noun judged by its adjective);
 *   <li>an adverb of unlawful manner on a verb in what a speaker reports ({@link NormJudgements}): "X said Y had
 *       illegally seized the island" (X against Y).
 * </ul>
 *
 * A negated predicate ("was not a traitor") makes no claim, nor one that a modifier of the opposite polarity turns
 * ("a haven for terrorists"), nor a feeling told ("X said Y were afraid", {@code feeling-adjectives.tsv}) or a
 * readiness ("X said Y was willing to talk"), nor a tie of the subject's own to someone ("X said Y was friends to
 * all", {@code stance-agents.tsv}).
 * Stateless.
 */
final class Evaluations {

  private Evaluations() {}

  static void read(Graph g, Map<Integer, SpeechFrames.Frame> frames) {
    for (int i = 0; i < g.size(); i++) {
      IndexedWord p = g.node(i);
      if (p == null || g.named(i)) {
        continue;
      }
      Optional<Stance> polarity = polarity(g, p);
      if (polarity.isEmpty() && ReportedDeeds.accusation(g, p, frames)) {
        // "X said Y had shelled its villages": a deed the speaker reports against its side or civilians accuses Y.
        polarity = Optional.of(Stance.OPPOSE);
      }
      if (polarity.isEmpty() || negated(g, p) || contradicted(g, p, polarity.get())) {
        continue;
      }
      IndexedWord v = g.parent(p);
      String r = g.relToParent(p);
      if (g.pos(p).startsWith("NN") && g.lex.conductNouns.contains(g.lemmaOf(p))) {
        owned(g, p, frames);
      }
      if (!g.children(p, "cop").isEmpty() && !aimed(g, p) || g.pos(p).startsWith("VB")) {
        reported(g, p, p, polarity.get(), frames);
      } else if (v != null && judgesSubject(g, v, r)) {
        reported(g, p, v, polarity.get(), frames);
      } else if (v != null && NormJudgements.manner(g, p)) {
        // "X said Y had illegally seized the island": the manner judges the subject of the verb it modifies.
        reported(g, p, v, polarity.get(), frames);
      }
      if (v != null && g.pos(v).startsWith("VB") && g.lex.evaluationVerbs.contains(g.lemmaOf(v))
          && (r.equals("xcomp") || r.equals("obl:as") || r.equals("advcl:as")
              // "branded the rebels terrorists", read as a clause without a verb
              || r.equals("ccomp") && g.pos(p).startsWith("NN") && g.children(p, "cop").isEmpty()
              || r.equals("obj") && (!g.children(v, "iobj").isEmpty() || misreadJudged(g, p) != null))) {
        named(g, v, p, polarity.get());
      }
    }
  }

  /**
   * "X said Y was a disgrace", "…Y is lying", "…Y has done an excellent job": the speaker judges the subject of
   * {@code clause}, the predicate or the verb whose object {@code p} is.
   */
  private static void reported(Graph g, IndexedWord p, IndexedWord clause, Stance stance,
      Map<Integer, SpeechFrames.Frame> frames) {
    List<SpeechFrames.Frame> around = SpeechFrames.around(g.idx(p), frames);
    if (around.isEmpty() || around.get(0).speaker == null || around.get(0).analyst) {
      return;
    }
    SpeechFrames.Frame f = around.get(0);
    if (OpenJudgements.unmade(g, clause, f)) {
      return;
    }
    for (IndexedWord s : g.children(clause, "nsubj")) {
      ActorSpan target = Targets.in(g, s, 0, List.of(f.speaker));
      if (target == null) {
        // '"Baku wants a pretext," said X. "They have lied before."': the subject the quotation had.
        target = QuoteContinuations.referent(g, s, f);
      }
      if (target == null) {
        // '"They are cowards," X said, referring to Y': whom the narrator says the quotation is about.
        target = ReferredTargets.of(g, s, List.of(f.speaker));
      }
      if (target == null && f.verb != null && g.lex.is(s.word(), EnglishLexicon.PronounClass.REFERRING)) {
        // '"He is a liar," X said of Y': whom a statement is said of is whom its pronoun stands for.
        target = g.children(f.verb, "obl:of").stream().map(o -> Targets.in(g, o, 0, List.of(f.speaker)))
            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
      }
      if (target == null) {
        // '"The closure is illegal," X said': the deed the article told, with its doer.
        target = JudgedDeeds.ofSubject(g, s, f.speaker);
      }
      if (target != null && !target.actor().id().equals(f.speaker.actor().id())) {
        emit(g, f.speaker, target, stance, p, f.speaker, true);
      }
    }
  }

  /**
   * '"Y's reckless actions threaten the region," X said': an evaluative adjective on a noun of conduct ({@code
   * conduct-nouns.tsv}) judges the doer its possessor or "of"/"by" phrase names, the speaker being the judge.
   */
  private static void owned(Graph g, IndexedWord p, Map<Integer, SpeechFrames.Frame> frames) {
    List<SpeechFrames.Frame> around = SpeechFrames.around(g.idx(p), frames);
    if (around.isEmpty() || around.get(0).speaker == null || around.get(0).analyst) {
      return;
    }
    SpeechFrames.Frame f = around.get(0);
    Optional<Stance> stance = Optional.empty();
    for (IndexedWord a : g.children(p, "amod")) {
      if (g.pos(a).startsWith("JJ") && !negated(g, a)) {
        stance = stance.or(() -> g.lex.polarity(g.lemmaOf(a), true));
      }
    }
    if (stance.isEmpty()) {
      return;
    }
    for (IndexedWord d : g.children(p, "nmod:poss", "nmod:of", "nmod:by")) {
      ActorSpan target = Targets.in(g, d, 0, List.of(f.speaker));
      if (target != null && !target.actor().id().equals(f.speaker.actor().id())) {
        emit(g, f.speaker, target, stance.get(), p, f.speaker, true);
        return;
      }
    }
  }

  /** "X called Y a liar": the subject judges the object. */
  private static void named(Graph g, IndexedWord v, IndexedWord p, Stance stance) {
    for (IndexedWord s : g.children(v, "nsubj")) {
      ActorSpan holder = Antecedents.resolve(g, s, null);
      if (holder == null) {
        continue;
      }
      // UD reads "called Y a liar" as a small clause: Y is the predicate's subject, or the verb's object; the parser
      // may also read it as two objects ("designated Y a terrorist group": Y the indirect one).
      List<IndexedWord> judged = new java.util.ArrayList<>(g.children(v, "obj", "iobj"));
      judged.remove(p);
      judged.addAll(g.children(p, "nsubj"));
      IndexedWord compound = misreadJudged(g, p);
      if (compound != null) {
        judged.add(compound);
      }
      boolean found = false;
      for (IndexedWord o : judged) {
        ActorSpan target = Targets.in(g, o, 0, List.of(holder));
        if (target != null) {
          emit(g, holder, target, stance, p, null, false);
          found = true;
        }
      }
      // "Togo described the tariffs as discriminatory": the tariffs were told just before, with who imposed them.
      ActorSpan doer = found ? null : JudgedDeeds.doer(g, v, p, holder);
      if (doer != null) {
        emit(g, holder, doer, stance, p, null, false);
      }
    }
  }

  /**
   * "called the protesters criminals": the parser may read the judged and the predicate as one noun, the judged as a
   * compound of the predicate. A plural noun is hardly ever a compound's first part ("war criminals"), so a plural
   * compound of the predicate is the one judged.
   */
  static IndexedWord misreadJudged(Graph g, IndexedWord p) {
    return g.children(p, "compound").stream().filter(c -> g.pos(c).equals("NNS")).findFirst().orElse(null);
  }

  private static void emit(Graph g, ActorSpan holder, ActorSpan target, Stance stance, IndexedWord cue,
      ActorSpan speaker, boolean reported) {
    g.ctx.emit(ClaimDraft.builder(holder, stance, StanceCues.text(g, cue), g.idx(cue))
        .target(Optional.of(target)).speaker(Optional.ofNullable(speaker))
        .report(reported ? ClaimDraft.Report.NAMED : ClaimDraft.Report.NARRATED)
        .direct(g.ctx.inQuotes(g.toks.get(g.idx(cue)).begin())).nominalCue(true).build());
  }

  /**
   * Whether the verb makes its argument by {@code rel} a judgement of its subject: the object of a deed ("has done an
   * excellent job"), the object or "to" phrase of a verb that equates ("amounted to genocide"); not when negated.
   */
  private static boolean judgesSubject(Graph g, IndexedWord v, String rel) {
    EnglishLexicon.ConductClass c = g.pos(v).startsWith("VB") ? g.lex.conduct.get(g.lemmaOf(v)) : null;
    return (c == EnglishLexicon.ConductClass.DEED && rel.equals("obj")
        || c == EnglishLexicon.ConductClass.AMOUNT && (rel.equals("obj") || rel.equals("obl:to"))) && !negated(g, v);
  }

  /**
   * "The army said the raids were against terrorists": a predicate opened by a preposition of aim ({@code
   * aim-prepositions.tsv}) tells what the deed was aimed at; its word judges that, not the deed nor its doer.
   */
  private static boolean aimed(Graph g, IndexedWord p) {
    return g.children(p, "case").stream()
        .anyMatch(c -> g.lex.aimPrepositions.contains(c.word().toLowerCase(java.util.Locale.ROOT)));
  }

  private static Optional<Stance> polarity(Graph g, IndexedWord p) {
    String tag = g.pos(p);
    if (tag.startsWith("VB")) {
      // "Y is lying", "Y has failed its people": a verb judging its subject's conduct, always negative.
      EnglishLexicon.ConductClass c = g.lex.conduct.get(g.lemmaOf(p));
      return c == EnglishLexicon.ConductClass.LIE
          || c == EnglishLexicon.ConductClass.FAIL && (!g.children(p, "obj").isEmpty()
          && g.children(p, "xcomp").isEmpty() || failedDuty(g, p)) ? Optional.of(Stance.OPPOSE) : Optional.empty();
    }
    if (tag.startsWith("JJ")) {
      // "X said Y were afraid to speak": a feeling told is no judgement ({@code feeling-adjectives.tsv}); nor "X said
      // Y was willing to talk": Y's own readiness to act (WILLING in {@code modality.tsv}), whatever MPQA says of it.
      return g.lex.feelingAdjectives.contains(g.lemmaOf(p).toLowerCase(java.util.Locale.ROOT))
          || g.lex.is(g.lemmaOf(p), EnglishLexicon.ModalityClass.WILLING) ? Optional.empty()
          : g.lex.polarity(g.lemmaOf(p), true);
    }
    if (NormJudgements.manner(g, p)) {
      return Optional.of(Stance.OPPOSE);
    }
    if ((tag.equals("NN") || tag.equals("NNS")) && g.lex.stanceAgents.contains(g.lemmaOf(p))
        && !g.children(p, "nmod:to", "nmod:of", "nmod:with").isEmpty()) {
      // "Y is friends to all", "Y is an ally of Z": Y's own tie to someone, no judgement of Y by the speaker.
      return Optional.empty();
    }
    if (tag.equals("NN") || tag.equals("NNS")) {
      Optional<Stance> own = g.lex.polarity(g.lemmaOf(p), false);
      if (own.isPresent()) {
        return own;
      }
      // "a terrorist group", "a great friend": a plain noun judged by its adjective; "a terror state", "a pariah
      // state": or by the noun before it. Not a noun of stance aimed at someone ("a stern warning to Y", "strong
      // support for Y"): its adjective says how strongly the stance is taken, not what the speaker thinks of the one
      // described ("an illegal occupation", aimed at no one named, judges it).
      if (g.lex.stanceNouns.containsKey(g.lemmaOf(p).toLowerCase(java.util.Locale.ROOT))
          && !g.children(p, g.lex.relations(EnglishLexicon.RelationClass.NOUN_TARGET)).isEmpty()) {
        return Optional.empty();
      }
      for (IndexedWord a : g.children(p, "amod", "compound")) {
        boolean adjective = g.pos(a).startsWith("JJ");
        if (adjective && NormJudgements.classifies(g, a)) {
          continue;
        }
        if (adjective || g.pos(a).equals("NN") && g.relToParent(a).equals("compound")) {
          Optional<Stance> mod = g.lex.polarity(g.lemmaOf(a), adjective);
          if (mod.isPresent()) {
            return mod;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Y had failed to protect the villagers", "Y is failing to obey the courts": a failure to do what is owed (DUTY in
   * {@code conduct-verbs.tsv}) is a fault of Y's; "Y failed to reach a deal", "failed to qualify" name no fault.
   */
  private static boolean failedDuty(Graph g, IndexedWord p) {
    return g.children(p, "xcomp").stream().anyMatch(x -> g.pos(x).startsWith("VB")
        && g.lex.conduct.get(g.lemmaOf(x)) == EnglishLexicon.ConductClass.DUTY && !negated(g, x));
  }

  /**
   * "a haven for terrorists", "a champion of repression": a modifier of the opposite polarity turns the word, so the
   * word's own polarity says nothing.
   */
  private static boolean contradicted(Graph g, IndexedWord p, Stance polarity) {
    for (IndexedWord c : g.children(p, "nmod:for", "nmod:of", "amod", "compound", "acl", "acl:relcl")) {
      if (polarity(g, c).filter(x -> x != polarity).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean negated(Graph g, IndexedWord p) {
    if (g.lex.is(p.word(), EnglishLexicon.ModalityClass.NEGATION)) {
      // "X said Y had done nothing improper": what is judged is nothing; Y is defended, not blamed.
      return true;
    }
    for (IndexedWord c : g.children(p, "advmod", "neg", "det")) {
      if (g.lex.is(c.word(), EnglishLexicon.ModalityClass.NEGATION)) {
        return true;
      }
    }
    return false;
  }
}
