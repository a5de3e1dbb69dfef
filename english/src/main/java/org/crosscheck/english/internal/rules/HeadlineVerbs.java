package org.crosscheck.english.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.spi.Token;

/**
 * "Poland scraps Ukraine grain deal", "Ghana signs US defence pact": a headline drops its articles and puts its verb
 * in the present, and the tagger then reads the verb after the opening name as a plural noun, leaving the line with
 * no verb at all, or only its second clause with one ("…, urges more aid"). In a first clause with no verb, a
 * lower-case word tagged as a plural noun right after the opening run of names, with a word after it, whose form
 * without "-s"/"-es" is a verb the lexicon knows (a stance verb, a light verb, a governor, a verb that negates its
 * object such as "scrap" or "end", a verb of the CAMEO dictionary) is that verb in the present ({@code VBZ}).
 * Stateless.
 */
public final class HeadlineVerbs {

  private HeadlineVerbs() {}

  /** The position of the headline verb read as a plural noun, with its lemma; empty when there is none. */
  public static Optional<Misread> misread(List<Token> tokens, EnglishLexicon lex) {
    // Only the first clause need lack a verb: "Zelensky thanks Britain for tanks, urges more aid" has its second. A
    // participle may modify a noun ("over detained aid worker") and an infinitive hang on one ("orders X to halt"), so
    // only a finite verb counts.
    if (firstClause(tokens, lex).stream().anyMatch(t -> t.tag().matches("VB[DPZ]|MD"))) {
      return Optional.empty();
    }
    int k = 0;
    while (k < tokens.size() && tokens.get(k).tag().startsWith("NNP")) {
      k++;
    }
    // An object must follow: "Gaza strikes: what we know" is a noun phrase before a colon.
    if (k == 0 || k + 1 >= tokens.size() || !tokens.get(k).tag().equals("NNS")
        || !tokens.get(k + 1).tag().matches("NN.*|DT|JJ.*|PRP.*|CD")) {
      return Optional.empty();
    }
    String word = tokens.get(k).word();
    if (!word.equals(word.toLowerCase(Locale.ROOT)) || !word.endsWith("s")) {
      return Optional.empty();
    }
    for (String lemma : List.of(word.substring(0, word.length() - 1), word.replaceAll("es$", ""))) {
      if (verb(lemma, lex)) {
        return Optional.of(new Misread(k, lemma));
      }
    }
    return Optional.empty();
  }

  /** The words before the first comma, colon, semicolon or word that joins a second clause (HeadlineClauses). */
  private static List<Token> firstClause(List<Token> tokens, EnglishLexicon lex) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.tag().equals(",") || t.tag().equals(":")
          || i > 0 && lex.headlineJoints.contains(t.word().toLowerCase(Locale.ROOT))) {
        return tokens.subList(0, i);
      }
    }
    return tokens;
  }

  static boolean verb(String lemma, EnglishLexicon lex) {
    // A CAMEO verb counts too ("Britain summons envoy", "Kyiv blasts Budapest"): the rules, not the tagger, then
    // decide whether its event is a stance.
    return lex.stanceVerbs.containsKey(lemma) || lex.lightVerbs.contains(lemma) || lex.governors.containsKey(lemma)
        || lex.is(lemma, EnglishLexicon.ModalityClass.NEGATOR)
        || lex.events.cue(lemma) || lex.events.patternCue(lemma);
  }

  /** A token to tag again as a present-tense verb, and its lemma. */
  public record Misread(int index, String lemma) {}
}
