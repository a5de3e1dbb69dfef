package org.crosscheck.english.internal;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * The marks of a quote inside a clause are left out of its dependency parse. News quotes words inside a reported
 * clause ("X said it \u201cstrongly rejects\u201d the plan", "Y said Z was \u201ca dictator\u201d"), and the parser,
 * which reads a quote mark as the edge of a clause, then hangs the quoted verb or noun loosely on "said" and makes
 * the subject its object: the claim is lost. The marks carry no grammar there; the parse of the words without them
 * is the sentence's, and each mark then hangs as punctuation on the word it opens or closes. Stateless.
 */
final class QuoteMarks {

  private QuoteMarks() {}

  /**
   * The indices of the tokens to parse: all but the quote marks of a quote that opens after a word ("said it
   * \u201cstrongly rejects\u201d") and the mark that closes it. A quote that opens the sentence or follows
   * punctuation ("\u201cWe will not yield,\u201d she said"; "said: \u201c...\u201d") is a clause of its own,
   * and its marks help the parser find its edges; so do the marks of a quote a conjunction follows. An opening mark
   * never closed stays.
   */
  static int[] kept(List<CoreLabel> tokens) {
    boolean[] drop = new boolean[tokens.size()];
    int open = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (!quote(tokens.get(i))) {
        continue;
      }
      if (open < 0) {
        // The tagger may tag a straight mark either way; while a quote is open, the next mark closes it.
        open = "``".equals(tokens.get(i).tag()) && i > 0 && wordLike(tokens.get(i - 1)) ? i : -1;
      } else {
        // "said the plan was \u201ca mistake\u201d and left": a conjunction after the quote coordinates with the clause
        // that says it; without the marks the parser would join it to the quoted words instead.
        boolean coordinated = i + 1 < tokens.size() && "CC".equals(tokens.get(i + 1).tag());
        drop[open] = !coordinated;
        drop[i] = !coordinated;
        open = -1;
      }
    }
    int[] out = new int[tokens.size()];
    int n = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (!drop[i]) {
        out[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static boolean wordLike(CoreLabel t) {
    return !t.word().isEmpty() && Character.isLetterOrDigit(t.word().charAt(0));
  }

  /** Whether the token is a quote mark (tagged `` or '' by the tagger). */
  static boolean quote(CoreLabel t) {
    String tag = t.tag();
    return "``".equals(tag) || "''".equals(tag);
  }

  /**
   * The index of the token a mark left out hangs on: an opening mark on the next token parsed, a closing one on the
   * previous; the other way round at the sentence's ends.
   */
  static int attach(List<CoreLabel> tokens, int[] kept, int mark) {
    boolean opening = "``".equals(tokens.get(mark).tag());
    int before = -1;
    int after = -1;
    for (int k : kept) {
      if (k < mark) {
        before = k;
      } else if (after < 0) {
        after = k;
      }
    }
    if (opening) {
      return after >= 0 ? after : before;
    }
    return before >= 0 ? before : after;
  }
}
