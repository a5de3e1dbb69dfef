package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ArticleDrafts;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.SentenceContext;

/**
 * The English rules in the order they apply to a parsed sentence: names the catalog lacks, speech frames, stance
 * cues; then for each cue its holders (or those of the event noun that is its subject), its targets (or the
 * sentence's one other actor, or the holders of a reciprocal cue toward each other), negation, modality, background,
 * the voice and the agencies, as one draft per holder and target; a visit or meeting needs a named party.
 * Thread-safe: all state is in the context.
 */
public final class ClaimReader {

  private final EnglishLexicon lex;
  private final QuoteSpeakers quoteSpeakers;

  public ClaimReader(EnglishLexicon lex) {
    this.lex = lex;
    this.quoteSpeakers = new QuoteSpeakers(lex);
  }

  /** Reads the drafts of one parsed sentence into its context. */
  public void read(SentenceContext<EnglishSentence> ctx) {
    Graph g = new Graph(ctx, lex);
    CondemnedDeeds.read(g);
    RecalledDecisions.read(g);
    Acronyms.add(g);
    PartyNames.add(g);
    UntaggedSurnames.add(g);
    HyphenedInstitutions.add(g);
    NamedEntityNames.add(g);
    DescribingNouns.note(g);
    Speakers.notePeople(g);
    Map<Integer, SpeechFrames.Frame> frames = SpeechFrames.find(g);
    List<StanceCues.Cue> cues = StanceCues.find(g);
    Map<IndexedWord, Stance> heads = new java.util.HashMap<>();
    cues.forEach(c -> heads.putIfAbsent(c.head(), c.stance()));
    for (StanceCues.Cue c : cues) {
      // "condemned the launch while urging Pyongyang to …": the appeal presses the one whose act was censured.
      claimsFor(g, CensuredAppeals.toned(g, c, heads), frames, cues, heads);
    }
    QuoteContinuations.frame(g, frames, quoteSpeakers);
    Evaluations.read(g, frames);
    Affiliations.note(g);
    QuoteContinuations.note(g, frames);
    RecalledDecisions.note(g, frames);
    UnnamedVotes.note(g);
    // The names the tagger found in this parse ("the Court of Arbitration for Sport") are titled too, for "the court"
    // and "the ruling" later; the light pass noted those of the catalog only.
    TitleReferences.note(ctx, lex);
    boolean spoke = false;
    for (SpeechFrames.Frame f : frames.values()) {
      if (f.speaker != null && Speakers.person(g, f.speaker)) {
        Speakers.remember(ctx.discourse(), f.speaker);
        spoke = true;
      }
    }
    if (!spoke) {
      Speakers.narrated(g);
    }
  }

  /** The article-level pass: quotes that span sentences take the speaker named after them. */
  public void finish(ArticleDrafts drafts) {
    quoteSpeakers.attribute(drafts);
  }

