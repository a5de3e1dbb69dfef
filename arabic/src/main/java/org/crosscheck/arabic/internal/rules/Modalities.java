package org.crosscheck.arabic.internal.rules;

import java.util.Set;
import org.crosscheck.Modality;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.ModalityClass;

/**
 * How firmly a claim is put. Conditional: a condition phrase anywhere in the clause ("في حال", "عند الضرورة"), a
 * condition word shortly before the cue ("إذا", "لو"), or "إذا" after it ("… ستدعم الحكومة إذا طلبت ذلك").
 * Hedged: a hedge shortly before the cue ("ربما", "من الممكن"), or "قد" before an imperfect verb ("قد تدعم"; before
 * a perfect verb it is emphatic past). Future: "سوف", "سـ", "تعتزم" before the cue. Otherwise asserted. Stateless.
 */
final class Modalities {

  private Modalities() {}

  /** How far before the cue a modal word reads, in tokens. */
  static final int REACH = 6;

  static Modality of(Reading r, Segment seg, int cue) {
    ArabicLexicon lex = r.lex;
    if (hasConditionPhrase(r, seg)) {
      return Modality.CONDITIONAL;
    }
    boolean hedge = false;
    boolean future = false;
    for (int j = Math.max(seg.from(), cue - REACH); j < Math.min(seg.to(), cue + 1); j++) {
      String f = r.folded(j);
      Set<ModalityClass> m = lex.modalityOf(f);
      if (m.contains(ModalityClass.CONDITION) && j < cue) {
        return Modality.CONDITIONAL;
      }
      hedge |= m.contains(ModalityClass.HEDGE);
      future |= m.contains(ModalityClass.FUTURE);
      if (lex.is(f, ModalityClass.HEDGE_PARTICLE) && j + 1 < r.size() && r.tag(j + 1).equals("VBP")) {
        hedge = true;
      }
    }
    for (int j = cue + 1; j < seg.to(); j++) {
      if (lex.is(r.folded(j), ModalityClass.TRAILING_CONDITION)) {
        return Modality.CONDITIONAL;
      }
    }
    return hedge ? Modality.HEDGED : future ? Modality.FUTURE : Modality.ASSERTED;
  }

  /** Whether the clause, folded, holds a condition phrase (the segmenter leaves the article on its word). */
  private static boolean hasConditionPhrase(Reading r, Segment seg) {
    StringBuilder clause = new StringBuilder(" ");
    for (int j = seg.from(); j < seg.to(); j++) {
      clause.append(r.folded(j)).append(' ');
    }
    String c = clause.toString();
    for (String p : r.lex.conditionPhrases) {
      if (c.contains(" " + p + " ")) {
        return true;
      }
    }
    return false;
  }
}
