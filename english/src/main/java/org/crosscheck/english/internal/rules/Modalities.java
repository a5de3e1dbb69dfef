package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Modality;

/**
 * How firmly a claim is put, read along the words its cue depends on: a condition (an adverbial clause opened by
 * "if"/"unless"/"until", on the cue's clause or being it, or a condition phrase anywhere in the sentence: "if
 * necessary") makes it CONDITIONAL; a hedge
 * ("may", "reportedly", "seem", on the speech verb too: "reportedly said", or the speech verb or noun being one:
 * "accused Y of …", "the allegation that …") HEDGED; a future auxiliary or a verb of
 * intention ("will", "plans to") FUTURE; else ASSERTED. Stateless.
 */
final class Modalities {

  private Modalities() {}

  static Modality of(Graph g, IndexedWord w, SpeechFrames.Frame frame) {
    EnglishLexicon lex = g.lex;
    boolean hedge = false;
    boolean future = false;
    boolean condition = false;
    for (IndexedWord x : Clauses.predication(g, w, frame)) {
      if (frame != null && x.equals(frame.verb)) {
        for (IndexedWord c : g.children(x, "advmod")) {
          hedge |= lex.is(c.word(), EnglishLexicon.ModalityClass.HEDGE);
        }
        // "Sudan accused the UAE of arming the RSF", "its accusation that the UAE arms …": what an accusation says is
        // alleged, not stated, even on its accuser's word. Only as the frame: the answer to a charge ("…, a charge Y
        // denies"), which the parser may hang below the accusation, is said outright.
        hedge |= lex.is(g.lemmaOf(x), EnglishLexicon.ModalityClass.ALLEGING);
        break;
      }
      for (IndexedWord c : g.children(x, "aux", "advmod")) {
        hedge |= lex.is(c.word(), EnglishLexicon.ModalityClass.HEDGE);
        future |= lex.is(c.word(), EnglishLexicon.ModalityClass.FUTURE);
      }
      if (x != w) {
        hedge |= lex.is(g.lemmaOf(x), EnglishLexicon.ModalityClass.HEDGE);
        future |= lex.is(g.lemmaOf(x), EnglishLexicon.ModalityClass.FUTURE);
      }
      for (IndexedWord c : g.children(x, "advcl:", "advcl")) {
        for (IndexedWord m : g.children(c, "mark")) {
          condition |= lex.is(m.word(), EnglishLexicon.ModalityClass.CONDITION);
        }
      }
      List<IndexedWord> ownMarks = Clauses.subordinate(g, x, g.relToParent(x)) ? g.children(x, "mark") : List.of();
      for (IndexedWord m : ownMarks) {
        // "… until NATO supports Kyiv": what the condition itself says is not asserted either.
        condition |= lex.is(m.word(), EnglishLexicon.ModalityClass.CONDITION);
      }
    }
    String sentence = " " + g.article().text().substring(g.ctx.start(), g.ctx.end()).toLowerCase(Locale.ROOT)
        .replaceAll("[,;]", " ") + " ";
    for (String p : lex.conditionPhrases) {
      condition |= sentence.contains(" " + p + " ");
    }
    return condition ? Modality.CONDITIONAL : hedge ? Modality.HEDGED : future ? Modality.FUTURE : Modality.ASSERTED;
  }
}
