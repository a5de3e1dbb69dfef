package org.crosscheck.english.internal.rules;

import java.util.List;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * Which sentences deserve the named-entity tagger and the parser: those with a stance or speech cue among their
 * lemmas (curated lists, a verb of refusal, or a verb of the CAMEO event dictionary) and something that can be an
 * actor (a catalog mention, a pronoun that can stand for one, or a capitalised
 * word after the first). Everything else is read by the light pass only. Stateless.
 */
public final class CandidateFilter {

  private CandidateFilter() {}

  /** Whether the sentence of the light pass can hold a claim. */
  public static boolean isCandidate(SentenceContext<EnglishSentence> ctx, EnglishLexicon lex) {
    List<Token> toks = ctx.tokens();
    boolean cue = false;
    for (Token t : toks) {
      String l = t.lemma();
      if (lex.stanceVerbs.containsKey(l) || lex.stanceNouns.containsKey(l) || lex.speechVerbs.containsKey(l)
          || lex.governors.get(l) == EnglishLexicon.GovernorClass.REFUSAL || t.tag().startsWith("VB") && lex.events.cue(l)) {
        cue = true;
        break;
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
      if (lex.is(w, EnglishLexicon.PronounClass.ACTOR_LIKE)
          || i > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
