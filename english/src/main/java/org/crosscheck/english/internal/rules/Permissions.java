package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Stance;
import org.crosscheck.english.internal.rules.EnglishLexicon.PermissionClass;

/**
 * "who were not authorised to discuss the talks with Qatar", "who was not allowed to speak publicly about Egypt": a
 * permission ({@code permission-words.tsv}) to talk, speak or comment is the formula by which a source explains its
 * anonymity, or a rule about who may talk; so is the purpose of a source's speaking "on condition of anonymity" ("to
 * discuss internal deliberations"). The talking it allows or forbids is no contact with anyone it names, and no
 * stance, denied or not. Verbs of speech and neutral verbs of discussion only: "was not allowed to attack Y" is
 * left to the other rules. A thing a permission lets through names no party by where it goes ({@link #thingAllowed}).
 * Stateless.
 */
final class Permissions {

  private Permissions() {}

  /** Whether the cue {@code w} is talk a permission word governs. */
  static boolean talkAllowed(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    if (p == null || !g.pos(w).startsWith("VB") || !g.relToParent(w).equals("xcomp")
        || !(is(g, p, PermissionClass.PERMISSION) || anonymous(g, p))) {
      return false;
    }
    return g.isSpeech(w) || g.lex.stanceVerbs.get(g.lemmaOf(w)) == Stance.NEUTRAL;
  }

  /**
   * Whether {@code link}, a prepositional phrase of {@code d}, only says where a thing a verb of permission lets
   * through goes ("allow exports to neighbours including Y"): {@code d} is a noun object of such a verb and no noun of
   * a part of an actor ("a delegation from Y", {@code part-nouns.tsv}). Where the thing goes is no party the
   * permission backs; whose the thing is ("allow European Union vehicles into the camps") and a party allowed
   * ("allowed Y to run", the object itself, found before its links are) still are.
   */
  static boolean thingAllowed(Graph g, IndexedWord d, IndexedWord link) {
    IndexedWord v = g.parent(d);
    return v != null && g.relToParent(link).startsWith("nmod:") && g.pos(v).startsWith("VB")
        && g.relToParent(d).equals("obj") && is(g, v, PermissionClass.PERMISSION) && g.pos(d).startsWith("NN")
        && !g.lex.partNouns.containsKey(g.lemmaOf(d));
  }

  /** "spoke on condition of anonymity to discuss …": a speech verb whose oblique names the anonymity it is granted. */
  private static boolean anonymous(Graph g, IndexedWord v) {
    if (!g.isSpeech(v)) {
      return false;
    }
    List<IndexedWord> obliques = new ArrayList<>(g.children(v, "obl:", "advmod"));
    obliques.addAll(obliques.stream().flatMap(o -> g.children(o, "nmod:of").stream()).toList());
    return obliques.stream().anyMatch(o -> is(g, o, PermissionClass.ANONYMITY));
  }

  private static boolean is(Graph g, IndexedWord w, PermissionClass c) {
    return g.lex.permissionWords.get(g.lemmaOf(w).toLowerCase(Locale.ROOT)) == c;
  }
}
