package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * A body where a text is put to the vote is the vote's venue, not the text's author: in "X vetoed a Security Council
 * resolution", "X voted against the U.N. draft" the body's name compounded to a noun of a voted text
 * ({@code vote-documents.tsv}) ends in a word of such a body ({@code vote-venues.tsv}), and the veto is toward no
 * one it names. The rest of the phrase is read as before ("a French-drafted Security Council resolution" is toward
 * France, {@link DraftAuthors}); a state or bloc compounded to the noun sponsors it and stays a target ("the EU
 * resolution"), and so does a body the verb acts on directly ("criticised the Security Council"). Stateless.
 */
final class VoteVenues {

  private VoteVenues() {}

  /** Whether the compound {@code c} of the noun {@code d} only names the body where the text {@code d} is voted on. */
  static boolean venueOnly(Graph g, IndexedWord d, IndexedWord c) {
    return g.pos(d).startsWith("NN") && g.lex.voteDocuments.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT))
        && g.relToParent(c).equals("compound")
        && g.lex.voteVenues.contains(c.word().toLowerCase(Locale.ROOT));
  }
}
