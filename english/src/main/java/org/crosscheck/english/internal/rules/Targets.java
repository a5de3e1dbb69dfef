package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.spi.ActorSpan;

/**
 * Toward whom a cue's stance is taken. For a verb: its object and prepositional arguments ({@code relations.tsv},
 * VERB_TARGET), the passive subject when an agent holds ("X was condemned by Y"), the object of an infinitive it
 * governs ("agreed to help X"). For a noun: its prepositional arguments (NOUN_TARGET: "support for X", "attacks
 * on X"), the object of a clause it governs, and the recipient of the light verb it is the object of ("issued
 * warnings to X"). An adjective or participle also reaches into its complement ("committed to supplying aid to
 * X"). Inside each argument the actor is looked for through possessors, "of"-phrases, demonyms and compounds
 * (TARGET_PATH), a news outlet only where the verb acts on it ({@link Outlets}), from a noun of harm only to its
 * doer ("the arrest of X by Y" is toward Y); conjoined targets come along ("Turkey and Iran"). A gerund the parser
 * made a name's adjective takes the name ({@link GerundObjects}); a protest at a mission is against its state
 * ({@link Embassies}). A complaint lodged with a forum is against whom its "against" phrase names
 * ({@link Forums}); a complaint's target is the subject of the clause complained of, or what it is about, never
 * whom it is made to ({@link Complaints}). A measure lifted or eased is toward whom it was on ("lifted its ban on
 * X", UNDO in {@code governors.tsv}); a measure imposed, toward whom it is on, not whose it is ("imposed EU sanctions
 * on X", {@link Impositions}); a withdrawal, toward whom it leaves ("withdrew its troops from X",
 * WITHDRAW; not toward the troops, {@link MovedForces}, nor toward an envoy "from X"); a show of force, not toward
 * the forces shown ("put troops on alert", {@link ShowsOfForce}); a capture, toward whom it
 * was taken from ("recaptured the town from X", SEIZE); a threat, toward whom its condition names
 * ({@link Conditions}); pressure, toward whoever acts under it ({@link Pressures}); a visit, toward its host
 * ({@link Arrivals}); a projectile fired at someone, toward whom it is fired at, not what it is named after ("fired
 * Fatah rockets at Y", {@link ThrownObjects}); a peace force deployed or its mandate renewed, toward the state it
 * serves in ({@link PeaceForces}, {@link Mandates}); a protest, toward whoever holds it ({@link Gatherings}). A
 * go-between's noun befalls none of those it goes between ("met under US mediation", MEDIATE). A thing or a deed is
 * whoever a participle's "by" phrase names ("positions held by Y", {@link Doers}); a backer's stance is toward the
 * group hyphenated to it ("Iran-backed militias", {@link HyphenAgents}); where something happens is no target
 * ({@link Locations}).
 * A border's neighbour deep in a target phrase is no target ({@link Borders}). A noun that describes the name set
 * after it is that name, not its possessor ("Malaysia's neighbour Singapore", {@link ApposedNames}). A preposition
 * stranded before a conjunction takes the object that ends it ("ties with and an embassy in X",
 * {@link RaisedObjects}). "The two neighbours" are the two states just named ({@link Pairs}), "the bloc" the body
 * ({@link Antecedents#described}). A text's author is whom acts on it are toward ("vetoed a French-drafted
 * Security Council resolution" is toward France, {@link DraftAuthors}).
 * Failing all,
 * the person a speech frame addresses ("notified the government that it would not …"). Stateless.
 */
final class Targets {

  private Targets() {}

