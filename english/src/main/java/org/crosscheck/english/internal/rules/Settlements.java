package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A payment that settles a case against the payer ({@code payment-words.tsv}): "agreed to pay a $5 million fine to
 * the Commission", "will pay $200 million to the SEC to settle charges" yield to whoever brought the case; the payee
 * is no one the payer backs, whatever "agree" or "pay" say alone. The claim keeps its holder and loses its target. A
 * payment of anything else ("agreed to pay compensation to Namibia", "pledged to pay for the repairs") is left alone.
 * Stateless.
 */
final class Settlements {

  private Settlements() {}

  /** Whether the verb {@code w}, or the "pay" it governs ("agreed to pay"), pays to settle a case. */
  static boolean settles(Graph g, IndexedWord w) {
    List<IndexedWord> pays = new ArrayList<>();
    pays.add(w);
    pays.addAll(g.children(w, "xcomp"));
    for (IndexedWord p : pays) {
      if (!g.pos(p).startsWith("VB") || g.lex.paymentWords.get(lemma(g, p)) != EnglishLexicon.PaymentClass.PAY) {
        continue;
      }
      if (g.children(p, "obj").stream()
          .anyMatch(o -> g.lex.paymentWords.get(lemma(g, o)) == EnglishLexicon.PaymentClass.PENALTY)) {
        return true;
      }
      if (g.children(p, "advcl", "advcl:to", "xcomp").stream().anyMatch(c -> g.pos(c).startsWith("VB")
          && g.lex.paymentWords.get(lemma(g, c)) == EnglishLexicon.PaymentClass.SETTLE)) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(Graph g, IndexedWord w) {
    return g.lemmaOf(w).toLowerCase(Locale.ROOT);
  }
}
