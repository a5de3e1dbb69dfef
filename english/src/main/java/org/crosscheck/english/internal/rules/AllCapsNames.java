package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.spi.Token;

/**
 * "accusing ZANU-PF of using state resources", "SYRIZA accused the government": a word written all in capitals is an
 * acronym or a party's name, but the tagger reads some as common nouns, adjectives or verbs ("ZANU" a noun), and the
 * parser then hangs the clause on the name ("accusing" a modifier of "PF"). Such a word is tagged as the proper noun
 * it is, in a sentence not written in capitals throughout (a shouted headline is left as the tagger read it).
 * Stateless.
 */
public final class AllCapsNames {

  /** The tags a name in capitals is misread as. */
  private static final Set<String> MISREAD = Set.of("NN", "NNS", "JJ", "FW", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ");

  private AllCapsNames() {}

  /** The positions of the tokens to tag again as proper nouns ({@code NNP}). */
  public static List<Integer> misread(List<Token> tokens) {
    List<Integer> out = new ArrayList<>();
    int words = 0;
    int capitals = 0;
    for (Token t : tokens) {
      if (t.word().chars().anyMatch(Character::isLetter)) {
        words++;
        capitals += capitals(t.word()) ? 1 : 0;
      }
    }
    if (2 * capitals > words) {
      return out;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (MISREAD.contains(tokens.get(i).tag()) && capitals(tokens.get(i).word())) {
        out.add(i);
      }
    }
    return out;
  }

  /** Two letters or more, every one a capital ("PF", "SYRIZA", "COVID-19"). */
  private static boolean capitals(String word) {
    return word.chars().filter(Character::isLetter).count() >= 2
        && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
