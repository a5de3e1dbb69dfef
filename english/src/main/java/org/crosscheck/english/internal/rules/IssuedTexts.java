package org.crosscheck.english.internal.rules;

import java.util.List;
import java.util.Locale;
import org.crosscheck.Actor;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * Whether a sentence tells of a text a body adopts or issues ({@code issued-texts.tsv}: a resolution, a bill, a
 * report, a statement), and who issued it, read from the light pass's tokens and mentions for the "it" of the next
 * sentence ("The senate adopted a resolution on Tuesday, angering X. It condemns …": the senate, never X). The issuer
 * is the one the sentence names as such: the subject of a verb of issuing ({@code issuing-verbs.tsv}) that comes
 * before the text, its "by" agent ("a statement issued by Y", "a report by Y"), the subject of a relative clause of
 * issuing ("a resolution that Y adopted"), its possessor ("Y's resolution", "its report" for the opening subject), or
 * the opening subject that speaks "in a statement". A sentence that only tells of others reacting to the text
 * ("X criticised the resolution", "X summoned Y's envoy over a resolution") names no issuer: the text then speaks
 * for nobody. Stateless.
 */
final class IssuedTexts {

  /** What a sentence told of a text: whether it did, and who issued it (null when it named nobody as such). */
  record Told(boolean text, Actor issuer) {}

  static final Told NONE = new Told(false, null);

  private IssuedTexts() {}

  /**
   * What the sentence of the light pass {@code ctx} told of a text, when its opening subject is {@code opener} (or
   * null) with its finite verb at {@code verb}.
   */
  static Told of(SentenceContext<?> ctx, EnglishLexicon lex, Actor opener, int verb) {
    List<Token> toks = ctx.tokens();
    int n = -1;
    for (int i = 0; i < toks.size() && n < 0; i++) {
      if (textNoun(lex, toks.get(i))) {
        n = i;
      }
    }
    if (n < 0) {
      return NONE;
    }
    // "a draft resolution": the text is the last noun of the run.
    while (n + 1 < toks.size() && textNoun(lex, toks.get(n + 1))) {
      n++;
    }
    Actor a = agent(ctx, lex, toks, n);
    if (a == null) {
      a = relative(ctx, lex, toks, n);
    }
    if (a == null) {
      a = possessor(ctx, toks, n, opener);
    }
    if (a == null && opener != null && (in(toks, n) || openerIssued(lex, toks, verb, n))) {
      a = opener;
    }
    return new Told(true, a);
  }

  private static boolean textNoun(EnglishLexicon lex, Token t) {
    return t.tag().equals("NN") && lex.issuedTexts.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean issuing(EnglishLexicon lex, Token t) {
    return t.tag().startsWith("VB") && lex.issuingVerbs.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** The named actor, neither unnamed nor a medium, whose mention starts at {@code k}, or null. */
  private static Actor startingAt(SentenceContext<?> ctx, List<Token> toks, int k) {
    if (k < toks.size() && toks.get(k).tag().equals("DT")) {
      k++;
    }
    for (ActorSpan m : ctx.mentions()) {
      if (m.first() == k && !m.anonymous() && !m.media()) {
        return m.actor();
      }
    }
    return null;
  }

  /** "a statement issued by Y", "a report by Y", "a communique from Y": the agent after the text. */
  private static Actor agent(SentenceContext<?> ctx, EnglishLexicon lex, List<Token> toks, int n) {
    int k = n + 1;
    boolean participle = k < toks.size() && issuing(lex, toks.get(k)) && toks.get(k).tag().equals("VBN");
    if (participle) {
      k++;
    }
    if (k >= toks.size()) {
      return null;
    }
    String w = toks.get(k).word().toLowerCase(Locale.ROOT);
    return w.equals("by") || !participle && w.equals("from") ? startingAt(ctx, toks, k + 1) : null;
  }

  /** "a resolution that Y adopted": the subject of a relative clause of issuing right after the text. */
  private static Actor relative(SentenceContext<?> ctx, EnglishLexicon lex, List<Token> toks, int n) {
    if (n + 2 >= toks.size() || !toks.get(n + 1).word().toLowerCase(Locale.ROOT).matches("that|which")) {
      return null;
    }
    int k = toks.get(n + 2).tag().equals("DT") ? n + 3 : n + 2;
    for (ActorSpan m : ctx.mentions()) {
      if (m.first() == k && !m.anonymous() && !m.media() && m.last() + 1 < toks.size()
          && issuing(lex, toks.get(m.last() + 1))) {
        return m.actor();
      }
    }
    return null;
  }

  /**
   * "Y's resolution", "the Y senate's new report": a named possessor of the text; "its report", "their statement":
   * the opening subject.
   */
  private static Actor possessor(SentenceContext<?> ctx, List<Token> toks, int n, Actor opener) {
    int k = n - 1;
    while (k >= 0 && modifier(toks.get(k))) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    if (toks.get(k).tag().equals("PRP$")) {
      return opener;
    }
    if (!toks.get(k).tag().equals("POS")) {
      return null;
    }
    for (ActorSpan m : ctx.mentions()) {
      if (m.last() == k - 1 && !m.anonymous() && !m.media()) {
        return m.actor();
      }
    }
    return null;
  }

  private static boolean modifier(Token t) {
    return t.tag().startsWith("JJ") || t.tag().equals("NN") || t.tag().equals("CD") || t.tag().equals("HYPH");
  }

  /** "X said in a statement", "X said in its annual report": the opening subject speaks in the text. */
  private static boolean in(List<Token> toks, int n) {
    int k = n - 1;
    while (k >= 0 && modifier(toks.get(k))) {
      k--;
    }
    return k >= 1 && (toks.get(k).tag().equals("DT") || toks.get(k).tag().equals("PRP$"))
        && toks.get(k - 1).word().equalsIgnoreCase("in");
  }

  /**
   * Whether the opening subject's verb, or the participle its "has" carries, is one of issuing and comes before the
   * text: "The senate on Monday adopted a resolution", "X, which hosts the talks, issued a statement", "The council
   * has issued a statement".
   */
  private static boolean openerIssued(EnglishLexicon lex, List<Token> toks, int verb, int n) {
    if (verb < 0 || verb >= n) {
      return false;
    }
    if (toks.get(verb).lemma().equalsIgnoreCase("have")) {
      for (int j = verb + 1; j < Math.min(n, verb + 3); j++) {
        if (toks.get(j).tag().equals("VBN")) {
          return issuing(lex, toks.get(j));
        }
      }
    }
    return issuing(lex, toks.get(verb));
  }
}
