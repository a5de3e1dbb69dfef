package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crosscheck.spi.ActorSpan;

/**
 * "Norway said it was deeply concerned by the arrests", "the bloc was dismayed at Russia's refusal": a participle of a
 * feeling of censure ({@code felt-participles.tsv}) said of its subject is that subject's censure (OPPOSE) of what
 * moved it, named in its "by", "about", "over", "at" or "with" phrase. The parser reads the "by" phrase as the agent of
 * a passive, which would make the deed the holder; here the one who feels it holds the stance, and the deed (or its
 * doer) is the target. Not a participle with no subject of its own, which describes a noun ("the countries
 * concerned", "fishermen worried by the ban": theirs, not the sentence subject's), nor one with nothing named as its
 * cause ("the EU was concerned"), nor a feeling for someone ("concerned for the crew's safety"), which is sympathy;
 * nor, for a noun of such a feeling ({@code felt-nouns.tsv}), its "for" phrase: "expressed concern for the crew's
 * safety" is felt for the crew, not against its state. What moved it named by a bare noun ("the arrests") recalls
 * the deed or the decision told just before, and its doer ({@link CondemnedDeeds}, {@link RecalledDecisions}), as a
 * censuring verb's object does. Stateless.
 */
final class FeltStimuli {

  /** The relations naming what moved the feeling: the parser's agent, and the prepositions of a cause. */
  private static final String[] CAUSES = {"obl:agent", "obl:by", "obl:about", "obl:over", "obl:at", "obl:with"};

  /** What a noun of such a feeling is about, hung on the noun or on the verb that takes it as object. */
  private static final String[] NOUN_CAUSES = {"nmod:over", "nmod:about", "nmod:at", "nmod:by"};
  private static final String[] VERB_CAUSES = {"obl:over", "obl:about", "obl:at"};

  /** How far above a name the noun of a feeling may be: "concern for the safety of the crew of a Chinese ship". */
  private static final int MAX_UP = 6;

  private FeltStimuli() {}

  /** Whether {@code w} is a participle of a censure felt by its subject, with what moved it named. */
  static boolean felt(Graph g, IndexedWord w) {
    String tag = g.pos(w);
    return (tag.equals("VBN") || tag.startsWith("JJ"))
        && g.lex.feltParticiples.contains(w.word().toLowerCase(Locale.ROOT))
        && !g.children(w, "nsubj:pass", "nsubj").isEmpty() && !causes(g, w).isEmpty();
  }

  /** What moved the feeling of {@code w}: the heads of its cause phrases. */
  static List<IndexedWord> causes(Graph g, IndexedWord w) {
    return g.children(w, CAUSES);
  }

  /**
   * Whether the cue {@code w} is a feeling of censure whose cause is named ("concerned about the exclusion of a
   * party", "expressed concern over the vote"): the participle, the noun, or the verb that takes the noun as object.
   */
  static boolean causeNamed(Graph g, IndexedWord w) {
    return !causesOf(g, w).isEmpty();
  }

  /**
   * What moved the feeling the cue {@code w} names: the cause phrases of the participle, or of the noun ("concern over
   * Y's drills"), hung on the noun or on the verb that takes it as object ("expressed concern over Y's drills").
   */
  static List<IndexedWord> causesOf(Graph g, IndexedWord w) {
    if (felt(g, w)) {
      return causes(g, w);
    }
    List<IndexedWord> nouns = feltNoun(g, w) ? List.of(w)
        : g.children(w, "obj").stream().filter(o -> feltNoun(g, o)).toList();
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord n : nouns) {
      out.addAll(g.children(n, NOUN_CAUSES));
      IndexedWord v = g.relToParent(n).equals("obj") ? g.parent(n) : null;
      if (v != null) {
        out.addAll(g.children(v, VERB_CAUSES));
      }
    }
    return out;
  }

  /** Whether {@code w} is a noun of a feeling of censure ("concern", "fears"). */
  static boolean feltNoun(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("NN") && g.lex.feltNouns.contains(g.lemmaOf(w).toLowerCase(Locale.ROOT));
  }

  /** Whether {@code c} is whom the feeling named by the noun {@code w} is felt for ("concern for the crew"). */
  static boolean feltFor(Graph g, IndexedWord w, IndexedWord c) {
    return g.relToParent(c).equals("nmod:for") && feltNoun(g, w);
  }

  /** Whether {@code w} lies inside the phrase of whom a feeling is felt for ("concern for the safety of Y's crew"). */
  static boolean inFeltFor(Graph g, IndexedWord w) {
    // Bounded: the enhanced graph's relative clauses can lead back to where a walk up started.
    IndexedWord c = w;
    for (int up = 0; c != null && up < MAX_UP; up++) {
      IndexedWord p = g.parent(c);
      if (p != null && feltFor(g, p, c)) {
        return true;
      }
      c = p;
    }
    return false;
  }

  /** The doer of the deed or the maker of the decision that what moved {@code w} recalls ("the arrests"), or null. */
  static ActorSpan recalled(Graph g, IndexedWord w, List<ActorSpan> holders) {
    List<IndexedWord> causes = causesOf(g, w);
    ActorSpan doer = CondemnedDeeds.doerOf(g, causes, holders);
    return doer != null ? doer : causes.stream().map(c -> RecalledDecisions.makerOf(g, c, holders))
        .filter(Objects::nonNull).findFirst().orElse(null);
  }
}
