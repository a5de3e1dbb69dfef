package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A company, a charity or a club whose name ends in a state's name is that body, not the state: "Cancer Research UK",
 * "Shell Nigeria", "patients' group Thyroid UK", "national carrier Air India". Three signs tell such a name: the tagger
 * marks the capitalised words and the state as one organisation run, a noun of the body's kind ({@code firm-nouns.tsv})
 * comes right before the capitalised words ("the charity …", "carrier …"), or the first of them is a sport's name
 * ({@code sport-names.tsv}: "Athletics Kenya", "Cricket Australia", a national federation). The words from the first
 * capitalised one to the state are then an ad-hoc organisation.
 *
 * <p>Left alone: a state with no capitalised word before it in its phrase ("the UK"), words that name an actor
 * themselves ("the European Union Britain" stays two), a name joined by a lower-case word ("the Government of
 * India", "the Bank of England"), and a state qualified with no body noun and outside the tagger's organisation run
 * ("Mainland China", "Nazi Germany" keep the state), and title-case headlines. Stateless.
 */
final class StateEndedNames {

  private StateEndedNames() {}

  /** The body whose name ends in the state {@code m}, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (g.titleCase || m.implied() || m.actor().isAdHoc() || m.actor().kind() != ActorKind.STATE) {
      // In a title-case headline every word is capitalised ("Egypt Welcomes Gaza Deal"): no sign of a name.
      return m;
    }
    int from = m.first();
    while (from > 0 && nameWord(g, from - 1)) {
      from--;
    }
    if (from == m.first() || !(taggedOneRun(g, from, m.last()) || afterFirmNoun(g, from, m) || sport(g, from))) {
      return m;
    }
    String surface = g.text(from, m.last());
    return ActorSpan.of(from, m.last(), g.ctx.actors().adHoc(surface, ActorKind.ORGANISATION), surface);
  }

  /**
   * A capitalised noun or adjective of a name that names no catalog actor of its own: the tagger's run may have made
   * an ad-hoc one of the words before the state ("Cancer Research").
   */
  private static boolean nameWord(Graph g, int k) {
    String w = g.toks.get(k).word();
    String tag = g.toks.get(k).tag();
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && (tag.startsWith("NN") || tag.startsWith("JJ"))
        && g.ctx.mentionAt(k).map(x -> x.actor().isAdHoc()).orElse(true)
        && g.ctx.sentence().ner(k).matches("O|ORGANIZATION");
  }

  private static boolean taggedOneRun(Graph g, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!g.ctx.sentence().ner(k).equals(Graph.ORGANIZATION)) {
        return false;
      }
    }
    return true;
  }

  /** "Athletics Kenya", "Cricket Australia": a name opening with a sport's names its federation. */
  private static boolean sport(Graph g, int from) {
    return g.lex.sportNames.contains(g.toks.get(from).word().toLowerCase(Locale.ROOT));
  }

  /** "the charity Cancer Research UK": a noun of bodies right before the name, as the name's own modifier. */
  private static boolean afterFirmNoun(Graph g, int from, ActorSpan m) {
    if (from == 0) {
      return false;
    }
    IndexedWord before = g.node(from - 1);
    if (before == null || !g.lex.firmNouns.contains(g.lemmaOf(before))
        || !g.toks.get(from - 1).tag().startsWith("NN")) {
      return false;
    }
    // The parser may head the phrase on the state or on a word before it ("Thyroid", with the state in apposition).
    for (int k = from; k <= m.last(); k++) {
      IndexedWord w = g.node(k);
      if (w != null && g.children(w, "compound").contains(before)) {
        return true;
      }
    }
    return false;
  }
}