  private void claimsFor(Graph g, StanceCues.Cue cue, Map<Integer, SpeechFrames.Frame> frames,
      List<StanceCues.Cue> cues, Map<IndexedWord, Stance> heads) {
    IndexedWord w = cue.head();
    if (Questions.asks(g, w) || Contests.result(g, w) || !cue.nominal() && Comparisons.ranging(g, w)
        || cue.nominal() && Compositions.describes(g, w) || Premises.supposed(g, w)
        || OpenQuestions.open(g, w) || !cue.nominal() && TakenGifts.taken(g, w)
        || cue.nominal() && AnyActs.unspecified(g, w)
        || !cue.nominal() && Conjectures.conjectured(g, w) || Powers.described(g, w, cue.nominal())
        // "who were not authorised to discuss the talks with Y": why a source is anonymous, no contact with Y.
        || !cue.nominal() && Permissions.talkAllowed(g, w)
        // "NATO allies split over Georgia's bid": a body divided takes no side as one.
        || cue.nominal() && Divisions.divided(g, w)
        // "rejected what it called groundless accusations against Y": the rejecter makes no accusation.
        || cue.nominal() && Allegations.rejectedNoun(g, w)
        // "Russia, Armenia's former ally,": a tie that was, no stance that is.
        || cue.nominal() && LapsedTies.lapsed(g, w)
        // "ended the talks without agreeing on a timetable": an act that did not happen, refused by no one.
        || !cue.nominal() && UnperformedActs.unperformed(g, w)
        // "Jordan hosts 700,000 Syrians": people sheltered, no guests met.
        || !cue.nominal() && HostedPeople.sheltered(g, w)) {
      return;
    }
    List<SpeechFrames.Frame> chain = SpeechFrames.around(g.idx(w), frames);
    SpeechFrames.Frame frame = chain.isEmpty() ? null : chain.get(0);
    if (frame != null && frame.analyst
        || cue.nominal() && g.lex.relations(EnglishLexicon.RelationClass.CIRCUMSTANCE).contains(g.relToParent(w))
        && !Pressures.borne(g, w)) {
      return;
    }
    int dateline = Datelines.length(g.toks);
    boolean titleCase = g.titleCase;
    if (!cue.nominal() && MovedForces.moves(g, w) && !PeaceForces.sends(g, w)) {
      return;
    }
    if (!cue.nominal() && IntendedActs.yields(g, w, cue.stance(), heads)) {
      // "agreed to suspend Y": the agreement is the suspension's, which its own cue says.
      return;
    }
    if (!cue.nominal() && CarriedProtests.carries(g, w, cue.stance(), heads)) {
      // "sent a note to Y protesting …": the note carries a protest; the participle's own cue says the stance.
      return;
    }
    if (Complements.governed(g, w, frame) || !cue.nominal() && Appeals.hungOnAsked(g, w)) {
      Appeals.asking(g, cue, frame).ifPresent(asking -> appeal(g, cue, asking, chain, dateline));
      ActorSpan demander = Obligations.demander(g, cue, frame);
      if (demander != null) {
        // "Y must be held accountable, the minister said": the speaker asks it of no one, and so holds it.
        for (ActorSpan t : outside(g, Obligations.targets(g, cue, demander), dateline, titleCase)) {
          emit(g, cue, demander, t, chain, Background.looksBack(g, w, frame), false, Optional.empty());
        }
      }
      return;
    }
    // "U.S. military aid": the adjective says what the aid is; the state gives it (SectorAdjectives).
    List<ActorSpan> holders = SectorAdjectives.lift(g, outside(g, Holders.of(g, w, cue.nominal(), frame), dateline,
        titleCase));
    if (holders.isEmpty()) {
      holders = outside(g, EventSubjects.holders(g, cue, cues, frame), dateline, titleCase);
    }
    if (holders.isEmpty() && !cue.nominal()) {
      // "Indian peacekeepers arrived in Y": the force's owner holds the stance.
      holders = outside(g, PeaceForces.owners(g, w), dateline, titleCase);
    }
    if (holders.isEmpty()) {
      return;
    }
    if (!cue.nominal() && ChargedConduct.charged(g, w, frame, holders)) {
      // "Hungary said the Commission had betrayed farmers": Hungary's charge (Evaluations), no stance of the
      // Commission's.
      return;
    }
    // "fought Y alongside Z": the support of a fight goes to its allies only (Allegiances).
    List<ActorSpan> targets = outside(g, cue.key().equals(Allegiances.KEY) ? Allegiances.targets(g, w, holders)
        : Targets.of(g, w, cue.nominal(), frame, holders), dateline, titleCase);
    ActorSpan threatened = cue.nominal() ? OwnThreats.speaker(g, w, frame, holders, targets) : null;
    if (threatened != null) {
      // "Burundi said the group remained a threat to Burundi": the state so endangered calls the group its foe.
      targets = holders;
      holders = outside(g, List.of(threatened), dateline, titleCase);
    }
    if (cue.stance() == Stance.SUPPORT) {
      // "agreed to phase out Russian gas": what is given up is whose it is, no one the agreement backs.
      targets = targets.stream().filter(t -> !EndedTies.through(g, w, t))
          // "welcomed the DA's exit": the support is for the going, not for whoever goes.
          .filter(t -> !Departures.leaver(g, t)).toList();
    }
    if (targets.isEmpty()) {
      targets = outside(g, Targets.ofPhrase(g, cue, holders), dateline, titleCase);
    }
    boolean vote = !cue.nominal() && VotedTexts.votes(g, w);
    if (vote && VotedTexts.forDeed(g, w)) {
      // "voted for arming Y": the deed's cue speaks.
      return;
    }
    if (vote) {
      // "voted against the resolution condemning Y": a vote is toward whom it is cast for or the text's author.
      targets = targets.stream().filter(t -> VotedTexts.castFor(g, w, t)).toList();
      if (targets.isEmpty()) {
        // "The Greens voted against": the text put to the vote was told with its author (UnnamedVotes).
        // The authors were named after the dateline, in this sentence or an earlier one read as deeply.
        targets = UnnamedVotes.targets(g, w, holders);
      }
    }
    if (!cue.nominal() && DeniedCharges.charge(g, w) != null) {
      // "accused Y of …, a charge Y has denied": the denial is toward whoever laid the charge (DeniedCharges).
      targets = outside(g, DeniedCharges.accusers(g, w, holders), dateline, titleCase);
    }
    if (targets.isEmpty() && cue.stance() != Stance.NEUTRAL && !cue.nominal()) {
      // "The EU welcomed the treaty": the accord was made just before, by its two sides (SignedAccords).
      targets = outside(g, SignedAccords.sides(g, w, holders), dateline, titleCase);
    }
    if (targets.isEmpty() && cue.stance() == Stance.OPPOSE) {
      // "Minsk rejected the accusations": the charge rejected was laid in an earlier sentence, by its maker.
      ActorSpan maker = Rebuttals.maker(g, w, holders);
      targets = maker == null ? targets : List.of(maker);
    }
    if (targets.isEmpty() && cue.stance() == Stance.OPPOSE && !cue.nominal()) {
      // "Hamas condemned the strikes": the strikes were told just before, with their doer.
      ActorSpan doer = CondemnedDeeds.doer(g, w, holders);
      targets = doer == null ? targets : List.of(doer);
    }
    if (targets.isEmpty() && cue.stance() != Stance.NEUTRAL && !cue.nominal()) {
      // "Uganda condemned the decision": the decision was told just before, with its maker.
      ActorSpan maker = RecalledDecisions.maker(g, w, holders);
      targets = maker == null ? targets : List.of(maker);
    }
    if (targets.isEmpty() && cue.stance() == Stance.OPPOSE && FeltStimuli.causeNamed(g, w)) {
      // "Norway said it was concerned by the arrests": the arrests were told just before, with their doer.
      ActorSpan doer = FeltStimuli.recalled(g, w, holders);
      targets = doer == null ? targets : List.of(doer);
    }
    IndexedWord undergoing = cue.nominal() ? UndergoneNouns.verb(g, w) : null;
    if (targets.isEmpty() && cue.stance() != Stance.NEUTRAL && undergoing != null) {
      // "The dismissal came under criticism from X": the decision told just before, and whoever made it.
      List<ActorSpan> reacting = holders;
      targets = Provocations.subjects(g, undergoing).stream().map(s -> RecalledDecisions.makerOf(g, s, reacting))
          .filter(java.util.Objects::nonNull).limit(1).toList();
    }
    if (targets.isEmpty() && cue.stance() != Stance.NEUTRAL && !cue.nominal()) {
      // "X welcomed Y's offer, but Z rejected it": the offer rejected is the one just named, and Y's.
      ActorSpan maker = SharedObjects.maker(g, w, heads, holders);
      targets = maker == null ? targets : outside(g, List.of(maker), dateline, titleCase);
    }
    if (targets.isEmpty() && cue.stance() != Stance.NEUTRAL && !cue.nominal()) {
      // "held joint drills on Monday, which Pyongyang condemned": the drills' doers.
      targets = outside(g, RelativeDeeds.doers(g, w, holders), dateline, titleCase);
    }
    if (!cue.nominal() && Warnings.idle(g, w, holders)) {
      // "warned of a shortfall", "warned its citizens against travelling to Y": no party is warned or opposed.
      return;
    }
    if (targets.isEmpty()) {
      targets = outside(g, ForeignGround.of(g, cue, holders), dateline, titleCase);
    }
    if (targets.isEmpty()) {
      // "staged drills near Y's islands", "bombed targets in Y": a state's force shown or used on foreign ground.
      targets = outside(g, AimedGround.of(g, cue, holders), dateline, titleCase);
    }
    if (targets.isEmpty()) {
      // "imposed martial law in Y": those the measure confines are the people of the state it holds in.
      targets = outside(g, MeasuredStates.of(g, cue, holders), dateline, titleCase);
    }
    if (targets.isEmpty() && !cue.nominal()) {
      // "Russia vetoed the resolution, prompting France to threaten sanctions": the reaction answers the veto's doer.
      targets = outside(g, Provocations.provokers(g, w, holders), dateline, titleCase);
    }
    // "opened the border to each other's citizens": the people are the holders' own, and the act is between them.
    targets = targets.stream().filter(t -> !Reciprocals.owned(g, t)).toList();
    boolean reciprocal = targets.isEmpty() && holders.size() >= 2
        && (symmetric(g, cue, heads) || !cue.nominal() && Arrivals.joint(g, w, holders))
        // "NATO members Poland and Latvia signed the accord": one side, signing with someone else.
        && !BlocMembers.oneSide(g, holders);
    if (cue.dictionary() && targets.isEmpty() && !reciprocal && !g.children(w, "obj", "ccomp", "xcomp").isEmpty()
        && !ForceObjects.means(g, cue) && !EasedMeasures.eases(g, cue)) {
      // A verb known only from the event dictionary makes a claim toward an actor it takes as argument, or none
      // when it takes no object at all ("demonstrators rioted"); not toward a thing ("blocked roads"), unless the
      // thing is the act of force the dictionary names ("fired shells at a village") or the measure it eases
      // ("relaxed the curfew", EasedMeasures). The deed is still told, with its doer: "fired a missile" is what "the
      // launch" condemned next recalls.
      if (holders.size() == 1 && !Negation.negated(g, w, frame)) {
        CondemnedDeeds.note(g, cue, holders.get(0), event(g, cue));
      }
      return;
    }
    Optional<org.crosscheck.EventCode> event = event(g, cue);
    if (!cue.nominal() && !targets.isEmpty() && Arrivals.hosts(g, w, holders).equals(targets)) {
      // An arrival toward its host is a visit, whatever the dictionary's pattern for "arrive for talks" says.
      EventCodes.Event visit = lex.events.event(Arrivals.VISIT);
      event = Optional.of(new org.crosscheck.EventCode(visit.code(), visit.label()));
    }
    if (!cue.nominal() && !targets.isEmpty() && PeaceForces.sends(g, w) && event.isEmpty()) {
      EventCodes.Event peace = lex.events.event(PeaceForces.PEACEKEEPING);
      event = Optional.of(new org.crosscheck.EventCode(peace.code(), peace.label()));
    }
    if (targets.isEmpty() && !reciprocal && event.filter(e -> e.code().startsWith("04")).isPresent()) {
      // A visit, a meeting, a hosting is a relation between two parties: with no party named ("hosted the
      // summit", "visited the site") it says nothing about a stance.
      return;
    }
    boolean fallback = false;
    // "protested against the American occupation": a stance noun inside another cue's argument is what that cue is
    // about; the sentence's other actor is the outer cue's business, not its target.
    boolean argumentOfCue = cue.nominal() && heads.containsKey(g.parent(w));
    // "strikes on villages": a target named as a place is still named; no other actor stands in for it.
    // "the state's fiercest foe": the possessor says whose foe, only not which state; no other actor is meant.
    boolean ownerUnnamed = cue.nominal() && !StanceAgents.toward(g, w).isEmpty();
    // "X and Y reviewed progress on their accord": a tie of one's own with no partner named has no stand-in partner.
    ownerUnnamed |= cue.nominal() && TieActs.unpartnered(g, w);
    // "a longtime critic of the ruling party": toward the thing named, no other actor (NounTopics).
    ownerUnnamed |= cue.nominal() && NounTopics.agentOfAThing(g, w);
    if (targets.isEmpty() && !reciprocal && cue.stance() != Stance.NEUTRAL && !g.isSpeech(w)
        && g.children(w, "ccomp").isEmpty() && !argumentOfCue && !ownerUnnamed
        // A vote is cast on what it names (VotedTexts), never on a bystander of its sentence.
        && !PlaceTargets.aimedAtPlace(g, w, cue.nominal()) && !vote
        // "welcomed the agreement": a thing approved whose owner no argument names supports no bystander of it.
        && (cue.nominal() || !ApprovedThings.ofAThing(g, w))
        // "the Kyrgyz service of U.S.-funded Radio Azattyk", "a Russian-backed offensive against Y": a participle set
        // before a noun is toward what it modifies, or toward no one; never the sentence's other actor.
        && !(g.pos(w).equals("VBN") && g.relToParent(w).equals("amod"))
        // "sent aid to villages shelled by Y": a participle of force after its noun acts on that noun, not on the
        // sentence's other actor ("a campaign backed by Y" still backs whoever runs it).
        && !(cue.stance() == Stance.OPPOSE && g.pos(w).equals("VBN") && g.relToParent(w).equals("acl"))
        // "ministers failed to agree on a text as Cambodia objected": a mutual act that did not happen, with no party
        // named, was to be among its holders; no bystander was left out of it.
        && !(lex.symmetric.contains(g.lemmaOf(w)) && Negation.negated(g, w, frame))
        // "was concerned about the exclusion of a party": a feeling whose cause names no party is about a thing.
        && !FeltStimuli.causeNamed(g, w)) {
      targets = outside(g, FallbackTarget.of(g, w, holders, chain, heads), dateline, titleCase);
      if (cue.nominal() && NounTopics.aboutAThing(g, w)) {
        // "reminded Y of its commitments on free speech": a stance toward a thing its argument names is not toward
        // whoever acts on the noun (NounTopics).
        targets = targets.stream().filter(t -> !NounTopics.actsOnIt(g, w, t)).toList();
      }
      fallback = !targets.isEmpty();
    }
    // "Japan praised Ohio": a province is no stance toward its state when only words are aimed at it; found as an
    // argument or as the fallback, it is dropped after both, so that no other actor is taken in its place.
    Optional<org.crosscheck.EventCode> code = event;
    targets = targets.stream().filter(t -> !Provinces.standsIn(g, t, code)).toList();
    // "India, which has financed the port, is watching, an official told Al Jazeera": the outlet told is no target.
    targets = targets.stream().filter(t -> !Outlets.told(g, t, w)).toList();
    // "'… while isolating the hard-liners,' said Ana Rojas": whoever speaks after the quote is no target in it.
    java.util.Set<Integer> speakers = FallbackTarget.quoteSpeakers(g, w);
    targets = targets.stream().filter(t -> !speakers.contains(t.last())).toList();
    fallback &= !targets.isEmpty();
    if (targets.isEmpty() && !reciprocal && !cue.nominal()
        && (Participles.onAThing(g, w) || OwnObjects.own(g, w) || Seizures.ofGoods(g, w)
        || SoughtBodies.demands(g, w))) {
      return;
    }
    if (!cue.nominal() && g.children(w, "obl:in").stream()
        .anyMatch(n -> lex.mannerNouns.contains(g.lemmaOf(n)) && heads.containsKey(n))) {
      // "rallied in support of the judges": the manner phrase's own cue says the stance, not the verb of protest.
      return;
    }
    if (!cue.nominal() && Releases.ofCaptives(g, w)) {
      // "released the crew to Omani officials": whom captives go to, or the state they are from, is backed by no one.
      targets = List.of();
    }
    if (!cue.nominal()) {
      // "granted asylum to a Belarusian border guard officer": the officer, not the force he fled.
      targets = AsylumGrants.recipients(g, w, targets);
    }
    // "agreed to withdraw troops from Y": the troops are the mover's own.
    targets = targets.stream().filter(t -> !MovedForces.withdrawn(g, t)).toList();
    // "the EU pledged 350 million euros and Germany 250 million euros": Germany gives too, it is not given to.
    targets = targets.stream().filter(t -> !GappedSubjects.subject(g, t)).toList();
    if (!cue.nominal() && Handovers.delivered(g, w) != null) {
      // "refused to hand X over to the court": the act is toward the court, not the man it delivers.
      targets = outside(g, Handovers.recipients(g, w), dateline, titleCase);
    }
    if (!cue.nominal() && cue.stance() == Stance.SUPPORT && Settlements.settles(g, w)) {
      // "agreed to pay a fine to the Commission": a settlement yields to the payee, it backs no one.
      targets = List.of();
    }
    boolean lookingBack = Background.looksBack(g, w, frame);
    List<ActorSpan> holding = holders;
    for (ActorSpan h : holders) {
      // "the co-chairs X and Y, for their engagement": one list's members hold side by side.
      List<ActorSpan> ts = reciprocal ? holders.stream().filter(x -> x != h).toList()
          : targets.stream().filter(t -> !CoMembers.of(g, h, t)).toList();
      if (ts.isEmpty()) {
        // A stance without a named target ("Kenyan officials agreed", "Chile is committed to reform")
        // is still a claim; the comparator needs a target to compare it, a reader does not. Not when a cue governs
        // it ("agreed to share information"): the governing cue says it already.
        boolean governed = g.relToParent(w).equals("xcomp") && heads.containsKey(g.parent(w));
        // "threatened retaliation against Y", "vowed revenge on Y": the noun's own claim says it, with its target
        // ("offered mediation" names none, so the verb's claim stays, and so does a measure of force on no party:
        // "imposed a curfew on the town", ForceObjects).
        boolean cueObject = lex.lightVerbs.contains(g.lemmaOf(w))
            && g.children(w, "obj").stream().anyMatch(o -> heads.containsKey(o)
                && !g.children(o, lex.relations(EnglishLexicon.RelationClass.NOUN_TARGET)).isEmpty()
                && !ForceObjects.onNoParty(g, w, cue.stance(), frame, holding));
        // "agreed to allow trucks to enter Y": the infinitive's own claim says it, toward Y (InnerCues).
        boolean inner = !cue.nominal() && InnerCues.speakFor(g, w, cue.stance(), frame, holders, heads);
        // "Russia criticised the move": the move was told before, by someone no rule found; not a stance toward no one.
        boolean unresolved = UnresolvedReferents.refersBack(g, cue);
        // "EU and Mercosur sign pact": the mutual stance is toward the partner no actor names, not toward no one.
        boolean partner = !cue.nominal() && symmetric(g, cue, heads) && UnnamedPartners.unnamed(g, w, holders);
        // "accused both sides of war crimes": aimed at people no rule names; toward no one is what it does not say.
        boolean unnamed = UnnamedParties.aimedAt(g, cue);
        // "vowed to retaliate", "offered to mediate": against someone told before, or on no one's side.
        boolean answering = AnsweringActs.partyUnnamed(g, cue);
        // "…, an allegation Z rejected": a denial is toward whoever made the charge, never toward no one.
        boolean denial = !cue.nominal() && DeniedCharges.charge(g, w) != null;
        // "flew to The Hague": a journey to a place that is no party is no stance at all (Destinations).
        boolean journey = !cue.nominal()
            && g.children(w, "obl:to").stream().anyMatch(d -> Destinations.placeOnly(g, w, d));
        if (!governed && !cueObject && !inner && !unresolved && !partner && !unnamed && !answering && !denial
            && !journey
            && (cue.stance() == Stance.NEUTRAL || !cue.nominal() || g.pos(w).equals("VBN")
            || Gatherings.staged(g, w))) {
          emit(g, cue, h, null, chain, lookingBack, false, event);
        }
        continue;
      }
      for (ActorSpan t : ts) {
        emit(g, cue, h, t, chain, lookingBack, fallback, event);
      }
    }
  }

