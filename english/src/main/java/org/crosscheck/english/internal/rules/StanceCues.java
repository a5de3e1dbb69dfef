package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.Stance;

/**
 * The stance cues of a sentence: multi-word phrases on consecutive lemmas ("turn the page", "cut ties"), then
 * verbs by lemma, nouns and adjectives by lemma, and adjectival participles by form ("committed to", "opposed to"
 * read as adjectives). Words inside an actor's name, and proper nouns outside title-case headlines, are not cues. Each cue carries the words that make it read
 * naturally: its adverbs and compounds, its particle, and a governing verb close before it ("continue to back").
 * Stateless.
 */
final class StanceCues {

  private StanceCues() {}

  /**
   * A stance cue: its head word, its stance, its words, whether it is a noun or adjective, and whether it comes from
   * the CAMEO verb dictionary rather than the curated lists (such cues need a named target to make a claim).
   */
  record Cue(IndexedWord head, Stance stance, String text, boolean nominal, boolean dictionary, String key) {
    Cue(IndexedWord head, Stance stance, String text, boolean nominal) {
      this(head, stance, text, nominal, false, "");
    }
  }

  static List<Cue> find(Graph g) {
    EnglishLexicon lex = g.lex;
    List<Cue> out = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < g.size(); i++) {
      // "voted in favour of X" is not also "voted in favour": the longest phrase at a word is its cue.
      EnglishLexicon.Phrase longest = null;
      for (EnglishLexicon.Phrase p : lex.phrasesByFirst.get(g.lemma(i))) {
        int n = p.lemmas().size();
        if (i + n <= g.size() && matches(g, p, i) && (longest == null || n > longest.lemmas().size())) {
          longest = p;
        }
      }
      if (longest == null) {
        continue;
      }
      int n = longest.lemmas().size();
      IndexedWord h = g.node(i);
      IndexedWord noun = h == null ? null : nounHead(g, h, i, i + n - 1);
      if (noun != null) {
        // "joint naval exercises": a phrase that is a noun phrase is a noun cue, headed by its noun.
        out.add(new Cue(noun, longest.stance(), g.text(i, i + n - 1), true, false, longest.text()));
      } else if (h != null) {
        out.add(new Cue(h, longest.stance(), g.text(i, i + n - 1), false, false, longest.text()));
        for (int k = i; k < i + n; k++) {
          used.add(k);
        }
      }
    }
    boolean titleCase = g.titleCase;
    for (int i = 0; i < g.size(); i++) {
      if (used.contains(i) || g.named(i)) {
        continue;
      }
      if (!titleCase && g.toks.get(i).tag().startsWith("NNP")) {
        // A word inside a name ("the Friendship Treaty", "Rapid Support Forces") is no cue.
        continue;
      }
      IndexedWord w = g.node(i);
      if (w == null || LostApostrophes.misread(g, w)) {
        // "the kidnappers demands": a noun the tagger made a verb, and its possessor no holder.
        continue;
      }
      String l = g.lemma(i);
      String form = g.toks.get(i).word().toLowerCase(Locale.ROOT);
      String tag = g.pos(w);
      if (FeltStimuli.felt(g, w)) {
        // "said it was deeply concerned by the arrests": a censure its subject feels, whatever the verb says alone.
        out.add(new Cue(w, Stance.OPPOSE, text(g, w), true));
      } else if (tag.equals("VBN") && lex.stanceNouns.containsKey(form) && !perfect(g, w)) {
        out.add(new Cue(w, lex.stanceNouns.get(form), text(g, w), true));
      } else if (LeftBodies.leaves(g, w)) {
        // "quit ECOWAS", "completed its withdrawal from the OAS": a state leaving an international body turns against
        // it, whatever the dictionary codes for the verb or its object.
        out.add(new Cue(w, Stance.OPPOSE, text(g, w), false));
      } else if (TieActs.stance(g, w) != null) {
        // "would review its agreements with Y", "upgraded ties with Y": what is done to the tie is the stance toward
        // the partner, whatever the verb or the noun says alone.
        out.add(new Cue(w, TieActs.stance(g, w), text(g, w), false));
      } else if (Mandates.renews(g, w)) {
        // "extended the mandate of the peacekeeping mission in Y": keeping a peace mission going is help to Y.
        out.add(new Cue(w, Stance.SUPPORT, text(g, w), false, true, l));
      } else if (PeaceForces.sends(g, w) || PeaceForces.arrives(g, w)) {
        // "deployed monitors in Georgia": a force sent to keep peace is help, whatever the dictionary has for it.
        out.add(new Cue(w, Stance.SUPPORT, text(g, w), false, true, l));
      } else if (Arrivals.visit(g, w)) {
        // "arrived in Ankara on Monday for talks": the purpose, wherever it stands, makes the arrival a visit.
        out.add(new Cue(w, Stance.SUPPORT, text(g, w), false, true, l));
      } else if (Journeys.leg(g, w)) {
        // "flew on to Japan", "headed to Baku": a leg of a journey is no visit, whatever the dictionary codes for it.
        continue;
      } else if (Obstructions.stops(g, w)) {
        // "stopped a United Nations convoy": stopping another's carrier or envoys opposes the owner, whatever the
        // verb says alone ("stop", "turn back" are no stance).
        out.add(new Cue(w, Stance.OPPOSE, text(g, w), false));
      } else if (AppealAddressees.asks(g, w, List.of())) {
        // "urged Burundi and Rwanda to resolve their differences": calling on a party is a contact with it, pressing it
        // to undo its own act opposes it; what is asked of it is the asker's stance toward a third party (Appeals).
        out.add(new Cue(w, AppealAddressees.stance(g, w), text(g, w), false));
      } else if (tag.startsWith("VB") && DeniedCharges.charge(g, w) != null) {
        // "…, a charge Burundi has denied": rejecting the charge summed up after a comma opposes its maker.
        out.add(new Cue(w, Stance.OPPOSE, text(g, w), false));
      } else if (Dismissals.ofPerson(g, w)) {
        // "dismissed the central bank governor": removing a person from office is against them, whatever the verb
        // says alone ("dismiss" is as often a rejection, "fire" a shot).
        out.add(new Cue(w, Stance.OPPOSE, text(g, w), false));
      } else if (tag.startsWith("VB") && Rescues.against(g, w)) {
        // "freed the town from the militia": freeing from someone's hold opposes the holder, whatever the verb says
        // alone ("free", "rescue" are support or aid).
        out.add(new Cue(w, Stance.OPPOSE, text(g, w), false));
      } else if (CarrierRoutes.runs(g, w)) {
        // "Lufthansa suspended flights to Tel Aviv": a carrier's routes are its business, no stance (no dictionary
        // event either: CAMEO codes "cancel flights" as reduced relations, a state's act).
        continue;
      } else if (tag.startsWith("VB") && Signings.hiresThrough(g, w)) {
        // "signed a Brazilian striker", "agreed to sign …": a transfer takes a player on, it backs nobody (no cue, no
        // dictionary event).
        continue;
      } else if (Watching.idle(g, w)) {
        // "the leader watched the launch": looking on at no monitored matter is no stance.
        continue;
      } else if (HyphenAgents.unowned(g, w)) {
        // '"foreign-funded" groups': a hyphenated modifier of no named backer is nobody's act.
        continue;
      } else if (LedGroups.describing(g, w)) {
        // "Hamas-led militants attacked Y": who leads a group is no act of the leader's.
        continue;
      } else if (tag.startsWith("VB") && MisreadAttributives.modifier(g, w)) {
        // "accused the army and allied militias": a modifier the parser made a verb is nobody's act.
        continue;
      } else if (tag.startsWith("VB") && lex.stanceVerbs.containsKey(l)) {
        // "backed sanctions on Y": endorsing a measure against Y opposes Y (Endorsements).
        Stance s = Endorsements.stance(g, w, Idioms.of(g, w).orElse(lex.stanceVerbs.get(l)));
        // "fought alongside Y" with no foe named: a fight beside Y backs Y (Allegiances).
        s = Allegiances.backs(g, w) ? Stance.SUPPORT : s;
        if (s != Stance.NEUTRAL || lex.stanceVerbs.get(l) == Stance.NEUTRAL) {
          out.add(new Cue(w, s, text(g, w), false));
        }
        if (s == Stance.OPPOSE && !Allegiances.allies(g, w).isEmpty()) {
          // "to fight the rebels alongside Y": against the foe, and beside Y.
          out.add(new Cue(w, Stance.SUPPORT, text(g, w), false, false, Allegiances.KEY));
        }
      } else if (tag.startsWith("VB") && IntentVerbs.empty(g, w)) {
        // "seeks to offset Y's sway": the intended act says the stance, and it names none.
        continue;
      } else if (tag.startsWith("VB") && (lex.events.cue(l) || lex.events.patternCue(l)) && Orders.asksAct(g, w)) {
        // "ordered Israel to enable aid deliveries": the act asked for is the appeal's (Appeals), not "order aid".
        continue;
      } else if (tag.startsWith("VB") && (lex.events.cue(l) || lex.events.patternCue(l))) {
        // "raised concerns with Y": an idiom object takes a dictionary verb's event away too.
        java.util.Optional<EventCodes.Event> event = windows(g, w).stream().map(f -> lex.events.cueEvent(l, f))
            .flatMap(java.util.Optional::stream).findFirst();
        // "which flies to Paris": a routine in a clause describing its subject is no event (Routines); nor is a
        // place in a ranking ("came second to Y", Rankings).
        boolean noEvent = event.isPresent()
            && (Routines.routine(g, w, event.get().code()) || Rankings.ranked(g, w, event.get().code()));
        Stance s = Idioms.of(g, w).filter(x -> x == Stance.NEUTRAL).isPresent() || noEvent ? Stance.NEUTRAL
            : event.map(EventCodes.Event::stance).orElse(Stance.NEUTRAL);
        // A verb of saying is no event ("declared"), unless what it declares is a measure of force ("declared
        // martial law", ForceObjects), a sum it gives ("pledged $10 million to Y", Sums) or an accusation it denies
        // ("denied Y's accusation", Allegations).
        boolean said = lex.speechVerbs.containsKey(l)
            && !(s != Stance.NEUTRAL && (ForceObjects.means(g, w, s) || Allegations.deniesOne(g, w)))
            && !Sums.given(g, w);
        // "extended the curfew": a measure of force on no party is the verb's act, not a noun it lends to; so is a
        // measure eased ("relaxed the curfew", EasedMeasures).
        // "ordered aid groups to leave": a pattern word inside an actor's name is no act (ModifierPatterns).
        if (s != Stance.NEUTRAL && !said && !ModifierPatterns.insideName(g, w)
            && !(lex.events.patternCue(l) && stanceNounObject(g, w)
            && !ForceObjects.onNoParty(g, w, s, null, Holders.of(g, w, false, null))
            && !EasedMeasures.eases(g, w, s))) {
          out.add(new Cue(w, s, text(g, w), false, true, l));
        }
      } else if ((tag.startsWith("NN") || tag.startsWith("JJ")) && noun(g, w) != null
          && !UndoneMeasures.undone(g, w) && !TieActs.actedOn(g, w) && !GroupDescriptors.describes(g, w)
          && !Deliberations.discussed(g, w)) {
        out.add(new Cue(w, noun(g, w), text(g, w), true));
      } else if (tag.startsWith("NN") && UndergoneNouns.onlyUndergone(g, w) != null) {
        out.add(new Cue(w, UndergoneNouns.onlyUndergone(g, w), text(g, w), true));
      }
    }
    List<Cue> demanded = Demands.apply(g, out);
    demanded.addAll(Refusals.find(g, demanded));
    demanded.addAll(Listings.find(g, demanded));
    return demanded;
  }

  /**
   * The words a dictionary pattern of the verb {@code w} is matched against: those after it, then, for a verb that is
   * a cue only by its patterns, those from each object on, past the object's modifiers: "extended a night-time
   * curfew", "imposed a 24-hour curfew" (a hyphenated modifier is three tokens, more than a pattern lets between
   * its words).
   */
  static List<List<String[]>> windows(Graph g, IndexedWord w) {
    List<List<String[]>> out = new ArrayList<>();
    out.add(g.following(g.idx(w), 8));
    if (g.lex.events.patternCue(g.lemmaOf(w))) {
      for (IndexedWord o : g.children(w, "obj")) {
        if (g.idx(o) > g.idx(w) + 1) {
          out.add(g.following(g.idx(o) - 1, 8));
        }
        IndexedWord held = Measures.contents(g, o);
        if (held != o) {
          // "launched two days of large-scale drills": the pattern reads what the container holds, from its "of".
          out.add(g.following(g.idx(o), 8));
        }
      }
    }
    return out;
  }

  /**
   * "launched an offensive against X", "issued a stern warning to X": a verb that is a cue only through its pattern
   * lends the stance to its object noun, which is the cue (with the verb's subject as holder); two cues would be one
   * claim twice. A noun whose stance someone else holds ("dismissed criticism from Y", "brushed off Y's warnings",
   * "dismissed the Saudi criticism")
   * is not lent: the verb answers it and is a cue of its own, toward that someone.
   */
  private static boolean stanceNounObject(Graph g, IndexedWord w) {
    // "sent a message of congratulations to Y": a container's contents are the object it lends the stance to.
    return g.children(w, "obj").stream().map(o -> Measures.contents(g, o))
        .anyMatch(o -> g.pos(o).startsWith("NN") && noun(g, o) != null
            && Holders.ofNoun(g, o).stream().allMatch(h -> g.pos(h).equals("PRP$")));
  }

  /** The stance of a listed noun by its lemma, or by the hyphenated word it heads ("a sit-in"), or null. */
  private static Stance noun(Graph g, IndexedWord w) {
    Stance s = g.lex.stanceNouns.get(g.lemmaOf(w));
    return s != null ? s : g.lex.stanceNouns.get(g.hyphenatedLemma(w));
  }

  /**
   * The noun a phrase starting with an adjective modifies inside the phrase ("joint naval exercises": "exercises"),
   * or null: phrases headed by a verb ("turn the page") keep their first word as head.
   */
  private static IndexedWord nounHead(Graph g, IndexedWord first, int from, int to) {
    if (!g.pos(first).startsWith("JJ")) {
      return null;
    }
    IndexedWord cur = first;
    for (int d = 0; d < to - from; d++) {
      IndexedWord p = g.parent(cur);
      if (p == null || g.idx(p) < from || g.idx(p) > to) {
        break;
      }
      cur = p;
    }
    return cur != first && g.pos(cur).startsWith("NN") ? cur : null;
  }

  /** "had committed crimes": a participle after "have" is a verb in the perfect, not an adjective. */
  private static boolean perfect(Graph g, IndexedWord w) {
    for (IndexedWord a : g.children(w, "aux")) {
      if (g.lemmaOf(a).equals("have")) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Graph g, EnglishLexicon.Phrase p, int i) {
    return p.continuesAt(g.toks, i);
  }

  /** The cue with the adverbs, auxiliaries and governing verbs that make it read naturally: "continue to back". */
  static String text(Graph g, IndexedWord w) {
    int from = g.idx(w);
    int to = g.idx(w);
    IndexedWord p = g.parent(w);
    if (p != null && g.relToParent(w).equals("xcomp") && g.idx(p) < g.idx(w) && g.idx(w) - g.idx(p) <= 3) {
      from = g.idx(p);
    }
    for (IndexedWord c : g.children(w, "advmod", "amod", "compound")) {
      if (Math.abs(g.idx(c) - g.idx(w)) <= 2 && !g.named(g.idx(c))) {
        from = Math.min(from, g.idx(c));
        to = Math.max(to, g.idx(c));
      }
    }
    for (IndexedWord c : g.children(w, "compound:prt")) {
      to = Math.max(to, g.idx(c));
    }
    return g.text(from, to);
  }
}
