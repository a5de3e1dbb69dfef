package org.crosscheck.english.internal.rules;

import java.util.List;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * Which sentences deserve the named-entity tagger and the parser: those with a stance or speech cue among their
 * lemmas (curated lists and phrases, a verb of refusal, a verb of the CAMEO event dictionary or one of its patterns,
 * an arrival for talks, a court's act a later "the ruling" may recall: {@link RecalledDecisions})
 * and something that can be an actor (a catalog mention, a pronoun that can stand for one, a group noun that can
 * act alone such as "protesters" or "police", "the junta" or "the army" once the article has named whose it is
 * ({@link RecalledInstitutions}),
 * or a capitalised word after the first); a quoted sentence that goes on an earlier voice's quotation
 * ({@link QuoteContinuations}) counts a word that judges as a cue. Everything else is read by
 * the light pass only. Notes each sentence in the article's memory ({@link PreviousSentence}, {@link
 * TitleReferences}); otherwise stateless.
 */
public final class CandidateFilter {

  private CandidateFilter() {}

  /** Whether the sentence of the light pass can hold a claim. */
  public static boolean isCandidate(SentenceContext<EnglishSentence> ctx, EnglishLexicon lex) {
    // Every sentence of the light pass comes here: noted, read deeply or not, for the descriptions and pronouns of
    // the next one.
    PreviousSentence.note(ctx, lex);
    ArticleParties.note(ctx, lex);
    RecalledInstitutions.remember(ctx, lex);
    TitleReferences.note(ctx, lex);
    List<Token> toks = ctx.tokens();
    boolean cue = false;
    for (int i = 0; i < toks.size() && !cue; i++) {
      Token t = toks.get(i);
      String l = t.lemma();
      cue = lex.stanceVerbs.containsKey(l) || lex.stanceNouns.containsKey(l) || lex.speechVerbs.containsKey(l)
          || lex.governors.get(l) == EnglishLexicon.GovernorClass.REFUSAL
          || t.tag().startsWith("VB") && lex.evaluationVerbs.contains(l)
          || t.tag().startsWith("VB") && lex.decisions.get(l).contains(EnglishLexicon.DecisionClass.RULING)
          || TieActs.mayAct(lex, toks, i)
          // "was \"concerned\" by Y": an adjective the tagger gives its own lemma (FeltStimuli).
          || lex.feltParticiples.contains(t.word().toLowerCase(java.util.Locale.ROOT))
          || t.tag().startsWith("VB") && (lex.events.cue(l)
              || lex.events.patternCue(l) && (opposing(lex, l, following(toks, i))
                  || opposing(lex, l, PatternWindows.afterContainer(toks, i, 8, lex.containerNouns))))
          || phraseAt(toks, i, lex) || arrivalFor(toks, i, lex) || undergoneAt(toks, i, lex)
          || peaceMissionAt(toks, i, lex) || Obstructions.mayStop(toks, i, lex) || Listings.mayList(toks, i, lex)
          || LeftBodies.mayLeave(toks, i, ctx.mentions(), lex);
    }
    if (!cue && QuoteContinuations.mayContinue(ctx)) {
      // A quotation going on a voice before it has no speech verb: a judgement in it is the cue.
      for (int i = 0; i < toks.size() && !cue; i++) {
        cue = judging(toks.get(i), lex);
      }
    }
    if (!cue) {
      return false;
    }
    if (!ctx.mentions().isEmpty()) {
      return true;
    }
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).word();
      String[] group = lex.groupNouns.get(toks.get(i).lemma());
      if (lex.is(w, EnglishLexicon.PronounClass.ACTOR_LIKE)
          || i > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
          || group != null && (group[1].equals("ALONE") || group[1].equals("COUNTED") && counted(toks, i, lex))
          || lex.institutionNouns.containsKey(toks.get(i).lemma())
              && RecalledInstitutions.recalled(ctx.discourse(), lex.institutionNouns.get(toks.get(i).lemma()))
          || described(toks, i, ctx, lex)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} is "the bloc", "the kingdom" just after a sentence that named someone: a description that
   * may stand for them ({@link PreviousSentence}, {@link Antecedents}).
   */
  private static boolean described(List<Token> toks, int i, SentenceContext<EnglishSentence> ctx, EnglishLexicon lex) {
    return i > 0 && toks.get(i - 1).lemma().equals("the") && lex.bodyNouns.containsKey(toks.get(i).lemma())
        && !PreviousSentence.previous(ctx).named().isEmpty();
  }

