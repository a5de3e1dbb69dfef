package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * "Turkish tanks fired shells at a village", "the army imposed a curfew in the city", "jets launched airstrikes": a
 * verb only the CAMEO dictionary makes a cue makes a claim toward an actor it acts on, never toward a thing ("blocked
 * roads"). But when the dictionary's own pattern for the verb names its object and codes force or coercion ("fire
 * shells" 193, "impose curfew" 1723, "launch airstrike" 195), the object is the means or the measure, not a thing
 * acted on: the act is a claim of its own, without a target when the sentence names no party. "fired the police
 * chief" has no such pattern and stays no claim; "declared a state of emergency" is no coercion (012). A verb of
 * saying with such an object says nothing ("declared martial law"): it is the measure's cue ({@link StanceCues}).
 * Lifting or easing a measure is a concession by the curated verbs already ("lifted the curfew"). The roots are the
 * CAMEO codes of coercion, assault, fighting and mass violence: a structure of the dictionary, not vocabulary.
 * Stateless.
 */
final class ForceObjects {

  private static final List<String> FORCE_ROOTS = List.of("17", "18", "19", "20");

  private ForceObjects() {}

  /**
   * Whether the object of the dictionary cue {@code w} is what one of the dictionary's patterns for it names as an
   * act of force or coercion.
   */
  static boolean means(Graph g, StanceCues.Cue cue) {
    return !cue.nominal() && means(g, cue.head(), cue.stance());
  }

  /** Whether the verb {@code w}, read with {@code stance}, names its object as such an act by a pattern. */
  static boolean means(Graph g, IndexedWord w, Stance stance) {
    if (stance != Stance.OPPOSE) {
      return false;
    }
    List<IndexedWord> objects = g.children(w, "obj");
    List<Map.Entry<EventCodes.Event, List<String>>> patterns = StanceCues.windows(g, w).stream()
        .flatMap(f -> g.lex.events.patternEvents(g.lemmaOf(w), f).stream()).toList();
    for (Map.Entry<EventCodes.Event, List<String>> p : patterns) {
      String code = p.getKey().code();
      if (p.getKey().stance() == stance && FORCE_ROOTS.stream().anyMatch(code::startsWith)
          && objects.stream().anyMatch(o -> p.getValue().stream().anyMatch(x -> named(x, o, g)
              // "fired mortar rounds": the pattern's word may be the object's compound, not its head.
              || g.children(o, "compound").stream().anyMatch(c -> named(x, c, g))))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code object} is a measure of force the verb carries out, whose ever it is ("reimposed its blockade",
   * "tightened their siege"): an opposing stance noun that a force pattern of the verb names.
   */
  static boolean measure(Graph g, IndexedWord verb, IndexedWord object) {
    return g.pos(object).startsWith("NN") && g.lex.stanceNouns.get(g.lemmaOf(object)) == Stance.OPPOSE
        && g.children(verb, "obj").contains(object) && means(g, verb, Stance.OPPOSE);
  }

  /**
   * Whether the verb {@code w}, read with {@code stance}, carries out a measure of force on no party ("imposed a
   * curfew on the border town", "extended the curfew in the capital", "tightened the siege of the town"): a pattern
   * names its object as such a measure and the object's own phrases name no actor, so the noun's own claim would have
   * no target and the verb's claim, without one, is the claim.
   */
  static boolean onNoParty(Graph g, IndexedWord w, Stance stance, SpeechFrames.Frame frame,
      List<ActorSpan> holders) {
    return means(g, w, stance)
        && g.children(w, "obj").stream().allMatch(o -> Targets.of(g, o, true, frame, holders).isEmpty());
  }

  /** Whether a pattern word names the object: its word or lemma, or a word it begins ("airstrike" for "airstrikes"). */
  static boolean named(String patternWord, IndexedWord o, Graph g) {
    String x = patternWord.endsWith("_") ? patternWord.substring(0, patternWord.length() - 1) : patternWord;
    String word = o.word().toLowerCase(Locale.ROOT);
    return x.equals(word) || x.equals(g.lemmaOf(o)) || !patternWord.endsWith("_") && x.length() >= 4
        && word.startsWith(x);
  }
}