  /** The asker's own stance toward whom the act asked for is aimed at ({@link Appeals}). */
  private void appeal(Graph g, StanceCues.Cue cue, IndexedWord asking, List<SpeechFrames.Frame> chain,
      int dateline) {
    SpeechFrames.Frame frame = chain.isEmpty() ? null : chain.get(0);
    List<ActorSpan> holders = outside(g, Appeals.holders(g, asking, frame), dateline, g.titleCase);
    List<ActorSpan> targets = outside(g, Appeals.targets(g, cue, asking, frame, holders), dateline, g.titleCase);
    boolean lookingBack = Background.looksBack(g, asking, frame);
    // "urged witnesses to contact the police": a meeting or a call asked of another is none of the asker's own.
    targets = targets.stream()
        .filter(t -> Contacts.stance(g, cue, Optional.empty(), cue.stance(), t) != Stance.NEUTRAL).toList();
    for (ActorSpan h : holders) {
      for (ActorSpan t : targets) {
        emit(g, cue, h, t, chain, lookingBack, false, Optional.empty());
      }
    }
  }

  /**
   * Whether the cue holds between its conjoined holders both ways ({@code symmetric.tsv}): by its lemma or phrase
   * ("agreed", "cut ties"), by a reciprocal argument ("accuse each other", {@link Reciprocals}), or by its verb and
   * object ("restored diplomatic ties"), unless a governing cue says it already ("agreed to resume talks").
   */
  private boolean symmetric(Graph g, StanceCues.Cue cue, Map<IndexedWord, Stance> heads) {
    IndexedWord w = cue.head();
    if (Reciprocals.withOthers(g, w) || SignedDocuments.sideBySide(g, w)) {
      // "Sudan and Chad met mediators": each met the mediators, not the other; "X and Y signed the bill": each
      // signed it.
      return false;
    }
    if (lex.symmetric.contains(g.lemmaOf(w)) || lex.symmetric.contains(cue.key()) || Reciprocals.aimed(g, w)) {
      return true;
    }
    boolean governed = g.relToParent(w).equals("xcomp") && heads.containsKey(g.parent(w));
    // "Kenya and Uganda upgraded relations": a tie cut or mended is cut or mended between them.
    return !governed && (g.children(w, "obj").stream()
        .anyMatch(o -> lex.symmetric.contains(g.lemmaOf(w) + " " + g.lemmaOf(o))) || TieActs.mutual(g, w));
  }