  static List<ActorSpan> of(Graph g, IndexedWord w, boolean nominal, SpeechFrames.Frame frame,
      List<ActorSpan> holders) {
    EnglishLexicon lex = g.lex;
    IndexedWord backed = nominal ? null : HyphenAgents.modified(g, w);
    if (backed != null && AlignedGroups.aligned(g, w)) {
      return AlignedGroups.partner(g, w);
    }
    if (backed != null) {
      // "Iran-backed militias": the backer's stance is toward the group the participle describes, nothing else.
      ActorSpan group = in(g, backed, 0, holders);
      // Its span starts at the noun, not at the backer its name begins with, which holds the stance.
      return group == null ? List.of()
          : List.of(ActorSpan.of(Math.max(group.first(), g.idx(backed)), group.last(), group.actor(), group.text()));
    }
    List<IndexedWord> direct = new ArrayList<>();
    List<IndexedWord> aidFor = nominal ? List.of() : BlockedMeasures.aidFor(g, w);
    if (!nominal && Rescues.against(g, w)) {
      // "freed the town from the militia": the act is against whom the town is taken from, and no one else.
      direct.addAll(Rescues.from(g, w));
    } else if (!nominal && AppealAddressees.asks(g, w, holders)) {
      // "urged Burundi and Rwanda to resolve …": the appeal is to those asked, and no one else (AppealAddressees).
      direct.addAll(AppealAddressees.asked(g, w));
    } else if (!aidFor.isEmpty()) {
      // "blocked EU military aid for Ukraine": against whom the aid is for, not its giver (BlockedMeasures).
      direct.addAll(aidFor);
    } else if (nominal) {
      // "lodged a protest with the UN": the body a complaint goes to is no target of it (CaseForums).
      g.children(w, lex.relations(EnglishLexicon.RelationClass.NOUN_TARGET)).stream()
          .filter(c -> !CaseForums.lodgedWith(g, w, c) && !FeltStimuli.feltFor(g, w, c)).forEach(direct::add);
      direct.addAll(StanceAgents.toward(g, w));
      // "was alarmed by Y's crackdown": what moved the feeling, not the agent the parser makes of it.
      direct.addAll(FeltStimuli.causesOf(g, w));
      // "its accusation that the UAE arms Y": the one the allegation's clause accuses (Allegations).
      direct.addAll(Allegations.accused(g, w));
      for (IndexedWord x : g.children(w, "xcomp", "acl", "acl:")) {
        // "support for Y to join Z" is toward Y; "support for a plan to use Z's assets" toward no Z (ProposedActs).
        direct.addAll(ProposedActs.doers(g, x));
        if (ProposedActs.reaches(g, w, x)) {
          direct.addAll(g.children(x, "obj", "obl:to", "obl:for"));
        }
      }
      IndexedWord v = g.parent(Measures.carrier(g, w));
      String up = g.relToParent(Measures.carrier(g, w));
      // "Y met under US mediation": a go-between's help befalls no one, it goes between them (MEDIATE).
      if (UndergoneNouns.verb(g, w) != null && !g.governs(w, EnglishLexicon.GovernorClass.MEDIATE)) {
        // "Y came under criticism from X", "Y faced condemnation from X": the one who undergoes it is the target;
        // "Y vetoed the draft, drawing a rebuke from X": the one whose act draws it.
        direct.addAll(Provocations.subjects(g, UndergoneNouns.verb(g, w)));
      } else if (up.equals("obj") && v != null && !Complaints.complaint(g, v)) {
        // "sent a letter of protest to the UN": the body a protest is put before is no target of it (CaseForums).
        g.children(v, lex.relations(EnglishLexicon.RelationClass.LIGHT_VERB_TARGET)).stream()
            .filter(c -> !CaseForums.sentTo(g, v, c)).forEach(direct::add);
      }
      // "vowed revenge after Y's strike": the noun of an answer answers whoever struck.
      direct.addAll(AnsweringActs.provokers(g, w));
    } else {
      // "Kenya expelled Y's envoy, a move condemned by Z": Z condemned Kenya.
      direct.addAll(ReactionNouns.doers(g, w));
      List<IndexedWord> pass = g.children(w, "nsubj:pass");
      List<IndexedWord> agent = g.children(w, "obl:agent", "obl:by");
      if (!pass.isEmpty() && (!agent.isEmpty() || StrandedAgents.agent(g, w) != null)) {
        direct.addAll(pass);
      }
      IndexedWord described = agent.isEmpty() || !ReducedPassives.describes(g, w) ? null : g.parent(w);
      if (described != null && (g.mentionOf(described) != null || CommonNouns.at(g, described) != null)) {
        // "rebels backed by Rwanda": the party a passive participle describes undergoes its agent's act ("the ban
        // imposed by FIFA" is no party, and what hangs on it is not read through it).
        direct.add(described);
      }
      if (HeadlinePassives.is(g, w)) {
        direct.addAll(HeadlinePassives.undergoers(g, w));
      }
      if (!agent.isEmpty()) {
        // "X retaliated after being attacked by Y": Y attacked X.
        direct.addAll(SubjectlessPassives.undergoers(g, w));
      }
      // "apologised to Y for arming Z": an apology's reason is no target either.
      boolean reasonTaking = g.governs(w, EnglishLexicon.GovernorClass.REASON)
          || g.governs(w, EnglishLexicon.GovernorClass.REGRET);
      // "took aim at X", "took a swipe at X": a noun of aiming as the object aims its verb.
      List<IndexedWord> aims = g.children(w, "obj").stream()
          .filter(o -> g.pos(o).startsWith("NN") && g.governs(o, EnglishLexicon.GovernorClass.AIM)).toList();
      boolean aimed = g.governs(w, EnglishLexicon.GovernorClass.AIM) || !aims.isEmpty();
      aims.forEach(o -> direct.addAll(g.children(o, "nmod:at")));
      boolean forum = Forums.lodges(g, w);
      boolean withdrawal = g.governs(w, EnglishLexicon.GovernorClass.WITHDRAW);
      if (forum) {
        direct.addAll(Forums.against(g, w));
      }
      // "imposed EU sanctions on X": the one the measure is on, before the measure's owner (Impositions).
      direct.addAll(Impositions.on(g, w));
      // "welcomed new sanctions on X", "welcomed the arrest of X": the one an endorsed measure is on (Endorsements).
      direct.addAll(Endorsements.on(g, w));
      // "seized El Fasher, the army's last stronghold": whoever held the place taken (SeizedPlaces).
      direct.addAll(SeizedPlaces.holders(g, w));
      // "mediated between Y and Z": the parties a go-between goes between (GoBetweens).
      direct.addAll(GoBetweens.parties(g, w));
      // "warned the UN about Somalia's plans": the party a warning is about, not the one told (Warnings).
      List<IndexedWord> warnedAbout = Warnings.aboutParty(g, w, holders);
      direct.addAll(warnedAbout);
      // "blamed much of Y's unrest on X": the one blamed, not the deed's owner (Ascriptions).
      List<IndexedWord> blamed = Ascriptions.to(g, w);
      direct.addAll(blamed);
      if (Allegiances.backs(g, w)) {
        // "fought alongside Y": the allies of a fight with no foe named are whom it backs (Allegiances).
        direct.addAll(Allegiances.allies(g, w));
      }
      List<edu.stanford.nlp.semgraph.SemanticGraphEdge> edges = forum ? List.of() : g.g.outgoingEdgeList(w);
      for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : edges) {
        String r = Graph.rel(e);
        // "blamed the West for encouraging X": the "for" phrase of blame or praise is the reason, not the target.
        // "fired rockets at X", "into X": the "at" or "into" phrase of a verb of aiming is its target, elsewhere a
        // place.
        if ((lex.relations(EnglishLexicon.RelationClass.VERB_TARGET).contains(r)
            || aimed && (r.equals("obl:at") || r.equals("obl:into"))) && !Allegiances.side(g, w, r)
            && !(reasonTaking && (Complements.reason(r) || Reasons.inCharge(g, w, e.getDependent(), r)))
            && !Complaints.toAddressee(g, w, r)
            && !Contrasts.apart(g, e.getDependent(), r) && !Locations.where(g, e.getDependent(), r)
            && !Routes.destination(g, e.getDependent())
            // "demanded an independent electoral commission": a body wanted, not one opposed (SoughtBodies).
            && !SoughtBodies.sought(g, w, e.getDependent(), r)
            // "will distribute the funds together with UNICEF": a partner in the act (CoAgents); in an act done
            // between two ("will cooperate together with Y") the partner is the other side.
            && !(CoAgents.partner(g, e.getDependent()) && !lex.symmetric.contains(g.lemmaOf(w)))
            // "imposed … at the Court of Arbitration for Sport": "for Sport" is the court's name, split by the parser.
            && !(!aimed && SplitPlaceNames.split(g, e.getDependent(), r))
            // "condemned the attack in a speech to parliament": the speech's addressee, hung on the verb (Channels).
            && !Channels.addressee(g, w, e.getDependent(), r) && !Channels.occasion(g, e.getDependent(), r)
            // "welcomes verdict in row with Y": the other side of a conflict is no target of a support.
            && !(r.equals("obl:with") && lex.stanceVerbs.get(g.lemmaOf(w)) == org.crosscheck.Stance.SUPPORT
                && ConflictOpponents.hungOnVerb(g, w, e.getDependent()))
            && Provocations.misreadParticiple(g, e.getDependent()) == null
            && !(r.equals("obj") && !blamed.isEmpty())
            // "accused by the US and rights groups of …": the end of an agent split off by the parser (SplitAgents).
            && !(r.equals("obj") && SplitAgents.split(g, w, e.getDependent()))
            && !(r.equals("obj") && SeizedPlaces.place(g, w, e.getDependent()))
            // "would host talks, with the backing of the AU": a backer of the act, not whom it is toward (Backings).
            && !Backings.backer(g, e.getDependent(), r)
            // "signed by X and Y, with Z attending": who was there is no partner of the act (Onlookers).
            && !Onlookers.present(g, e.getDependent(), r)
            && !(r.equals("obj") && !warnedAbout.isEmpty())
            // "the party, whose spokesman X accused …": the title before the subject's name (WhoseTitles).
            && !(r.equals("obj") && WhoseTitles.title(g, w, e.getDependent()))
            // "who led the IMF mission": the leader's own group is no target (LedGroups).
            && !(r.equals("obj") && LedGroups.own(g, w, e.getDependent()))
            && !FrontedReports.speaks(g, e.getDependent()) && !Arrivals.place(g, w, r)
            // "fired Fatah rockets at Y": what flies is no target, whatever it is named after (ThrownObjects).
            && !(r.equals("obj") && ThrownObjects.thrown(g, w))
            // "advised citizens against travel to Y": the advised are no target of the advice (Advisories).
            && !(r.equals("obj") && Advisories.warnedOff(g, w))
            && !(r.equals("obj") && (MovedForces.moves(g, w) || ShowsOfForce.shows(g, w))
                && MovedForces.force(g, e.getDependent()))
            && !(withdrawal && r.equals("obj") && (MovedForces.force(g, e.getDependent())
                || !g.children(e.getDependent(), "nmod:from").isEmpty()))) {
          direct.add(e.getDependent());
        }
      }
      // "refused to meet the kidnappers demands": the demand the parser made a clause is the object.
      g.children(w, "ccomp").stream().filter(c -> LostApostrophes.misread(g, c)).forEach(direct::add);
      if (aimed) {
        // "hit back at X", "lashed out at X": the parser may hang the "at" phrase on the particle.
        for (IndexedWord particle : g.children(w, "advmod", "compound:prt")) {
          direct.addAll(g.children(particle, "obl:at"));
        }
      }
      IndexedWord misread = TrailingAttributions.object(g, w);
      if (misread != null) {
        // "struck Hezbollah positions, the army said": the parser made the object the attribution's subject.
        direct.add(misread);
      }
      IndexedWord gerundObject = GerundObjects.object(g, w);
      if (gerundObject != null) {
        // "while accusing Moscow of …": the name the parser made the gerund's noun is its object.
        direct.add(gerundObject);
      }
      direct.addAll(Complaints.about(g, w));
      // "condemned the abductions carried out by Y", misread as a clause of the cue.
      direct.addAll(Doers.ofMisreadClause(g, w));
      // "pulled out of the ICC", "completed its withdrawal from the OAS": the international body a state leaves.
      direct.addAll(LeftBodies.bodies(g, w));
      if (withdrawal || g.governs(w, EnglishLexicon.GovernorClass.SEIZE)) {
        // "withdrew its troops from Y", "withdrew its ambassador from Y": whom the withdrawal leaves; "recaptured
        // the town from Y": whom it was taken from.
        direct.addAll(g.children(w, "obl:from"));
      }
      // "retaliated after Y fired rockets": an answer is aimed at whoever did what it answers.
      direct.addAll(AnsweringActs.provokers(g, w));
      if (withdrawal) {
        // "recalls ambassador from Y": without a possessive the parser hangs the "from" phrase on what is withdrawn.
        for (IndexedWord o : g.children(w, "obj")) {
          direct.addAll(g.children(o, "nmod:from"));
        }
      }
      if (g.governs(w, EnglishLexicon.GovernorClass.UNDO)) {
        // "lifted its ban on Y", "lifted most of its sanctions on Y": the measure undone was on Y.
        for (IndexedWord o : UndoneMeasures.measures(g, w)) {
          direct.addAll(g.children(o, "nmod:on", "nmod:against"));
        }
      }
      // "extended the mandate of the peacekeeping mission in Y": the state the mission serves in.
      direct.addAll(Mandates.states(g, w));
      // "approved an extension of the peacekeeping mission in Y".
      g.children(w, "obj").forEach(o -> direct.addAll(Mandates.states(g, o)));
      for (IndexedWord x : g.children(w, "xcomp", "obl:to", "advcl:to")) {
        if (Negation.neglected(g, x) || objectControlled(g, w, x) || ownSubject(g, x)
            || !ProposedActs.reaches(g, w, x)) {
          // "backed the proposal to use Z's assets": an act toward no one proposed (ProposedActs);
          // "accused Y of failing to protect Z", misparsed: the duty failed is Y's, no act of the holder's toward Z;
          // "accused Y of sowing panic to undermine Z": the parser made the object the doer of the clause, Y's act;
          // "would cooperate with the authorities to prevent Z from regrouping", read with the authorities as the
          // subject of the purpose: what the clause does to Z is its subject's act.
          continue;
        }
        if (Handovers.delivered(g, x) != null) {
          // "urged Kenya not to hand X over to Y": the person delivered is no target, whom he goes to is (Handovers).
          direct.addAll(g.children(x, "obl:to", "obl:into"));
          continue;
        }
        direct.addAll(Impositions.on(g, x));
        direct.addAll(Mandates.states(g, x));
        if (MovedForces.moves(g, x)) {
          // "agreed to send troops to Y", "threatened to send troops into Y": the troops are the holder's own.
          direct.addAll(MovedForces.destinations(g, x));
          continue;
        }
        // "threatened to take the case to the ICJ": the court a case goes to is no party to it (CaseForums).
        g.children(x, "obj", "obl:to", "obl:for").stream().filter(c -> !CaseForums.forumOfVerb(g, x, c))
            .forEach(direct::add);
        direct.addAll(helped(g, x));
      }
      direct.addAll(helped(g, w));
    }
    if (g.pos(w).startsWith("JJ") || g.pos(w).equals("VBN")) {
      for (IndexedWord x : g.children(w, "xcomp", "obl:to", "advcl:to")) {
        if (objectControlled(g, w, x)) {
          continue;
        }
        direct.add(x);
        g.children(x, "obj", "obl:to", "obl:for", "obl:with").stream().filter(c -> !CaseForums.forumOfVerb(g, x, c))
            .forEach(direct::add);
      }
    }
    List<ActorSpan> out = new ArrayList<>();
    // "…agreed to a ceasefire, the United States and Saudi Arabia said": the parser may hang a trailing voice on the
    // cue's arguments; whoever speaks is never whom the stance is toward.
    java.util.Set<Integer> voices = FallbackTarget.trailingVoices(g, w, true);
    for (IndexedWord d : direct) {
      if (voices.contains(g.idx(d)) || ReactionNouns.is(g, d) || !nominal && Destinations.placeOnly(g, w, d)) {
        // "…, a decision welcomed by Z": the reaction the parser made an object is no one acted on; "welcomed the
        // bishop to Rome": where the person goes (Destinations).
        continue;
      }
      // "urged the two neighbours to …": both states named just before (Pairs).
      out.addAll(Pairs.at(g, d, holders));
      if (!out.isEmpty()) {
        break;
      }
      ActorSpan found = in(g, d, 0, holders);
      ActorSpan m = found != null || nominal ? found : Outlets.actedOn(g, w, d, holders);
      if (m != null && out.stream().noneMatch(x -> x.actor().id().equals(m.actor().id()))) {
        out.add(m);
        IndexedWord head = g.node(m.last());
        for (IndexedWord c : head == null ? List.<IndexedWord>of() : g.children(head, "conj:and", "conj:or")) {
          ActorSpan inner = voices.contains(g.idx(c)) ? null : in(g, c, 2, holders);
          // "suspended the BBC and Voice of America": an outlet beside an outlet acted on is acted on too.
          ActorSpan mc = inner == null && m.media() && !nominal ? Outlets.actedOn(g, w, c, holders) : inner;
          if (mc != null && out.stream().noneMatch(x -> x.actor().id().equals(mc.actor().id()))) {
            out.add(mc);
          }
        }
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    if (out.isEmpty()) {
      // "rallied outside the Russian embassy": a protest at a mission is against the state it is of.
      Embassies.of(g, w).stream().map(e -> in(g, e, 0, holders)).filter(java.util.Objects::nonNull).findFirst()
          .ifPresent(out::add);
    }
    if (out.isEmpty() && nominal) {
      out.addAll(Pressures.on(g, w, holders));
    }
    if (out.isEmpty() && !nominal) {
      out.addAll(Arrivals.hosts(g, w, holders));
    }
    if (out.isEmpty() && !nominal) {
      out.addAll(PeaceForces.hosts(g, w, holders));
    }
    if (out.isEmpty() && !nominal) {
      out.addAll(Complaints.targets(g, w, holders));
    }
    if (out.isEmpty() && !nominal) {
      out.addAll(Conditions.targets(g, w, holders));
    }
    if (out.isEmpty() && frame != null && frame.addressee != null && g.mentionOf(frame.addressee) != null
        && holders.stream().noneMatch(h -> h.first() == g.idx(frame.addressee))) {
      out.add(g.mentionOf(frame.addressee));
    }
    return out;
  }

  /**
   * Whom a verb of helping helps when the parser makes them the subject of the helped act ("help Iraq rebuild its
   * army": HELP in {@code governors.tsv}).
   */
  private static List<IndexedWord> helped(Graph g, IndexedWord v) {
    if (!g.verbOf(v, EnglishLexicon.GovernorClass.HELP)) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord c : g.children(v, "ccomp", "xcomp")) {
      out.addAll(g.children(c, "nsubj"));
    }
    return out;
  }

