package org.crosscheck.english.internal.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.spi.Token;

/**
 * "Somalia has strongly opposed the plan", "the plan, which the RSF has strongly opposed": after an adverb the
 * tagger reads a participle as the adjective of "strongly opposed to", and the rules then find no verb to hold a
 * stance. After a form of "have" and at most two adverbs, a word tagged as an adjective that is the past participle
 * of a stance verb ({@code stance-verbs.tsv}: "opposed", "condemned", "rejected") is the
 * perfect verb it is, and is tagged again as one with the verb as its lemma. "Has been opposed to" is left alone: the
 * word after "have" is no adverb. Stateless.
 */
public final class PerfectParticiples {

  private static final int ADVERBS = 2;

  private PerfectParticiples() {}

  /** The positions of the tokens to tag again as past participles ({@code VBN}), with the verb's lemma. */
  public static Map<Integer, String> misread(List<Token> tokens, EnglishLexicon lex) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).lemma().equals("have") || !tokens.get(i).tag().startsWith("VB")) {
        continue;
      }
      for (int j = i + 1; j < tokens.size() && j <= i + ADVERBS + 1; j++) {
        Token t = tokens.get(j);
        if (t.tag().equals("JJ")) {
          String verb = verb(t.word().toLowerCase(Locale.ROOT), lex);
          if (verb != null) {
            out.put(j, verb);
          }
        }
        if (!t.tag().equals("RB")) {
          break;
        }
      }
    }
    return out;
  }

  /** The stance verb whose regular past participle {@code form} is ("opposed", "condemned"), or null. */
  private static String verb(String form, EnglishLexicon lex) {
    if (!form.endsWith("ed")) {
      return null;
    }
    for (String v : List.of(form.substring(0, form.length() - 1), form.substring(0, form.length() - 2))) {
      if (lex.stanceVerbs.containsKey(v)) {
        return v;
      }
    }
    return null;
  }
}
