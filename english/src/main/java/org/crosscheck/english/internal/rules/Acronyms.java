package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * An acronym the article spells out once, "the Coastal Union for Self-Rule (CUSR)", names that organisation wherever
 * it stands alone ("CUSR leaders said", "accused the CUSR of"): the word in capitals, no catalog actor's, is the ad-hoc
 * organisation of the words before its first bracketed use whose capitals spell it, joined only by the words of
 * {@code name-connectors.tsv}. A word in capitals the article never brackets after such a name names nobody new.
 * Stateless.
 */
final class Acronyms {

  private static final int SHORTEST = 2;
  private static final int LONGEST = 8;

  private Acronyms() {}

  /** Adds a mention for every acronym of the sentence that the article spells out. */
  static void add(Graph g) {
    String article = g.ctx.actors().article().text();
    for (int k = 0; k < g.size(); k++) {
      String w = g.toks.get(k).word();
      if (g.ctx.hasMention(k) || !capitals(w)) {
        continue;
      }
      String name = spelledOut(g, article, w);
      if (name != null) {
        g.ctx.addMention(ActorSpan.of(k, k, g.ctx.actors().adHoc(name, ActorKind.ORGANISATION), name));
      }
    }
  }

  /** The words before the first "(acronym)" of the article whose capitals spell it, or null. */
  static String spelledOut(Graph g, String article, String acronym) {
    int at = article.indexOf("(" + acronym + ")");
    if (at < 0) {
      return null;
    }
    String[] words = article.substring(Math.max(0, at - 200), at).trim().split("\\s+");
    List<String> name = new ArrayList<>();
    int left = acronym.length();
    for (int i = words.length - 1; i >= 0 && left > 0; i--) {
      String word = words[i];
      if (g.lex.nameConnectors.contains(word)) {
        name.add(0, word);
        continue;
      }
      String[] parts = word.split("-");
      if (parts.length > left) {
        return null;
      }
      for (int p = parts.length - 1; p >= 0; p--) {
        String part = parts[p];
        if (part.isEmpty() || part.charAt(0) != acronym.charAt(--left)) {
          return null;
        }
      }
      name.add(0, word);
    }
    if (left > 0 || g.lex.nameConnectors.contains(name.get(0))) {
      return null;
    }
    return String.join(" ", name);
  }

  private static boolean capitals(String w) {
    if (w.length() < SHORTEST || w.length() > LONGEST) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) < 'A' || w.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }
}
