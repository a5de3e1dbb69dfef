package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.Token;

/**
 * "Britain's water regulator Ofwat fined … Campaigners said the regulator had ignored them": an organisation the text
 * introduces with a noun of its kind ({@code describing-nouns.tsv}) right before its name, right after it ("the
 * Verdi union") or in apposition after it ("the CGT, France's biggest union,") is what a later bare "the regulator",
 * "the union" stands for, as holder or target. Only while the article has described one organisation with that noun:
 * two unions make "the union" nobody's. The bare noun takes "the" and nothing else before it ("the competition
 * regulator", "the Spanish bank" are not it). The memory lives in the article's {@link Discourse}. Stateless.
 */
final class DescribingNouns {

  /** The organisations described so far, by noun, and the nouns that described two. */
  record Memory(Map<String, ActorRef> by, Set<String> ambiguous) {
    Memory {
      by = Map.copyOf(by);
      ambiguous = Set.copyOf(ambiguous);
    }
  }

  static final Discourse.Key<Memory> DESCRIBED = Discourse.Key.of("english.describedOrganisations");

  /** How many words an apposition may take before its noun ("France's second-largest union"). */
  private static final int APPOSITION = 6;

  /** The tags of the words an apposition may take before its noun. */
  private static final Pattern APPOSED = Pattern.compile("DT|PRP\\$|JJ[RS]?|NNP?|POS|HYPH|CD|RBS");

  private DescribingNouns() {}

  /** Notes the organisations the sentence introduces with a noun of their kind. */
  static void note(Graph g) {
    for (ActorSpan raw : g.ctx.mentions()) {
      // The actor the rules make of the name ("the Lib Dems" is a party), read where the name starts.
      ActorSpan m = raw.implied() ? null : g.mentionAt(raw.first());
      if (m == null || m.implied() || m.anonymous() || !organisation(m.actor())) {
        continue;
      }
      String noun = describing(g, m);
      if (noun != null) {
        // A name of no known kind that the text calls a union is an organisation.
        Actor a = m.actor().kind() == ActorKind.UNKNOWN
            ? g.ctx.actors().adHoc(m.actor().name(), ActorKind.ORGANISATION) : m.actor();
        remember(g.ctx.discourse(), noun, ActorRef.of(a, m.text()));
      }
    }
  }

  /** The organisation a bare "the union", "the regulator" at {@code c} stands for, or null. */
  static ActorSpan at(Graph g, IndexedWord c) {
    String lemma = g.lemmaOf(c).toLowerCase(Locale.ROOT);
    if (!g.pos(c).equals("NN") || !g.lex.describingNouns.contains(lemma)
        || !g.children(c, "nmod:poss", "nmod:of", "compound", "amod").isEmpty()
        || g.children(c, "det").stream().noneMatch(d -> g.lemmaOf(d).equals("the"))) {
      return null;
    }
    Memory mem = g.ctx.discourse().get(DESCRIBED).orElse(null);
    ActorRef ref = mem == null || mem.ambiguous().contains(lemma) ? null : mem.by().get(lemma);
    return ref == null ? null : ActorSpan.of(g.idx(c), g.idx(c), g.ctx.actors().actorOf(ref), c.word());
  }

  private static boolean organisation(Actor a) {
    return a.kind() == ActorKind.ORGANISATION || a.isAdHoc() && a.kind() == ActorKind.UNKNOWN;
  }

  /** The noun that says what kind of organisation the mention names, where the text introduces it, or null. */
  private static String describing(Graph g, ActorSpan m) {
    List<Token> toks = g.toks;
    if (m.first() > 0 && noun(g, m.first() - 1)) {
      return lemma(toks.get(m.first() - 1));
    }
    if (m.last() + 1 < toks.size() && noun(g, m.last() + 1)) {
      return lemma(toks.get(m.last() + 1));
    }
    if (m.last() + 2 >= toks.size() || !toks.get(m.last() + 1).word().equals(",")) {
      return null;
    }
    for (int k = m.last() + 2; k < toks.size() && k <= m.last() + 1 + APPOSITION; k++) {
      if (noun(g, k)) {
        return lemma(toks.get(k));
      }
      if (!APPOSED.matcher(toks.get(k).tag()).matches()) {
        return null;
      }
    }
    return null;
  }

  private static boolean noun(Graph g, int k) {
    Token t = g.toks.get(k);
    return t.tag().equals("NN") && !g.ctx.hasMention(k) && g.lex.describingNouns.contains(lemma(t));
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  private static void remember(Discourse d, String noun, ActorRef ref) {
    Memory mem = d.get(DESCRIBED).orElse(new Memory(Map.of(), Set.of()));
    Map<String, ActorRef> by = new HashMap<>(mem.by());
    Set<String> ambiguous = new HashSet<>(mem.ambiguous());
    ActorRef before = by.put(noun, ref);
    if (before != null && !before.id().equals(ref.id())) {
      ambiguous.add(noun);
    }
    d.set(DESCRIBED, new Memory(by, ambiguous));
  }
}