  /**
   * The actors not named in the sentence's dateline; and of the actors made up for capitalised words the catalog
   * lacks, only those the named-entity tagger takes for a person or an organisation (not "the Friendship Treaty",
   * nor a town the catalog lacks, {@link Locations#unknownPlace}), and none in a title-case headline; nor whichever
   * party might fit ({@link AnyParties}).
   */
  private static List<ActorSpan> outside(Graph g, List<ActorSpan> actors, int dateline, boolean titleCase) {
    return actors.stream().filter(a -> (a.implied() || a.first() >= dateline)
        && !(Headlines.madeUpName(a) && (titleCase || !NamedEntityNames.entity(g, a)))
        && !Locations.unknownPlace(g, a) && !AnyParties.any(g, a)).toList();
  }

  /** The CAMEO event of a verbal cue, when its dictionary sense agrees with the cue's stance. */
  private Optional<org.crosscheck.EventCode> event(Graph g, StanceCues.Cue cue) {
    if (cue.nominal()) {
      return Optional.empty();
    }
    int i = g.idx(cue.head());
    boolean phrase = lex.phraseTexts.contains(cue.key());
    return (phrase ? lex.events.ofPattern(g.lemma(i), g.following(i, 8)) : lex.events.of(g.lemma(i),
        g.following(i, 8))).filter(e -> e.stance() == cue.stance())
        .map(e -> new org.crosscheck.EventCode(e.code(), e.label()));
  }

