package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * A support or opposition whose arguments name no actor ("pledged to send more weapons … to bolster Syrian defenses")
 * takes the one other actor the sentence names, if there is exactly one: not the holders, the voices or the agencies,
 * not whoever an attribution after a comma names ("…, a UN official said") or an "according to" phrase cites, not an
 * unnamed source, an outlet, an actor of unknown kind, a place ("in Gaza", "in the Gulf of Oman", {@link Locations};
 * "in the Somali capital", {@link PlaceDemonyms}), ground crossed ("a corridor through Armenian territory", {@link
 * Routes}), where an act comes from ("stormed the fence from Belarus"), whom a complaint is made to, whom a harm or a
 * good is done to ("in protest at Y's arrest", "demanding Y's release", {@link Victims}), whose rules or rights a deed
 * breached ("as a violation of Y's sovereignty", {@link Breaches}), the subject of another cue or the agent of a
 * participle ("Oman-brokered", {@link ParticipleAgents}), the owner or maker of a thing ("a Cypriot-owned tanker",
 * {@link ProvenanceHyphens}), an actor named in the act's setting ("amid Ugandan anger", "despite Serbia's concern",
 * "after talks with Y": SETTING in {@code relations.tsv}), the agent of a passive whose subject is the stance ("X's
 * criticism was echoed by Y"), nor, for a support, the other side of a conflict ("backed
 * the government in its war with Y", {@link ConflictOpponents}). A go-between's stance (MEDIATE: "under Norwegian
 * mediation") takes none, nor does the purpose of forces sent somewhere when it names what they act on ("sent troops to
 * X to fight the insurgents"), nor a charge's denial ({@link DeniedCharges}). Stateless.
 */
final class FallbackTarget {

  private FallbackTarget() {}

  /**
   * The words of whoever speaks in an attribution after what is said, named or not: those between a comma and the
   * speech verb after it ("…, a UN official said"), which a parser may hang anywhere.
   */
  private static Set<Integer> voices(Graph g, IndexedWord cue) {
    Set<Integer> out = trailingVoices(g, cue, false);
    // "…, according to the Kenya Police Service": the source cited is a voice, even where the catalog knows only part
    // of its name and the frame has no speaker.
    java.util.Set<String> source = g.lex.relations(EnglishLexicon.RelationClass.SOURCE);
    for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : g.g.edgeListSorted()) {
      String r = Graph.rel(e);
      int colon = r.indexOf(':');
      if (colon > 0 && source.contains(r.substring(colon + 1))) {
        g.collect(e.getDependent(), out, 0);
      }
    }
    return out;
  }

  static List<ActorSpan> of(Graph g, IndexedWord cue, List<ActorSpan> holders, List<SpeechFrames.Frame> chain,
      Map<IndexedWord, Stance> cues) {
    if (g.governs(cue, EnglishLexicon.GovernorClass.MEDIATE)
        || g.children(cue, "xcomp").stream().anyMatch(x -> g.governs(x, EnglishLexicon.GovernorClass.MEDIATE))) {
      // "talks with Y resumed under Norwegian mediation", "offered to mediate between X and Y": the one other actor is
      // whom the go-between goes between, no side it takes.
      return List.of();
    }
    if (StanceAgents.appositive(g, cue)) {
      // "X, a close ally, said the court …": an ally in apposition is whose its own words say, or no one's.
      return List.of();
    }
    if (DeniedCharges.charge(g, cue) != null) {
      // "X said Y was backed by Z, an allegation Z rejected": the denial is toward the accuser, or no one.
      return List.of();
    }
    if (MovedForces.mover(g, cue) != null && !g.children(cue, "obj").isEmpty()) {
      // "sent troops to Mozambique to fight the insurgents": the purpose names whom the forces act on; where they go
      // is a place, not that.
      return List.of();
    }
    IndexedWord described = g.parent(cue);
    if (described != null && g.relToParent(cue).startsWith("acl") && !g.relToParent(cue).equals("acl:relcl")
        && holders.stream().anyMatch(h -> h.first() <= g.idx(described) && g.idx(described) <= h.last())) {
      // "police dispersed demonstrators protesting the results": a participle describes its noun; what the rest of
      // the sentence does to that noun is not what it is about.
      return List.of();
    }
    List<IndexedWord> up = Clauses.governors(g, cue, chain.isEmpty() ? null : chain.get(0));
    IndexedWord root = subordinate(g, cue) ? cue : up.get(up.size() - 1);
    // What the cue's own object names was looked at already: an actor there that is no target is a victim or a
    // topic ("condemned the attack on X"), not the one the stance is taken toward.
    Set<Integer> object = new HashSet<>();
    List<IndexedWord> objects = g.children(cue, "obj");
    if (PersonObjects.of(g, cue)) {
      return List.of();
    }
    for (IndexedWord o : objects) {
      g.collect(o, object, 0);
    }
    // "supported efforts to hold X accountable": what the object would do to X is its own relation, not the cue's,
    // unless it is a cue of the same side ("welcomed the decision to lift sanctions on X").
    Stance own = cues.get(cue);
    for (IndexedWord x : g.children(cue, "xcomp")) {
      if (g.children(x, "nsubj:xsubj").stream().anyMatch(objects::contains) && cues.get(x) != own) {
        g.collect(x, object, 0);
      }
    }
    // "backed the proposal to use frozen Chilean assets": a proposed act toward no one names no target (ProposedActs).
    ProposedActs.idleActs(g, cue).forEach(x -> g.collect(x, object, 0));
    // "Chile's criticism of the tariffs was echoed by Peru": who a passive says echoed, shared or rejected the stance
    // answers it, and is not whom it is toward.
    IndexedWord answered = g.relToParent(cue).startsWith("nsubj:pass") ? g.parent(cue) : null;
    if (answered != null) {
      g.children(answered, "obl:agent").forEach(a -> g.collect(a, object, 0));
    }
    // "agreed to phase out Russian gas": what is given up is whose it is, not whom the agreement backs (EndedTies).
    for (IndexedWord x : g.children(cue, "xcomp", "advcl:to")) {
      if (own == Stance.SUPPORT && EndedTies.ends(g, x) && !cues.containsKey(x)) {
        g.collect(x, object, 0);
      }
    }
    Set<Integer> taken = new HashSet<>();
    Set<String> takenIds = new HashSet<>();
    for (ActorSpan h : holders) {
      for (int k = h.first(); k <= h.last(); k++) {
        taken.add(k);
      }
      takenIds.add(h.actor().id());
    }
    for (SpeechFrames.Frame f : chain) {
      if (f.speaker != null) {
        takenIds.add(f.speaker.actor().id());
      }
      f.agencies.forEach(a -> takenIds.add(a.actor().id()));
    }
    Set<Integer> voices = voices(g, cue);
    Map<String, ActorSpan> found = new LinkedHashMap<>();
    Set<String> otherHolders = new HashSet<>();
    for (int i = 0; i < g.size(); i++) {
      if (taken.contains(i) || object.contains(i) || voices.contains(i)) {
        continue;
      }
      ActorSpan m = g.mentionAt(i);
      if (m == null) {
        IndexedWord w = g.node(i);
        Actor dem = w == null ? null : g.demonym(w);
        if (dem != null) {
          m = ActorSpan.of(i, i, dem, w.word());
        }
      }
      if (m != null && (overlaps(m, taken) || principal(g, m, taken) || holdersModifier(g, m, holders, cue))) {
        // "Foreign Minister Santiago Ferreira signed …": a name the holder's words are part of is the holder;
        // "Japarov's spokesman, Askat Alagozov, rejected …": whom the holder speaks for is the holder's own side.
        continue;
      }
      if (m != null && !m.anonymous() && !m.media() && !Outlets.press(m) && !takenIds.contains(m.actor().id())
          && m.actor().kind() != ActorKind.UNKNOWN && !place(g, m, holders) && !addressee(g, m) && !Victims.named(g, m)
          && !Victims.befallen(g, m)
          && !Breaches.wronged(g, m, cue) && !channel(g, m) && !setting(g, m) && !left(g, m) && !origin(g, m)
          // "expressed concern for the safety of the Chinese crew": whom a feeling is for (FeltStimuli).
          && !FeltStimuli.inFeltFor(g, g.node(m.last()))
          // "fired at a Norwegian-owned tanker": the owner or maker of a thing is no party to what is done to it.
          && !ProvenanceHyphens.owner(g, m)
          // "detained the suspect at Lithuania's request": who asked for the act is behind it (Requests).
          && !Requests.asker(g, g.node(m.last()))
          // "France, along with Germany, condemned …": a partner in the act is no target of it (CoAgents).
          && !CoAgents.partner(g, g.node(m.last()))
          // "lifted the ban, a decision welcomed by Z": whoever reacts to the act is no party to it (ReactionNouns).
          && !ReactionNouns.reactor(g, g.node(m.last()))
          // "one, a Jordanian national, was arrested": whose citizen the person is (Citizenships).
          && !Citizenships.ofCitizen(g, g.node(m.last()))
          // "criticised the vote, as did France": one who does the same is beside the holder, not its target.
          && !LikeDoers.alike(g, m)
          // "as more damaging to Europe than to Russia": the standard of a comparison (ComparedTerms).
          && !ComparedTerms.standard(g, g.node(m.last()))
          && inClause(g, m, root, taken)
          // "backed the government in its war with Y": the other side of the conflict is not whom it backs.
          && !(own == Stance.SUPPORT && ConflictOpponents.opponent(g, m))) {
        found.putIfAbsent(m.actor().id(), m);
        if (holdsAnother(g, m, cue, cues) || ParticipleAgents.agent(g, m) || targetOfAnother(g, m, cue, cues)
            || city(g, m)) {
          // Counts as another actor of the clause, but is never the one taken.
          otherHolders.add(m.actor().id());
        }
      }
    }
    return found.size() == 1 && !otherHolders.containsAll(found.keySet()) ? List.copyOf(found.values()) : List.of();
  }

  /** The words of the speakers named after their speech verbs in the sentence (see {@link #after}), but the cue's. */
  static Set<Integer> quoteSpeakers(Graph g, IndexedWord cue) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < g.size(); i++) {
      IndexedWord v = g.node(i);
      if (v != null && !v.equals(cue) && g.pos(v).startsWith("VB") && g.isSpeech(v)) {
        out.addAll(after(g, v));
      }
    }
    return out;
  }

  /**
   * "…," said Ana Rojas, a political scientist: after a speech verb that follows a comma or a closing quote, with its
   * subject after it and none before, the words up to the next comma, at most eight (the parser may make the speaker
   * its object; "X, the EU's envoy, told lawmakers that …" has its speaker before).
   */
  private static Set<Integer> after(Graph g, IndexedWord v) {
    Set<Integer> out = new HashSet<>();
    int i = g.idx(v);
    if (i > 0 && (g.toks.get(i - 1).word().equals(",") || g.toks.get(i - 1).tag().equals("''"))
        && g.children(v, "nsubj").stream().noneMatch(s -> g.idx(s) < i)
        && g.children(v, "nsubj", "obj").stream().anyMatch(s -> g.idx(s) > i)) {
      for (int k = i + 1; k < Math.min(g.size(), i + 9) && !g.toks.get(k).word().equals(","); k++) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * The words between a comma and a speech verb after it, at most eight ("…, a UN official said"); with {@code
   * namesOnly}, only where no verb stands among them, so that a clause of the speech verb's own ("…, criticised the EU
   * for what it called …") is no voice; and the speakers named after their verbs ({@link #after}).
   */
  static Set<Integer> trailingVoices(Graph g, IndexedWord cue, boolean namesOnly) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < g.size(); i++) {
      IndexedWord v = g.node(i);
      if (v == null || v.equals(cue) || !g.pos(v).startsWith("VB") || !g.isSpeech(v)) {
        continue;
      }
      out.addAll(after(g, v));
      for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
        if (g.toks.get(k).word().equals(",")) {
          // "…, Nigeria and Benin have said": the speech verb's own auxiliaries open no clause.
          java.util.List<IndexedWord> own = g.children(v, "aux", "aux:pass", "cop");
          boolean verbless = java.util.stream.IntStream.range(k + 1, i)
              .noneMatch(j -> g.node(j) != null && g.pos(g.node(j)).startsWith("VB") && !own.contains(g.node(j)));
          if (verbless || !namesOnly) {
            java.util.stream.IntStream.range(k + 1, i).forEach(out::add);
          }
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether the actor is named in the cue's own clause: not in a conjoined or parenthetical clause, nor in a noun or
   * a clause with a subject of its own that the parser could only hang loosely on its verb ("dep": "…; Baghdad
   * Summons Ambassador"; "to help people fleeing Sudan", though "memos sent by Y" keep their author and "sanctions not
   * adopted by Y" do not), not inside the
   * holder's phrase ("X, a critic of Y, condemned …"), not in the reason given for a criticism ("blamed the West for
   * encouraging Y"), not in a clause of contrast with a subject of its own ("backed the tariffs, though his minister
   * warned they could hurt Y exporters", "voted against it, with Y's envoy arguing …", {@link Contrasts}), nor the
   * subject of a clause that sets itself beside the holder's ("while Y pressed for it"), nor in the setting of the act
   * ("after talks with Y", "amid Y's anger"), nor in a free relative naming the act's cause ("in what they call
 * solidarity with Y", {@link NamingClauses}). The subject of an "as" clause stays possible: in "reject the dam's
   * filling as Y calls it a right" Y is the doer answering for its deed as often as an onlooker; what that subject
   * acts on is its own affair ("arrested 100 people as protesters blockaded Y's port").
   */
  private static boolean inClause(Graph g, ActorSpan m, IndexedWord root, Set<Integer> holderTokens) {
    IndexedWord cur = g.node(m.last());
    String own = cur == null ? "" : g.relToParent(cur);
    String below = "";
    for (int d = 0; cur != null && d < 12; d++) {
      if (cur.equals(root)) {
        return true;
      }
      IndexedWord p = g.parent(cur);
      String r = g.relToParent(cur);
      if (p == null || r.startsWith("conj") || r.startsWith("parataxis") || r.startsWith("acl:relcl")
          // "arrested 100 people as protesters blockaded X's port": past the subject of an "as" clause, what its own
          // subject acts on is that subject's affair.
          || r.equals("advcl:as") && d > 0 && !below.startsWith("nsubj") && !g.children(cur, "nsubj").isEmpty()
          || r.equals("dep") && g.pos(p).startsWith("VB") && (g.pos(cur).startsWith("NN")
              || g.pos(cur).startsWith("VB") && !g.children(cur, "nsubj").isEmpty() && d == 1
                  && !((own.equals("obl:by") || own.equals("obl:agent")) && !Doers.negated(g, cur)))
          || Contrasts.apart(g, cur, r) || saying(g, cur, r) || holderTokens.contains(g.idx(p))
          // "attacked ships in what they call solidarity with Y": the name the doers give their deed's cause.
          || (r.startsWith("advcl") || r.startsWith("obl")) && NamingClauses.names(g, cur)
          // "dropped its veto after talks with Y", "defended the deal amid Y's anger": the setting's actor is in a
          // relation of its own (talks, anger), not whom the act is aimed at.
          || g.lex.relations(EnglishLexicon.RelationClass.SETTING).contains(r)
          // "condemned the killings, unlike Y", "without naming Y": Y is set apart from the holder's act.
          || g.lex.relations(EnglishLexicon.RelationClass.FOIL).contains(r)
          // "vetoed the resolution, prompting France to threaten sanctions", "…, drawing a rebuke from France":
          // France reacts, it is no target.
          || Provocations.provoking(g, cur) || Provocations.misreadParticiple(g, cur) != null
          // "rescued the hostages from Y": whom the freed are taken from is against whom the act is (Rescues).
          || Rescues.heldFrom(g, p, r)
          // "voted against the deal, while Y pressed for it": Y sets itself beside the holder, a party of its own.
          || d == 1 && own.startsWith("nsubj")
              && g.lex.relations(EnglishLexicon.RelationClass.RIVAL_SUBJECT).contains(r)
          || g.lex.governors.containsKey(g.lemmaOf(p))
          && g.pos(p).startsWith("VB") && (Complements.reason(r) || r.equals("xcomp"))) {
        return false;
      }
      below = r;
      cur = p;
    }
    return false;
  }

  /**
   * Whether the cue heads a subordinate clause with a subject of its own ("Ramaphosa thanks unions as Cosatu backs
   * wage deal", "after Y backed the plan"): its own proposition, whose target is not found in the clause it hangs on.
   */
  private static boolean subordinate(Graph g, IndexedWord cue) {
    return !g.children(cue, "nsubj").isEmpty() && g.children(cue, "mark").stream()
        .anyMatch(m -> g.pos(m).equals("IN") && !g.lemmaOf(m).equals("that"));
  }

  /**
   * Whether the clause is what the holder says while taking the stance, a participle of speech hung on the cue
   * ("criticised the governor, saying the policy hurt Y exporters"): the reason given, whose actors are not the
   * stance's target. The parser makes "saying" the clause's own verb (an adverbial clause, or a loose "dep") or a
   * marker of the verb under it.
   */
  private static boolean saying(Graph g, IndexedWord clause, String rel) {
    if (!rel.startsWith("advcl") && !rel.equals("dep")) {
      return false;
    }
    return g.pos(clause).equals("VBG") && g.isSpeech(clause)
        || g.children(clause, "mark").stream().anyMatch(m -> g.pos(m).equals("VBG") && g.isSpeech(m));
  }

  /**
   * Whether the actor is the subject of another cue: it holds a stance of its own ("X praised Y, while Z
   * congratulated …"), it is not whom the other clause's stance is taken toward ("X pledged support as Y faced a
   * crisis" still gives Y).
   */
  private static boolean holdsAnother(Graph g, ActorSpan m, IndexedWord cue, Map<IndexedWord, Stance> cues) {
    for (int k = m.first(); k <= m.last(); k++) {
      IndexedWord w = g.node(k);
      IndexedWord p = w == null ? null : g.parent(w);
      String r = w == null ? "" : g.relToParent(w);
      // "… under Turkish mediation": the demonym or possessor of a stance noun holds that noun's stance.
      if (p != null && !p.equals(cue) && cues.containsKey(p) && (r.startsWith("nsubj")
          || g.pos(p).startsWith("NN") && (r.equals("amod") || r.equals("nmod:poss") || r.equals("compound")))) {
        return true;
      }
      // "drew a protest from Kyiv and a warning from the Commission": the "from" phrase of another stance noun,
      // on the noun or on the verb it is undergone by, holds that noun's stance.
      if (p != null && !p.equals(cue) && cues.containsKey(p) && g.pos(p).startsWith("NN")
          && r.equals("nmod:from")) {
        return true;
      }
      for (IndexedWord c : cues.keySet()) {
        if (w != null && !c.equals(cue) && UndergoneNouns.holdersOnVerb(g, c).contains(w)) {
          return true;
        }
      }
      // "said Uganda would press for new UN sanctions": who asks for the measure is on its side, not its target.
      if (p != null && r.startsWith("nsubj") && g.verbOf(p, EnglishLexicon.GovernorClass.ASK)
          && p.equals(g.parent(cue))) {
        return true;
      }
      // "signs pact as Bolivian miners block highways": the demonym of another cue's subject names its holders.
      IndexedWord v = p == null ? null : g.parent(p);
      if (v != null && !v.equals(cue) && cues.containsKey(v) && g.relToParent(p).startsWith("nsubj")
          && (r.equals("amod") || r.equals("nmod:poss") || r.equals("compound"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actor is what another stance verb acts on ("boycotted the vote, while Y praised Z for its restraint"),
   * or whom another stance noun is toward ("in solidarity with Z"): Z is that cue's target, set beside the holder's
   * stance, not whom that stance is toward. Counted, never taken.
   */
  private static boolean targetOfAnother(Graph g, ActorSpan m, IndexedWord cue, Map<IndexedWord, Stance> cues) {
    IndexedWord head = g.node(m.last());
    IndexedWord p = head == null ? null : g.parent(head);
    if (p == null || p.equals(cue) || !cues.containsKey(p)) {
      return false;
    }
    // "attacked shipping in what they said was solidarity with Palestinians": the stance noun's party is its own.
    return g.pos(p).startsWith("VB") && g.lex.relations(EnglishLexicon.RelationClass.VERB_TARGET)
        .contains(g.relToParent(head)) || g.pos(p).startsWith("NN") && !g.relToParent(head).startsWith("obl")
        && g.lex.relations(EnglishLexicon.RelationClass.NOUN_TARGET).contains(g.relToParent(head));
  }

  /**
   * Whether {@code m} hangs on the noun whose words or possessor name the holder ("Ethiopian Fano faction agrees to …",
   * "criticism from the party's youth wing, the Jusos"): it describes the holder (its state, its kind, where it is
   * sent, its own branch), never whom it acts toward.
   */
  private static boolean holdersModifier(Graph g, ActorSpan m, List<ActorSpan> holders, IndexedWord cue) {
    IndexedWord w = g.node(m.last());
    IndexedWord head = w == null ? null : g.parent(w);
    if (head == null) {
      return false;
    }
    for (ActorSpan h : holders) {
      IndexedWord hw = g.node(h.last());
      String r = hw == null ? "" : g.relToParent(hw);
      // "Putin's Pyongyang visit": on the cue itself, a word beside its possessor says whom the act is toward.
      if ((r.equals("compound") || r.equals("nmod:poss") && !head.equals(cue)) && head.equals(g.parent(hw))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code m} owns or qualifies a noun the holder is set in apposition to ("Japarov's spokesman, Askat
   * Alagozov", "his Russian counterpart, Tatyana Moskalkova"): whose the holder's office is, not whom the act is toward.
   */
  private static boolean principal(Graph g, ActorSpan m, Set<Integer> holderTokens) {
    IndexedWord head = g.node(m.last());
    // "The African Union Commission chairperson, X,": the body may sit deeper in the office's compound.
    for (int d = 0; d < 3 && head != null; d++) {
      IndexedWord office = g.parent(head);
      if (office == null || !List.of("nmod:poss", "amod", "compound").contains(g.relToParent(head))) {
        return false;
      }
      // The other order ("Askat Alagozov, Japarov's spokesman,") is inside the holder's phrase already (inClause).
      if (g.children(office, "appos").stream().anyMatch(a -> holderTokens.contains(g.idx(a)))) {
        return true;
      }
      head = office;
    }
    return false;
  }

  private static boolean overlaps(ActorSpan m, Set<Integer> tokens) {
    for (int k = m.first(); k <= m.last(); k++) {
      if (tokens.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the actor is whom a complaint is made to ("complained to the UN about …"), not what it is about. */
  private static boolean addressee(Graph g, ActorSpan m) {
    IndexedWord head = g.node(m.last());
    return head != null && Complaints.addressee(g, head);
  }

  /**
   * Whether the actor is named as a place ("in Gaza", "near the border with X", "at the Court of Arbitration for
   * Sport", where the parser hangs "for Sport" on the verb: {@link SplitPlaceNames}; "flew to The Hague": {@link
   * Destinations}; "a suburb west of Dhaka": {@link CompassPlaces}), not as a party.
   */
  private static boolean place(Graph g, ActorSpan m, List<ActorSpan> holders) {
    IndexedWord head = g.node(m.last());
    return head != null && (g.lex.relations(EnglishLexicon.RelationClass.PLACE).contains(g.relToParent(head))
        || Locations.within(g, head) && !(Locations.inDivision(g, head) && PlaceDemonyms.foreign(g, m, holders))
        || PlaceDemonyms.locates(g, head) && !PlaceDemonyms.foreign(g, m, holders)
        || Routes.crossed(g, head) || Routes.destination(g, head) || Routes.endpoint(g, head)
        || SplitPlaceNames.placed(g, m) || Venues.meetsAt(g, head)
        || g.parent(head) != null && (Destinations.placeOnly(g, g.parent(head), head)
            || CompassPlaces.landmarkOnly(g, g.parent(head), head)));
  }

  /**
   * Whether the actor is a state the sentence names only by a city or a province of it ("in the Alto area of
   * Cordoba", "roads into Cordoba", {@code sub-national-places.tsv}): a place named where no argument of the
   * cue names it says where, not whom the stance is toward. It still counts as another actor of the sentence, as
   * the state it stands for might be meant after all.
   */
  private static boolean city(Graph g, ActorSpan m) {
    return m.actor().kind() == ActorKind.STATE
        && g.lex.subNationalPlaces.containsKey(m.text().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the actor is where a verb's act comes from ("migrants stormed the fence from Belarus", "fired rockets
   * from Lebanon"): an origin is a place, no party to the act.
   */
  private static boolean origin(Graph g, ActorSpan m) {
    IndexedWord head = g.node(m.last());
    // Verbs of taking and of withdrawal read their "from" phrase as their target before any fallback (Targets).
    return head != null && g.relToParent(head).equals("obl:from");
  }

  /**
   * Whether the actor is the one the act turns away from ("to diversify its gas supplies away from Russia"): a
   * supply or a tie taken away from a party backs it least of all.
   */
  private static boolean left(Graph g, ActorSpan m) {
    IndexedWord head = g.node(m.last());
    return head != null && g.relToParent(head).endsWith(":away_from");
  }

  /**
   * Whether the actor only says where talks, an accord or a vote are held, what talks are about, or where a complaint
   * is lodged or sent ("under the Muscat framework, Iran agreed …", "the Kenyan election results", "lodged a protest
   * with the UN", "sent a letter of protest to the UN"): the modifiers a target's noun leaves out ({@link Venues},
   * {@link TalkTopics}, {@link HeldEvents}, {@link CaseForums}) are no party either when no noun of the cue's holds
   * them.
   */
  private static boolean setting(Graph g, ActorSpan m) {
    IndexedWord head = g.node(m.last());
    IndexedWord noun = head == null ? null : g.parent(head);
    return noun != null && (Venues.placeOnly(g, noun, head) || TalkTopics.topicOnly(g, noun, head)
        || HeldEvents.placeOnly(g, noun, head) || CaseForums.lodgedWith(g, noun, head)
        || CaseForums.sentTo(g, noun, head));
  }

  /**
   * Whether the actor is the medium, addressee or forum of the occasion the act is voiced in ("in an interview with
   * Y", "at a meeting of Y's ministers", "in a speech to Y" with "to Y" hung on the verb, {@link Channels}).
   */
  private static boolean channel(Graph g, ActorSpan m) {
    IndexedWord head = g.node(m.last());
    IndexedWord verb = head == null ? null : g.parent(head);
    return head != null && (Channels.party(g, head)
        || verb != null && Channels.addressee(g, verb, head, g.relToParent(head)));
  }

}