  /**
   * The actors the subjects of {@code clauses} name, other than the holders: the target a complaint or a threat
   * takes from the clause it is about ({@link Complaints}, {@link Conditions}).
   */
  static List<ActorSpan> subjectsOf(Graph g, List<IndexedWord> clauses, List<ActorSpan> holders) {
    List<ActorSpan> out = new ArrayList<>();
    for (IndexedWord c : clauses) {
      for (IndexedWord s : g.children(c, "nsubj", "nsubj:pass")) {
        ActorSpan m = in(g, s, 0, holders);
        if (m != null && holders.stream().noneMatch(h -> h.actor().id().equals(m.actor().id()))) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /**
   * "would stand by Y", "rallied behind Y": a curated phrase ({@code stance-phrases.tsv}) that ends in a preposition
   * takes that preposition's object as its target, whatever the parser hangs it on ("by Y" is no passive agent).
   */
  static List<ActorSpan> ofPhrase(Graph g, StanceCues.Cue cue, List<ActorSpan> holders) {
    if (cue.nominal() || !g.lex.phraseTexts.contains(cue.key())) {
      return List.of();
    }
    IndexedWord prep = g.node(g.idx(cue.head()) + cue.key().split(" ").length - 1);
    if (prep == null || !g.pos(prep).equals("IN") || !g.relToParent(prep).equals("case")) {
      return List.of();
    }
    ActorSpan m = in(g, g.parent(prep), 0, holders);
    return m == null ? List.of() : List.of(m);
  }

  /** The links from a noun of harm ({@code harm-nouns.tsv}) to its doer. */
  private static final List<String> HARM_DOER = List.of("nmod:poss", "nmod:by", "amod", "compound");

  /** The actor a dependent names, directly or through a possessor, "of"-phrase, demonym or compound. */
  static ActorSpan in(Graph g, IndexedWord d, int depth, List<ActorSpan> holders) {
    if (Routes.destination(g, d) || Routes.endpoint(g, d)) {
      // "blocked roads leading to Brussels", "the X-Y highway": where a road goes is no party to what is done on it.
      return null;
    }
    ActorSpan posted = PostedEnvoys.at(g, d);
    ActorSpan m = posted != null ? posted : g.mentionOf(d);
    if (m != null && !m.implied() && g.node(m.first()) != null && Holders.stanceWord(g, g.node(m.first()))
        && !Holders.stanceWord(g, m.text().split(" ")[0])) {
      // "committed to the anti-Islamic State coalition": whom the thing is against, not whom a stance on it is toward;
      // a name that is itself prefixed ("the Anti-Corruption Commission") is the body.
      return null;
    }
    if (m != null && !m.anonymous() && !m.media() && holders.stream().noneMatch(h -> h.first() == m.first())) {
      return m;
    }
    if (m != null && m.media() && !m.implied()) {
      // "suspended the broadcasts of France's RFI": an outlet is no target here (Outlets), nor is the state owning it.
      return null;
    }
    // "Nepal's Supreme Court suspended … praised the court": the body or person named earlier by that noun.
    ActorSpan earlier = TitleReferences.at(g, d);
    if (earlier != null) {
      return holders.stream().anyMatch(h -> h.actor().id().equals(earlier.actor().id())) ? null : earlier;
    }
    ActorSpan described = Antecedents.described(g, d);
    if (described != null) {
      // "Beijing condemned the bloc": the body or state named just before; never the holder's own side ("the EU's
      // foreign ministers praised the bloc").
      return holders.stream().anyMatch(h -> g.ctx.actors().related(h.actor(), described.actor())) ? null : described;
    }
    ActorSpan them = ObjectPronouns.at(g, d, holders);
    if (them != null) {
      // "Hundreds of farmers blocked the highway. Police fired tear gas to disperse them."
      return them;
    }
    if (Locations.named(g, d)) {
      // "the Taiwan Strait", "the Gulf of Oman": a named stretch of water is a place; the state in its name is none.
      return null;
    }
    ActorSpan home = OwnGovernments.at(g, d, holders);
    if (home != null) {
      return home;
    }
    ActorSpan junta = RecalledInstitutions.at(g, d);
    if (junta != null && holders.stream().noneMatch(h -> h.actor().id().equals(junta.actor().id()))) {
      return junta;
    }
    // "Campaigners said the regulator had ignored them": the one organisation the article introduced as one.
    ActorSpan kind = DescribingNouns.at(g, d);
    if (kind != null) {
      return holders.stream().anyMatch(h -> h.actor().id().equals(kind.actor().id())) ? null : kind;
    }
    // "rejected claims by a German rescue charity": the charity is the target, Germany's NGOs; never Germany, nor,
    // when the charity holds the stance itself, anyone its phrase names.
    ActorSpan outfit = depth > 0 ? DescribedOrganisations.at(g, d) : null;
    if (outfit != null) {
      return holders.stream().anyMatch(h -> h.actor().id().equals(outfit.actor().id())) ? null : outfit;
    }
    if (depth >= 3) {
      return null;
    }
    // "established close ties with and opened a consulate in X": the stranded "with" takes X (RaisedObjects).
    IndexedWord raised = RaisedObjects.shared(g, d);
    if (raised != null) {
      return in(g, raised, depth, holders);
    }
    Actor dem = g.demonym(d);
    if (dem != null && PrivateParties.nationality(g, d)) {
      // "sanctioned Kenyan money changers": the nationality of those hit, not their state.
      return null;
    }
    if (dem != null) {
      // "deported 28 Syrians": people counted by nationality are the state's civilians (CountedDemonyms).
      return CountedDemonyms.of(g, ActorSpan.of(g.idx(d), g.idx(d), dem, d.word()));
    }
    ActorSpan apposed = ApposedNames.at(g, d, holders);
    if (apposed != null) {
      // "criticised Malaysia's neighbour Singapore": the name set after the noun, not the noun's possessor.
      return apposed;
    }
    // "withdraw its troops", "arm their supporters": a group the holder's own pronoun owns is the holder's side.
    boolean own = OwnedGroups.pronounOwned(g, d);
    ActorSpan organisation = depth == 0 ? CommonNouns.organisationOfMembers(g, d) : null;
    if (organisation != null && holders.stream().noneMatch(h -> h.actor().id().equals(organisation.actor().id()))) {
      return organisation;
    }
    ActorSpan group = depth == 0 && !own && !CommonNouns.crowd(g, d) ? CommonNouns.at(g, d) : null;
    if (group != null && holders.stream().noneMatch(h -> h.actor().id().equals(group.actor().id()))) {
      return group;
    }
    // "used tear gas against a group of protesters": a number of a group is that group, as a holder is (Parts).
    IndexedWord whole = group == null && depth == 0 && !own && g.lex.partNouns.get(g.lemmaOf(d))
        == EnglishLexicon.PartClass.NUMBER ? Parts.whole(g, d) : null;
    ActorSpan members = whole == null || CommonNouns.crowd(g, whole) ? null : CommonNouns.at(g, whole);
    if (members != null && holders.stream().noneMatch(h -> h.actor().id().equals(members.actor().id()))) {
      return members;
    }
    EnglishLexicon.IntentionClass intention = g.pos(d).startsWith("NN") || LostApostrophes.misread(g, d)
        ? g.lex.intentions.get(g.lemmaOf(d)) : null;
    if (intention == EnglishLexicon.IntentionClass.ASKED || intention == EnglishLexicon.IntentionClass.NOUN) {
      // "accepted the demands of the striking miners", "rejected the protesters' demands": whoever makes a demand is
      // the target of its acceptance or rejection, a group the text describes too; so is whoever makes an offer, a
      // proposal or a plan ("rejected an offer by the kidnappers to free …": not whom the offered act is on), named
      // by a possessor or a "by" phrase. Not one's own side ("rejected its own party's proposal").
      List<IndexedWord> owners = intention == EnglishLexicon.IntentionClass.ASKED
          ? g.children(d, "nmod:poss", "nmod:of", "nmod:from", "nmod:by") : g.children(d, "nmod:poss", "nmod:by");
      if (intention == EnglishLexicon.IntentionClass.ASKED) {
        // "the kidnappers demands": a plural possessor whose apostrophe was left out is parsed as a compound.
        owners = new ArrayList<>(owners);
        owners.addAll(g.children(d, "compound").stream().filter(c -> g.pos(c).equals("NNS")).toList());
        if (LostApostrophes.misread(g, d)) {
          owners.add(LostApostrophes.possessor(g, d));
        }
      }
      for (IndexedWord owner : owners) {
        boolean ownSide = OwnedGroups.pronounOwned(g, owner);
        ActorSpan maker = CommonNouns.crowd(g, owner) || ownSide ? null : CommonNouns.at(g, owner);
        if (maker != null && holders.stream().noneMatch(h -> h.actor().id().equals(maker.actor().id()))) {
          return maker;
        }
      }
    }
    ActorSpan holder = depth == 0 ? Gatherings.holder(g, d, holders) : null;
    if (holder != null) {
      return holder;
    }
    List<IndexedWord> links;
    if (Victims.harm(g, d)) {
      // "condemned the killing of X journalists": a harm's "of" phrase is its victim; only its doer is a target,
      // also when the parser hangs the "by" phrase on the victim ("the detention of a worker by Y").
      links = new ArrayList<>(g.children(d, HARM_DOER));
      // "protested Imran Khan's arrest": without an "of" phrase the possessor is the one harmed.
      links.removeIf(c -> Victims.possessor(g, d, c));
      for (IndexedWord victim : g.children(d, "nmod:of")) {
        links.addAll(g.children(victim, "nmod:by"));
      }
      // "condemned the abduction by the gunmen": the parser may hang the doer on the verb.
      for (IndexedWord b : DeedDoers.byPhrases(g, d)) {
        if (!links.contains(b)) {
          links.add(b);
        }
      }
    } else {
      List<IndexedWord> path = new ArrayList<>(
          g.children(d, g.lex.relations(EnglishLexicon.RelationClass.TARGET_PATH)));
      DeedDoers.byPhrases(g, d).stream().filter(b -> !path.contains(b)).forEach(path::add);
      links = DeedDoers.first(g, d, path);
    }
    // "the massacre perpetrated by Y", "bombed positions held by the RSF": the doer or holder a participle names is
    // looked at as the noun itself is, a group the text describes too.
    for (IndexedWord c : Doers.ofDescribed(g, d)) {
      ActorSpan x = in(g, c, depth, holders);
      if (x != null) {
        return x;
      }
    }
    // "vetoed a French-drafted resolution": the author of a text is whom acts on it are toward (DraftAuthors).
    ActorSpan author = DraftAuthors.of(g, d, holders);
    if (author != null) {
      return author;
    }
    for (IndexedWord c : links) {
      if (Borders.neighbourOnly(g, d, c, depth) || Sums.currencyOnly(g, d, c) || HeldEvents.placeOnly(g, d, c)
          || TalkTopics.topicOnly(g, d, c) || Venues.placeOnly(g, d, c) || PolicyTopics.topicOnly(g, d, c)
          || MatterNouns.topicOnly(g, d, c) || CompassPlaces.landmarkOnly(g, d, c)
          || ProductNames.makeOnly(g, d, c) || AskedAgents.agentOnly(g, d, c)
          || VisitedPlaces.destination(g, d, c) || Citizenships.stateOnly(g, d)
          || ProvenanceHyphens.owner(g, c) || GerundObjects.misread(g, c) != null || Posts.titleOnly(g, d, c)
          || Adversaries.opposedOnly(g, d) || LapsedTies.formerMembers(g, d) || CaseForums.forumOnly(g, d, c)
          || CaseForums.forumOfVerb(g, d, c) || Permissions.thingAllowed(g, d, c) || Backings.giver(g, c)) {
        // "warned against any change to its border with X": X is where the border runs (Borders); "5 million
        // Australian dollars": the currency a sum is in (Sums); "the Kenyan election results": where the vote was
        // held (HeldEvents); "hosted X ceasefire talks": what the talks are about (TalkTopics); "the Doha talks":
        // where they meet (Venues); "Eurofighter Typhoon jets": their make (ProductNames); "a Chinese-run mine": its
        // owner (ProvenanceHyphens); "accused the envoys of undermining Mali's sovereignty": what the envoys are
        // said to do, not whose envoys they are (GerundObjects); "the post of President of Lebanon": the title of a
        // post to fill (Posts); "demanded a UN investigation": who is asked to act (AskedAgents); "the chancellor's
        // Moscow visit": where the visit goes (VisitedPlaces); "renounced his French nationality": whose citizen he
        // was (Citizenships); "armed the opponents of the government": whom they oppose (Adversaries); "former
        // navy personnel": whose they were (LapsedTies); "took the dispute to the ICJ": where a case goes (CaseForums);
        // "allowed exports to Y": where a thing let through goes (Permissions); "with help from Y": a backer of the
        // act (Backings); "the Palestinian question": whom a matter concerns (MatterNouns); "a village north of Goma": a landmark
        // (CompassPlaces).
        continue;
      }
      ActorSpan x = in(g, c, depth + 1, holders);
      if (x == null) {
        x = DeedDoers.group(g, d, c, holders);
      }
      if (x == null) {
        x = Strongholds.group(g, d, c, holders);
      }
      if (x != null) {
        return x;
      }
    }
    return null;
  }

  /**
   * Whether the clause {@code x} under an accusation, criticism or praise {@code w} (REASON in {@code governors.tsv})
   * has {@code w}'s object as its understood subject: the accused's deed. ("allowed flights to reach Y" is no such
   * verb: what it allows serves Y.)
   */
  /**
   * Whether the infinitive {@code x} has a subject of its own that is an actor: a controlled one is linked as
   * "nsubj:xsubj", so a plain subject is another doer's.
   */
  private static boolean ownSubject(Graph g, IndexedWord x) {
    // "fired tear gas on Thursday to disperse Y": a day the parser makes the subject does nothing.
    return g.children(x, "nsubj").stream().anyMatch(s -> g.mentionOf(s) != null);
  }

  private static boolean objectControlled(Graph g, IndexedWord w, IndexedWord x) {
    if (!g.governs(w, EnglishLexicon.GovernorClass.REASON)) {
      return false;
    }
    List<IndexedWord> objects = g.children(w, "obj");
    return g.children(x, "nsubj:xsubj").stream().anyMatch(objects::contains);
  }
}
