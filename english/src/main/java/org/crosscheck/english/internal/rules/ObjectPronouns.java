package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * "Hundreds of farmers blocked the highway. Police fired tear gas to disperse them.": an object "them" that nothing in
 * its own sentence can stand for is the group the sentence before opened with, a noun of people who act ({@code
 * group-nouns.tsv}: ALONE, or COUNTED after a count such as "hundreds of" or "a group of", {@code crowd-counts.tsv}),
 * as the subject before its first verb. Only a plural "them", only such a group: a sentence that opened with a state,
 * a body or a thing leaves "them" nobody's, as does a plural noun before the pronoun in its own sentence ("detained
 * protesters and beat them" is read there) or other people named later in the sentence before ("… demanded the
 * release of the prisoners"). The group is noted with the rest of the sentence before ({@link PreviousSentence}).
 * Stateless.
 */
final class ObjectPronouns {

  /** How far into the sentence its opening group may end ("A large group of young people from the province …"). */
  private static final int REACH = 8;

  private ObjectPronouns() {}

  /** The group the object pronoun {@code d} stands for, or null. */
  static ActorSpan at(Graph g, IndexedWord d, List<ActorSpan> holders) {
    if (!d.word().equalsIgnoreCase("them") || !g.relToParent(d).equals("obj")) {
      return null;
    }
    ActorRef group = PreviousSentence.previous(g).group();
    if (group == null) {
      return null;
    }
    for (int k = 0; k < g.idx(d); k++) {
      int at = k;
      boolean holder = holders.stream().anyMatch(h -> h.first() <= at && at <= h.last());
      if (!holder && (g.toks.get(k).tag().equals("NNS") || g.toks.get(k).tag().equals("NNPS"))) {
        // A plural noun of its own sentence is the likelier antecedent, read there or not at all.
        return null;
      }
    }
    if (holders.stream().anyMatch(h -> h.actor().id().equals(group.id()))) {
      return null;
    }
    return ActorSpan.of(g.idx(d), g.idx(d), g.ctx.actors().actorOf(group), group.mention());
  }

  /**
   * The group noun that opens the sentence's subject, before its first verb: "Farmers", "Hundreds of protesters", "A
   * group of young people"; null when a verb, a name or a word of another kind comes first.
   */
  static ActorRef opening(SentenceContext<?> ctx, EnglishLexicon lex) {
    List<Token> toks = ctx.tokens();
    int s = Datelines.length(toks);
    boolean counted = false;
    for (int i = s; i < Math.min(toks.size(), s + REACH); i++) {
      Token t = toks.get(i);
      String tag = t.tag();
      if (tag.startsWith("VB") || tag.startsWith("NNP") || tag.equals(",") || tag.equals("PRP")) {
        return null;
      }
      String[] listed = lex.groupNouns.get(t.lemma().toLowerCase(Locale.ROOT));
      if (tag.equals("NNS") && listed != null
          && (listed[1].equals("ALONE") || listed[1].equals("COUNTED") && counted)) {
        return (i + 1 < toks.size() && toks.get(i + 1).tag().startsWith("VB") || prepositionAt(toks, i + 1))
            && !otherPeople(toks, i + 1, lex) ? ActorRef.of(ctx.actors().adHoc(t.word(), ActorKind.GROUP), t.word())
            : null;
      }
      counted |= tag.equals("CD") || lex.crowdCounts.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
    return null;
  }

  /**
   * Whether the rest of the sentence names other people "them" could be: "Protesters demanded the release of the
   * prisoners. The government refused to free them."
   */
  private static boolean otherPeople(List<Token> toks, int from, EnglishLexicon lex) {
    for (int k = from; k < toks.size(); k++) {
      String lemma = toks.get(k).lemma().toLowerCase(Locale.ROOT);
      if (toks.get(k).tag().startsWith("NNS") && (lex.groupNouns.containsKey(lemma) || lex.captiveNouns.contains(lemma)
          || lex.personNouns.contains(lemma))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a place or a time phrase follows the noun before its verb ("protesters in Dori gathered"). */
  private static boolean prepositionAt(List<Token> toks, int i) {
    return i < toks.size() && toks.get(i).tag().equals("IN");
  }
}
