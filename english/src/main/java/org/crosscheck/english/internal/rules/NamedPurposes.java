package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.Token;

/**
 * "The Committee to Protect Journalists condemned the arrest": a body named for its purpose ("Committee to Protect
 * Journalists", "Campaign to Ban Landmines") holds a capitalised verb after "to", and the tagger reads it as the
 * verb it is outside the name, so the parser makes it the sentence's predicate and the real verb a modifier of the
 * object. Between a capitalised noun and a capitalised word, the verb is part of the name and is tagged as one. A
 * title-case headline ("Kenya to Ban Imports") capitalises its verbs for being a title: it is left alone. Stateless.
 */
public final class NamedPurposes {

  private NamedPurposes() {}

  /** The positions of the tokens to tag again as proper nouns ({@code NNP}). */
  public static List<Integer> misread(List<Token> tokens) {
    List<Integer> out = new ArrayList<>();
    if (TitleCase.applies(tokens)) {
      return out;
    }
    for (int i = 2; i + 1 < tokens.size(); i++) {
      Token verb = tokens.get(i);
      if (verb.tag().startsWith("VB") && capitalised(verb) && tokens.get(i - 1).tag().equals("TO")
          && name(tokens.get(i - 2)) && capitalised(tokens.get(i + 1))) {
        out.add(i);
      }
    }
    return out;
  }

  private static boolean name(Token t) {
    return t.tag().startsWith("NNP") && capitalised(t);
  }

  private static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }
}