  /**
   * Whether a word can judge someone ({@link Evaluations}): an evaluative adjective or noun, a verb of conduct, an
   * adverb of unlawful manner.
   */
  private static boolean judging(Token t, EnglishLexicon lex) {
    String tag = t.tag();
    return tag.startsWith("JJ") && lex.polarity(t.lemma(), true).isPresent()
        || tag.startsWith("NN") && lex.polarity(t.lemma(), false).isPresent()
        || tag.startsWith("VB") && lex.conduct.containsKey(t.lemma())
        || tag.startsWith("RB") && lex.norms.get(t.lemma().toLowerCase(java.util.Locale.ROOT))
            == EnglishLexicon.NormClass.MANNER;
  }

  /** Whether a number comes just before token {@code i} ("200 people", "thousands of people"). */
  private static boolean counted(List<Token> toks, int i, EnglishLexicon lex) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (toks.get(k).tag().equals("CD")
          || lex.partNouns.get(toks.get(k).lemma()) == EnglishLexicon.PartClass.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of arriving has a purpose of a visit or talks in the eight tokens after it ({@link Arrivals}). */
  private static boolean arrivalFor(List<Token> toks, int i, EnglishLexicon lex) {
    return toks.get(i).tag().startsWith("VB")
        && lex.visits.get(toks.get(i).lemma()) == EnglishLexicon.VisitClass.ARRIVAL
        && toks.subList(i + 1, Math.min(toks.size(), i + 9)).stream()
            .anyMatch(t -> lex.visits.get(t.lemma()) == EnglishLexicon.VisitClass.PURPOSE
                || lex.visits.get(t.lemma()) == EnglishLexicon.VisitClass.MEETING);
  }

  /**
   * Whether a verb of moving forces or a word of renewing has a word of a peace force or of a mandate in the six
   * tokens after it ("deployed ceasefire monitors", "renewed the mandate": {@link PeaceForces}, {@link Mandates}), or
   * a verb of arriving one in the four before it ("peacekeepers arrived").
   */
  private static boolean peaceMissionAt(List<Token> toks, int i, EnglishLexicon lex) {
    String l = toks.get(i).lemma();
    boolean move = toks.get(i).tag().startsWith("VB") && lex.governors.get(l) == EnglishLexicon.GovernorClass.MOVE;
    boolean renew = lex.mandates.get(l) == EnglishLexicon.MandateClass.RENEW;
    boolean arrival = toks.get(i).tag().startsWith("VB")
        && lex.visits.get(l) == EnglishLexicon.VisitClass.ARRIVAL;
    // "Indian peacekeepers arrived": the force comes before the verb of arriving.
    return arrival && toks.subList(Math.max(0, i - 4), i).stream().anyMatch(t -> lex.peaceForces.contains(t.lemma()))
        || (move || renew) && toks.subList(i + 1, Math.min(toks.size(), i + 7)).stream()
        .anyMatch(t -> lex.peaceForces.contains(t.lemma())
            || renew && lex.mandates.get(t.lemma()) == EnglishLexicon.MandateClass.MANDATE);
  }

  /** Whether a multi-word stance phrase ("open fire", "cut ties") starts at token {@code i}. */
  private static boolean phraseAt(List<Token> toks, int i, EnglishLexicon lex) {
    for (EnglishLexicon.Phrase p : lex.phrasesByFirst.get(toks.get(i).lemma())) {
      if (p.continuesAt(toks, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a pattern of the verb {@code lemma} read on {@code words} is an event with a stance. */
  private static boolean opposing(EnglishLexicon lex, String lemma, List<String[]> words) {
    return !words.isEmpty() && lex.events.cueEvent(lemma, words)
        .filter(e -> e.stance() != org.crosscheck.Stance.NEUTRAL).isPresent();
  }

  /** The eight words after token {@code i}, as the CAMEO patterns read them. */
  private static List<String[]> following(List<Token> toks, int i) {
    return PatternWindows.after(toks, i, 8);
  }

  /** "came under fire from X": a noun that is a stance only after a verb of undergoing ({@link UndergoneNouns}). */
  private static boolean undergoneAt(List<Token> toks, int i, EnglishLexicon lex) {
    if (!toks.get(i).tag().startsWith("NN") || !lex.undergoneNouns.containsKey(toks.get(i).lemma())) {
      return false;
    }
    for (int k = 0; k < i; k++) {
      if (toks.get(k).tag().startsWith("VB") && lex.undergoers.contains(toks.get(k).lemma())) {
        return true;
      }
    }
    return false;
  }
}
