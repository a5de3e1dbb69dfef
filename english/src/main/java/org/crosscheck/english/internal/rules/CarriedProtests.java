package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.Stance;

/**
 * "Peru sent a diplomatic note to Bolivia protesting the bridge": a message sent to a party ({@code
 * message-nouns.tsv}) is a contact the event dictionary reads as support, but an opposition participle hung on the
 * sending or on the message says what the message carries. The sending then makes no support claim toward its
 * addressee; the participle's own cue says the stance. Whom a protest is sent to is not always whom it is about
 * ("sent a letter to the UN protesting Y's raids"), so the sending is not turned into an opposition. A message named by
 * an opposition it carries ("handed the envoy a note of protest", "a protest note") makes no support claim either. A
 * message with no such participle or name stays a contact ("sent a letter to Y"); an opposition sent as such ("to
 * deliver a protest", "sent Y a warning") is no support either. The participle may be hung on the
 * addressee after the message ("sent a letter to the UN Secretary-General protesting …"). Stateless.
 */
final class CarriedProtests {

  private CarriedProtests() {}

  /** Whether the support verb {@code w} sends a message whose participle is an opposition cue ({@code heads}). */
  static boolean carries(Graph g, IndexedWord w, Stance stance, Map<IndexedWord, Stance> heads) {
    if (stance != Stance.SUPPORT) {
      return false;
    }
    List<IndexedWord> messages = g.children(w, "obj").stream()
        .filter(o -> g.lex.messageNouns.contains(g.lemmaOf(o).toLowerCase(java.util.Locale.ROOT))).toList();
    if (messages.isEmpty()) {
      return false;
    }
    // "summoned the envoy to deliver a protest", "sent Y a stern warning": the message sent is itself an opposition.
    if (messages.stream().anyMatch(m -> heads.get(m) == Stance.OPPOSE)) {
      return true;
    }
    // "handed the envoy a note of protest", "delivered a protest note": the message is named by what it carries.
    if (messages.stream().flatMap(m -> g.children(m, "nmod:of", "compound").stream())
        .anyMatch(n -> g.pos(n).startsWith("NN") && heads.get(n) == Stance.OPPOSE)) {
      return true;
    }
    List<IndexedWord> participles = new ArrayList<>(g.children(w, "advcl", "advcl:", "xcomp", "dep"));
    messages.forEach(m -> participles.addAll(g.children(m, "acl", "acl:")));
    // "sent a letter to the UN Secretary-General protesting Y's support": the parser hangs the participle after the
    // addressee on the addressee's name, though it says what the message carries.
    g.children(w, "obl:to").forEach(a -> participles.addAll(g.children(a, "acl", "acl:")));
    return participles.stream().anyMatch(p -> g.pos(p).equals("VBG") && heads.get(p) == Stance.OPPOSE);
  }
}
