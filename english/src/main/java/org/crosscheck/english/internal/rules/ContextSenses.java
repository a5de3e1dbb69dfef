package org.crosscheck.english.internal.rules;

import java.util.Locale;
import java.util.regex.Pattern;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A name the catalog gives one actor that, in an article about something else, names another: in an article that
 * speaks of cricket, "the ICC" is the International Cricket Council ("asked the ICC to act against the BCCI"), not
 * the International Criminal Court ({@code context-senses.tsv}). Stateless.
 */
final class ContextSenses {

  /** One name's other sense: the word the article must use, and the actor the name then stands for. */
  record Sense(Pattern word, String name) {}

  private ContextSenses() {}

  /** The mention as the article's subject reads it: another actor where the article uses the sense's word. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m == null || m.implied() || m.anonymous()) {
      return m;
    }
    Sense s = g.lex.contextSenses.get(m.text());
    if (s == null || !s.word().matcher(g.ctx.actors().article().text()).find()) {
      return m;
    }
    return ActorSpan.of(m.first(), m.last(), g.ctx.actors().adHoc(s.name(), ActorKind.ORGANISATION), m.text());
  }

  /** The pattern of a sense's word: the whole word, in any case. */
  static Pattern word(String w) {
    return Pattern.compile("\\b" + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