  private void emit(Graph g, StanceCues.Cue cue, ActorSpan holder, ActorSpan target,
      List<SpeechFrames.Frame> chain, boolean lookingBack, boolean fallback,
      Optional<org.crosscheck.EventCode> event) {
    IndexedWord w = cue.head();
    SpeechFrames.Frame frame = chain.isEmpty() ? null : chain.get(0);
    if (Negation.denied(g, frame) || Negation.infrequent(g, w) || Negation.pending(g, w)
        || Negation.neglected(g, w)
        || cue.nominal() && SoughtStances.sought(g, w, holder) || Deliberations.overAMatter(g, w, target)
        // "killing a 61-year-old farmer": one unnamed person a deed befalls is no party (LonePersons).
        || target != null && LonePersons.only(g, target)) {
      return;
    }
    // "refused to step down despite pressure from X": the clause's negation is not the pressure's.
    boolean neg = !Pressures.borne(g, w) && Negation.negated(g, w, frame);
    Stance stance = AgainstPhrases.toward(g, w, cue.stance(), target);
    // "backed the plan to sanction Y" opposes Y; "rejected the proposal to impose tariffs on Y" supports Y.
    stance = ProposedActs.toward(g, w, stance, target);
    // "signed a truce with Y", "will invite Y to talks": a halt to fighting or a meeting takes no side; with no
    // side named ("we have signed truces before") it says nothing of anyone.
    Stance sided = stance;
    stance = TalkInvitations.toward(g, w, Truces.toward(g, w, stance));
    if (stance != sided && target == null) {
      return;
    }
    if (neg && stance == Stance.SUPPORT && cue.stance() == Stance.SUPPORT && AidCuts.cut(holder, target)) {
      // "the WFP will stop cash assistance to refugees": an aid body short of money is not against them.
      return;
    }
    if (neg && stance == Stance.SUPPORT && OwnPeople.of(g, holder, target)) {
      // "said it could not guarantee the safety of Kenyan citizens": a state unable to protect its own people is not
      // against them.
      return;
    }
    if (StateMeasures.misheld(g, w, holder)) {
      // "…determined that the RSF had committed genocide and imposed sanctions on Y": no group sanctions anyone.
      return;
    }
    if (target != null && OwnStakes.onBehalf(g, holder, target)) {
      // "Pashinyan has frozen Armenia's participation": Armenia's prime minister acts for it (OwnStakes).
      return;
    }
    if ((neg || stance == Stance.SUPPORT) && target != null && Affiliations.own(g, holder, target)) {
      // "Tanabe … offered no new apology for Japan's rule": Japan's prime minister backs or fails his own state as
      // its voice, not as a party to it.
      return;
    }
    if (neg && stance == Stance.OPPOSE
        && !((lex.pledges.contains(g.lemmaOf(w)) || lex.pledges.contains(cue.key())) && !cue.nominal())) {
      // "did not condemn", "has not accused": no attack is no support either; but "will not abandon Y" pledges it
      // ({@code pledges.tsv}).
      return;
    }
    if (ClashCasualties.counted(g, w, target)) {
      // "the two forces clashed, killing nine fighters": the dead of both sides, no act of one against them.
      return;
    }
    Modality modality = Modalities.of(g, w, frame);
    if (HypotheticalDeeds.imagined(g, w, cue.nominal(), modality)) {
      // "could respond to a Chinese attack on Taiwan": an attack imagined is no one's deed.
      return;
    }
    // The voice: the innermost frame whose speaker is not the holder itself ("sources reported that the
    // leadership notified …": the leadership acts, the sources speak). Unnamed voices and agencies from every frame.
    ActorSpan speaker = null;
    boolean unnamed = false;
    List<ActorSpan> agencies = new ArrayList<>();
    for (SpeechFrames.Frame f : chain) {
      unnamed |= f.unnamed || f.speaker != null && f.speaker.anonymous();
      for (ActorSpan a : f.agencies) {
        agencies.add(0, a);
      }
      if (speaker == null && f.speaker != null && !f.speaker.actor().id().equals(holder.actor().id())) {
        speaker = f.speaker;
      }
    }
    for (ActorSpan a : ParagraphAgencies.of(g.ctx, lex)) {
      if (agencies.stream().noneMatch(x -> x.actor().id().equals(a.actor().id()))) {
        agencies.add(0, a);
      }
    }
    ClaimDraft.Report report = frame == null || !frame.reported() ? ClaimDraft.Report.NARRATED
        : frame.speaker != null ? ClaimDraft.Report.NAMED : ClaimDraft.Report.UNNAMED;
    Optional<org.crosscheck.EventCode> coded = stance == cue.stance() ? event : Optional.empty();
    if (neg && stance == Stance.SUPPORT && Contacts.neverHappened(g, cue, coded, w, target)
        || Retreats.ended(g, coded, w)) {
      return;
    }
    Stance taken = Contacts.stance(g, cue, coded, neg ? Contacts.negated(g, w, stance) : stance, target);
    ClaimDraft.Builder b = ClaimDraft.builder(holder, taken, cue.text(), g.idx(w))
        .target(Optional.ofNullable(target)).negated(neg).modality(modality).speaker(Optional.ofNullable(speaker))
        .unnamedVoice(unnamed).direct(g.ctx.inQuotes(g.toks.get(g.idx(w)).begin())).report(report)
        .lookingBack(lookingBack).nominalCue(cue.nominal()).fallbackTarget(fallback);
    agencies.forEach(b::agency);
    b.event(coded);
    g.ctx.emit(b.build());
    Rebuttals.note(g, cue, holder, target, taken);
    SignedAccords.note(g, cue, holder, target, taken);
    CondemnedDeeds.note(g, cue, holder, event);
  }
}
