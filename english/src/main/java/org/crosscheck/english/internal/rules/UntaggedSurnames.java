package org.crosscheck.english.internal.rules;

import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Mention;
import org.crosscheck.spi.ActorSpan;

/**
 * A surname the named-entity tagger leaves untagged is still the person named in full before it: after "Slovakia's
 * Prime Minister Robert Fico", a later "Kallas rebuked Fico" has the tagger call "Fico" nothing, so nobody was
 * rebuked. {@link Surnames} maps a tagged surname to its full name; this adds the mention the tagger missed. Only a
 * proper noun no mention covers (a catalog name, "Jordan", is that; so is a longer capitalised run, "Fico Street",
 * which the catalog pass takes for a name of its own), not written in capitals, written exactly as the last word
 * of a person's name of two words or more mentioned earlier in the article; two different names ending so (a
 * person's or one of no known kind) make it nobody's. Stateless.
 */
final class UntaggedSurnames {

  private UntaggedSurnames() {}

  /** Adds a mention of the person named in full before for every untagged surname of the sentence. */
  static void add(Graph g) {
    for (int k = 0; k < g.size(); k++) {
      if (g.ctx.hasMention(k) || !surnameLike(g, k)) {
        continue;
      }
      Actor person = named(g, k);
      if (person != null) {
        g.ctx.addMention(ActorSpan.of(k, k, person, g.toks.get(k).word()));
      }
    }
  }

  private static boolean surnameLike(Graph g, int k) {
    String word = g.toks.get(k).word();
    return g.toks.get(k).tag().equals("NNP") && word.length() > 2
        && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
  }

  /** The one person, named in full before token {@code k}, whose last name is the token as written; or null. */
  private static Actor named(Graph g, int k) {
    String surname = g.toks.get(k).word();
    int at = g.toks.get(k).begin();
    Actor found = null;
    for (Mention x : g.ctx.actors().mentions()) {
      ActorKind kind = x.actor().kind();
      if (x.start() >= at || kind != ActorKind.PERSON && kind != ActorKind.UNKNOWN) {
        continue;
      }
      String[] words = x.actor().name().split(" ");
      if (words.length > 1 && words[words.length - 1].equals(surname)) {
        // A name of no known kind ending so may be a second person of that name: then the surname is nobody's.
        if (found != null && !found.id().equals(x.actor().id())) {
          return null;
        }

        found = x.actor();
      }
    }
    return found != null && found.kind() == ActorKind.PERSON ? found : null;
  }
}
