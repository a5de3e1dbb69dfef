package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * An organisation the catalog lacks whose name joins capitalised words with "for", "of", "and", "the"
 * ({@code name-connectors.tsv}) after a noun of organisations ({@code organisation-heads.tsv}), or ends in such a
 * noun: "the Alliance for Democratic Renewal and Dignity", "the Coastal Union for Self-Rule", "the Free Nile Party".
 * The catalog finds at most names made up for some of its words ("Democratic Renewal"), or a place among them
 * ("Nile"), and the tagger's run may stop short of the end ("for Self-Rule"): every mention inside is the whole name,
 * an ad-hoc organisation. When the run joins its leading words with "and" and ends in a noun of bodies
 * ({@code joined-name-heads.tsv}), those words modify that noun ("the Securities and Exchange Commission"), so the
 * whole run is one body, not the two actors the parser's coordination would make of it.
 *
 * <p>Left alone: a name whose noun before the first joining word is no noun of organisations ("the Freedom of
 * Information Act", "the Charter for Peace and National Reconciliation", "the Republic of the Congo"); a name a
 * catalog actor other than a state or a state's sector lies in ("the Likud Party" is Likud, {@link ExtendedNames}
 * reads catalog names extended), or a person or a government. A state among the words is a word of the name ("the
 * Free Nile Party"), as in {@link NamedGroups}. Stateless.
 */
final class JoinedNames {

  private JoinedNames() {}

  /** The whole organisation {@code m} is part of the name of, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    int[] run = g.organisationRun(m);
    if (run == null) {
      return m;
    }
    int from = run[0];
    int to = extend(g, run[1]);
    if (!g.capitalised(from) || !g.capitalised(to) || from == m.first() && to == m.last()) {
      return m;
    }
    int joint = -1;
    for (int k = from + 1; k < to; k++) {
      if (joining(g, k)) {
        joint = joint < 0 ? k : joint;
      } else if (!g.capitalised(k) && !hyphen(g, k)) {
        // "Popular Resistance fighters of the Front": a lower-case word of its own joins two phrases, not one name.
        return m;
      }
    }
    // "the Food and Drug Administration": words the tagger's run coordinates before a body's noun modify that noun,
    // so the name's head is its last word, not the word before the joint.
    boolean joinedModifiers = joint >= 0 && joint < run[1] && coordinator(g, joint)
        && g.lex.joinedNameHeads.contains(g.lemma(to));
    int head = joint < 0 || joinedModifiers ? to : joint - 1;
    if (!joinedModifiers && !g.lex.organisationHeads.contains(g.lemma(head)) || !g.capitalised(head)) {
      return m;
    }
    for (int k = from; k <= to; k++) {
      ActorSpan inner = g.ctx.mentionAt(k).orElse(null);
      if (inner == null || inner.actor().isAdHoc()) {
        continue;
      }
      ActorKind kind = inner.actor().kind();
      if (inner.first() < from || inner.last() > to || kind != ActorKind.STATE && !composite(g, inner)) {
        return m;
      }
    }
    String surface = g.text(from, to);
    return ActorSpan.of(from, to, g.ctx.actors().adHoc(surface, ActorKind.ORGANISATION), surface);
  }

  /**
   * Whether {@code inner} is a state's sector the catalog composes from the state's name and an agent noun ("Malawi
   * Congress" in "the Malawi Congress Party", "Sudan Doctors" in "the Sudan Doctors Network"): words of the name.
   */
  private static boolean composite(Graph g, ActorSpan inner) {
    String first = g.toks.get(inner.first()).word();
    return inner.first() < inner.last() && g.ctx.actors().catalog()
        .findMentions(first, org.crosscheck.Language.ENGLISH, java.util.Optional.empty()).stream()
        .anyMatch(x -> x.actor().kind() == ActorKind.STATE && x.text().equals(first));
  }

  /**
   * The last word of the name that goes on past the tagger's run at {@code to}: joining words and hyphens, then
   * proper nouns no catalog actor or person is named by ("the Coastal Union for Self-Rule").
   */
  private static int extend(Graph g, int to) {
    int end = to;
    int k = to + 1;
    while (k < g.size()) {
      int j = k;
      while (j < g.size() && (joining(g, j) || hyphen(g, j))) {
        j++;
      }
      if (j == k) {
        // "the Free Nile Party Chairman …": a proper noun right after the run is a word of its own.
        return end;
      }
      int last = -1;
      while (j < g.size() && proper(g, j)) {
        last = j++;
      }
      if (last < 0) {
        return end;
      }
      end = last;
      k = j;
    }
    return end;
  }

  private static boolean proper(Graph g, int k) {
    String ner = g.ctx.sentence().ner(k);
    ActorSpan known = g.ctx.mentionAt(k).orElse(null);
    return g.toks.get(k).tag().startsWith("NNP") && g.capitalised(k) && !ner.equals("PERSON")
        && !ner.equals("LOCATION") && !ner.equals("DATE") && (known == null || known.actor().isAdHoc());
  }

  /** Whether the word at {@code k} is a coordinating conjunction ("and"), as the parser reads it. */
  private static boolean coordinator(Graph g, int k) {
    IndexedWord w = g.node(k);
    return w != null && g.relToParent(w).equals("cc");
  }

  private static boolean hyphen(Graph g, int k) {
    return g.toks.get(k).tag().equals("HYPH");
  }

  private static boolean joining(Graph g, int k) {
    String w = g.toks.get(k).word();
    return !g.capitalised(k) && g.lex.nameConnectors.contains(w);
  }
}
