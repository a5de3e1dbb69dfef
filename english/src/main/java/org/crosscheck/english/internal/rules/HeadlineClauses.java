package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.spi.Token;

/**
 * "EU and Mercosur sign pact as French farmers block roads", "Kenya extends ban on flights, Kampala protests": a
 * headline's second clause keeps its present-tense verb, which the tagger reads as a noun, so that the parser makes
 * one noun phrase of the clause ("farmers block roads") and hangs it on the first clause's verb as a target. In a
 * clause after a comma, a semicolon or a joining word ({@code headline-joints.tsv}) that has no verb, a lower-case
 * word tagged as a noun right after a subject of names or adjectives and nouns is that clause's verb when its form
 * agrees with the subject (a plural noun's "block", a name's "protests"), the lexicon knows its lemma as a verb
 * ({@link HeadlineVerbs#verb}) and an object or, after a comma or semicolon, the end of the line follows. Stateless.
 */
public final class HeadlineClauses {

  private HeadlineClauses() {}

  /** The clauses' verbs read as nouns, each with its lemma; empty when there is none. */
  public static List<HeadlineVerbs.Misread> misread(List<Token> tokens, EnglishLexicon lex) {
    List<HeadlineVerbs.Misread> out = new ArrayList<>();
    int n = tokens.size();
    while (n > 0 && tokens.get(n - 1).tag().equals(".")) {
      n--;
    }
    for (int b = 1; b < n - 2; b++) {
      boolean punct = punctuation(tokens.get(b));
      if (!punct && !lex.headlineJoints.contains(tokens.get(b).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = b + 1;
      while (end < n && !punctuation(tokens.get(end))) {
        end++;
      }
      if (tokens.subList(b + 1, end).stream().anyMatch(t -> t.tag().startsWith("VB") || t.tag().equals("MD"))) {
        continue;
      }
      verb(tokens, b + 1, end, punct, lex).ifPresent(out::add);
    }
    return out;
  }

  private static java.util.Optional<HeadlineVerbs.Misread> verb(List<Token> tokens, int from, int end,
      boolean punct, EnglishLexicon lex) {
    for (int k = from + 1; k < end && k - from <= 4; k++) {
      Token subject = tokens.get(k - 1);
      if (!subjectWord(subject)) {
        return java.util.Optional.empty();
      }
      Token w = tokens.get(k);
      String word = w.word();
      if (!word.equals(word.toLowerCase(Locale.ROOT)) || !objectFollows(tokens, k + 1, end, punct)) {
        continue;
      }
      // A name's verb ends in "-s" ("Kampala protests"), a plural's does not ("farmers block"); a compound such as
      // "ceasefire talks" is no subject and its verb.
      if (w.tag().equals("NNS") && subject.tag().startsWith("NNP") && !subject.tag().equals("NNPS")
          && word.endsWith("s")) {
        for (String lemma : List.of(word.substring(0, word.length() - 1), word.replaceAll("es$", ""))) {
          if (HeadlineVerbs.verb(lemma, lex)) {
            return java.util.Optional.of(new HeadlineVerbs.Misread(k, lemma));
          }
        }
      } else if (w.tag().equals("NN") && (subject.tag().equals("NNS") || subject.tag().equals("NNPS"))
          && HeadlineVerbs.verb(word, lex)) {
        return java.util.Optional.of(new HeadlineVerbs.Misread(k, word));
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean subjectWord(Token t) {
    return t.tag().matches("NNPS?|NNS?|JJ|POS");
  }

  private static boolean objectFollows(List<Token> tokens, int k, int end, boolean punct) {
    if (k >= end) {
      return punct;
    }
    return tokens.get(k).tag().matches("NN.*|DT|JJ.*|PRP.*|CD");
  }

  private static boolean punctuation(Token t) {
    return t.tag().equals(",") || t.tag().equals(":");
  }
}
