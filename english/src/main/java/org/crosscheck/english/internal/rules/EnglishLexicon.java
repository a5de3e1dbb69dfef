package org.crosscheck.english.internal.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Multimaps;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.Stance;
import org.crosscheck.spi.Vocabulary;

/**
 * The English word lists ({@code org/crosscheck/english/internal/rules/*.tsv}), loaded once on first use with
 * core's strict {@link Vocabulary} loader. Immutable after loading; thread-safe.
 */
public final class EnglishLexicon {

  /** Classes of modality and negation words ({@code modality.tsv}). */
  /** A verb of denial, or a noun of the part or charge it denies ({@code backer-denials.tsv}). */
  enum DenialClass { VERB, ROLE }

  enum ModalityClass {
    HEDGE, FUTURE, CONDITION, CONDITION_PHRASE, NEGATOR, NEGATION, DEONTIC, WILLING, INFREQUENT, ABILITY, OCCASION,
    ORDINAL, ALLEGING, DOUBT, PENDING
  }

  /** Whether a group named by an agent noun may stand alone ({@code group-sectors.tsv}). */
  enum GroupClass { ALONE, AFFILIATED, COUNTED, MEMBERSHIP }

  /** Whom a noun of two parties may stand for ({@code pair-nouns.tsv}): two states, or two sides of any kind. */
  enum PairClass { STATES, SIDES }

  /** How the words of {@code party-names.tsv} name a party: alone, or as an adjective before its members. */
  enum PartyForm { NAME, MEMBERS }

  /** A party named by {@code party-names.tsv}: its words as written, its name and the form of the words. */
  record PartyName(List<String> words, String name, PartyForm form) {
    PartyName {
      words = List.copyOf(words);
    }
  }

  /** Verbs whose complement holds no stance of its own ({@code governors.tsv}). */
  enum GovernorClass {
    ASK, APPEAL, HELP, WITHDRAW, SEIZE, MOVE, REGRET, REASON, REFUSAL, AIM, COMPLAINT, FORUM, UNDO, IMPOSE, WISH,
    THREAT, COPULA, MEDIATE
  }


  /** Classes of background markers ({@code background.tsv}). */
  enum BackgroundClass { HISTORY, SECTION, ERA, PAST_TITLE, HOLLOW_TIE }

  /** Classes of voice nouns ({@code voices.tsv}). */
  enum VoiceClass { ANALYST, UNNAMED, RECORD }

  /** Classes of words that refer back ({@code anaphors.tsv}). */
  enum AnaphorClass { DETERMINER, PRONOUN }

  /** Classes of pronouns ({@code pronouns.tsv}). */
  enum PronounClass {
    ACTOR_LIKE, PERSONAL, FIRST_SINGULAR, FIRST_PLURAL, REFERRING, POSSESSIVE, EXPLETIVE, REFLEXIVE, THING
  }

  /** Where a citation phrase stands around an outlet's name ({@code citations.tsv}). */
  enum CitationClass { BEFORE, AFTER }

  /** Word order around a quotation's speaker ({@code quote-attribution.tsv}). */
  enum QuoteOrder { BOTH, SPEAKER_FIRST }

  /** Parts dependency relations play ({@code relations.tsv}). */
  enum RelationClass {
    TIME, VERB_TARGET, NOUN_TARGET, LIGHT_VERB_TARGET, TARGET_PATH, SOURCE, CIRCUMSTANCE, PLACE, UNDERGOER,
    ADDRESSEE, COMPLAINED_OF, BORNE, CONTRAST, ROUTE, WHEN, AIMED_GROUND, RIVAL_SUBJECT, SETTING,
    BESIDE, COAGENT, FOIL
  }

  /** Places inside a state by kind ({@code sub-national-places.tsv}). */
  enum PlaceClass { PROVINCE, CITY }

  /** Offices held below the state, by the places they may be of ({@code local-offices.tsv}). */
  enum OfficeClass { ANY_PLACE, PROVINCE }

  /**
   * Verbs of arriving, the purposes that make an arrival a visit, and verbs of setting out on a journey
   * ({@code visits.tsv}).
   */
  enum VisitClass { ARRIVAL, PURPOSE, MEETING, JOURNEY }

  /** Words of a mission's mandate renewed ({@code mandates.tsv}). */
  enum MandateClass { RENEW, MANDATE }

  /** Bodies a noun refers back to ({@code body-nouns.tsv}). */
  enum BodyClass { BODY, NAMED_BODY, GROUP, MEMBERS, KINGDOM, EMIRATE, SULTANATE }

  /** Verbs of looking on and the matters they monitor ({@code watched-objects.tsv}, {@link Watching}). */
  enum WatchedClass { VERB, OBJECT }

  /** What a payment is when it settles a case ({@code payment-words.tsv}). */
  enum PaymentClass { PAY, PENALTY, SETTLE }

  /** Verbs of delivering a person into custody, and nouns of a swap ({@code handover-verbs.tsv}). */
  enum HandoverClass { VERB, SWAP, IN_SWAP, CEDE }

  /** How a bare institution noun refers back ({@code institution-nouns.tsv}, {@link RecalledInstitutions}). */
  enum InstitutionClass { JUNTA, GOVERNMENT, MINISTRY, MILITARY, POLICE }

  /** Participles of leading and the nouns of a group they make someone's ({@code led-groups.tsv}). */
  enum LedClass { LEADER, GROUP }

  /**
   * Verbs that make an accord between two sides, with an accord noun (MAKE) or a clause of what they will do (AGREE),
   * and nouns that recall one ({@code accord-acts.tsv}).
   */
  enum AccordClass { MAKE, AGREE, RECALL }

  /** Nouns that recall a show of force, or a launch, told before ({@code shown-force-nouns.tsv}). */
  enum ShownForceClass { SHOW, LAUNCH }

  /** Nouns that act for the actor they are a part or a number of ({@code part-nouns.tsv}). */
  enum PartClass { PART, NUMBER }

  /** Whether a verb of freeing is against whom its "from" phrase names ({@code freeing-verbs.tsv}). */
  enum FreeingClass { AGAINST, HOLD }

  /** The CAMEO sector of an office or body a state owns ({@code owned-offices.tsv}). */
  enum OwnedSector { GOV, LEG, MIL }

  /**
   * Whether the name after a settlement noun's "of" is a place too (REGION: "the province of Balochistan") or may
   * stand for its state (CITY: "the city of Kharkiv") ({@code settlement-nouns.tsv}).
   */
  enum SettlementClass { CITY, REGION }

  /** Words of being allowed to talk and of the anonymity a source talks under ({@code permission-words.tsv}). */
  enum PermissionClass { PERMISSION, ANONYMITY }

  /**
   * Contact that takes no side, by CAMEO code or by word, or by a word whose offer is support ({@code
   * contact-acts.tsv}).
   */
  enum ContactClass { CODE, WORD, OFFERED }

  /** How a verb judges its subject ({@code conduct-verbs.tsv}). */
  enum ConductClass { LIE, FAIL, DEED, AMOUNT, DUTY }

  /** How a word of legal or norm judgement judges ({@code norm-judgements.tsv}, {@link NormJudgements}). */
  enum NormClass { ADJ, NOUN, MANNER, DEED }

  /** Words of an accusation told as a report of a deed ({@code reported-deeds.tsv}). */
  enum ReportedDeedClass { DEED, VICTIM }

  /** Words that say whom a quotation is about ({@code reference-words.tsv}). */
  enum ReferenceClass { WORD, POINTER }

  /** Nouns of intention and the verbs that own them ({@code intention-nouns.tsv}). */
  enum IntentionClass { NOUN, ASKED, OWNER_VERB }

  /** Kinds of speech verbs ({@code speech-verbs.tsv}). */
  enum SpeechClass { SAY, QUOTE }

  /** Nouns of allegation and verbs that reject one ({@code allegations.tsv}). */
  enum AllegationClass { NOUN, REJECT }

  /** Verbs of seizing and nouns of goods ({@code seizures.tsv}). */
  enum SeizureClass { VERB, GOODS }

  /** Verbs of stopping what moves, nouns of carriers and of what a body sends ({@code obstructions.tsv}). */
  enum ObstructionClass { VERB, CARRIER, SENT }

  /** Cues that lay a charge, and nouns that recall one ({@code charges.tsv}). */
  enum ChargeClass { MAKE, RECALL }

  /**
   * Verbs of deciding, nouns that recall a decision, acts only a noun naming them recalls, and a court's acts whose
   * sentence is read for a later "the ruling" ({@code decision-acts.tsv}).
   */
  enum DecisionClass { ACT, RECALL, NAMED, RULING, SPLIT }

  /** Acts that answer a party told before, or stand between two ({@code answering-acts.tsv}). */
  enum AnsweringClass { ANSWER, BETWEEN }

  /** Nouns of a truce and the acts by which its sides make one ({@code truces.tsv}, {@link Truces}). */
  enum TruceClass { NOUN, ACT }

  /** Words of putting someone on a punitive list or taking them off ({@code listings.tsv}, {@link Listings}). */
  enum ListingClass { ADD, REMOVE, LIST, BLACKLIST, MARK }

  /**
   * Nouns of a tie, an agreement or aid given, and verbs that doubt, cut, mend or set terms for it
   * ({@code tie-acts.tsv}, {@link TieActs}).
   */
  enum TieClass { BOND, PACT, AID, REVIEW, DOUBT, CUT, MEND, TERMS }

  /** A multi-word stance cue, as lemmas. */
  record Phrase(List<String> lemmas, Stance stance, String text) {
    /**
     * Whether the phrase's words after the first stand at {@code i + 1}, … of {@code toks}, each as its lemma or as
     * written: the lemmatizer turns "their" into "they", so "throw their weight behind" is matched on the word.
     */
    boolean continuesAt(List<org.crosscheck.spi.Token> toks, int i) {
      if (i + lemmas.size() > toks.size()) {
        return false;
      }
      for (int k = 1; k < lemmas.size(); k++) {
        org.crosscheck.spi.Token t = toks.get(i + k);
        if (!lemmas.get(k).equals(t.lemma()) && !lemmas.get(k).equals(t.word().toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
      return true;
    }
  }

  final Map<String, SpeechClass> speechVerbs;
  final Map<String, Stance> stanceVerbs;
  final Map<String, Stance> stanceNouns;
  final List<Phrase> phrases;
  /** {@link #phrases} by their first lemma, in the same order: a sentence's words are each looked up once. */
  final ImmutableListMultimap<String, Phrase> phrasesByFirst;
  /** The texts of {@link #phrases}, for telling a phrase's cue from a single word's. */
  final Set<String> phraseTexts;
  final Map<String, ModalityClass> modality;
  final List<String> conditionPhrases;
  final Map<String, BackgroundClass> background;
  final Map<String, VoiceClass> voices;
  final ImmutableSetMultimap<String, PronounClass> pronouns;
  /** Words that refer back to something told before ({@code anaphors.tsv}). */
  final ImmutableSetMultimap<String, AnaphorClass> anaphors;
  final Map<String, CitationClass> citations;
  final Map<String, QuoteOrder> quoteVerbs;
  final ImmutableSetMultimap<RelationClass, String> relations;
  final EventCodes events;
  final Set<String> symmetric;
  /** Verbs of praise and blame a speaker performs beside a report ({@code appraisal-verbs.tsv}). */
  final Set<String> appraisalVerbs;
  /** Nouns of offices that name one person ({@code person-nouns.tsv}). */
  final Set<String> personNouns;
  /** Nouns ending a body's name by which news refers back to it alone ({@code referring-heads.tsv}). */
  final Set<String> referringHeads;
  /** Nouns of one unnamed person a harm befalls, no party to a stance ({@code lone-person-nouns.tsv}). */
  final Set<String> lonePersonNouns;
  /** Nouns of the parts a state is divided into ({@code division-nouns.tsv}). */
  final Set<String> divisionNouns;
  /** Accords between two sides: how they are made and recalled ({@code accord-acts.tsv}, {@link SignedAccords}). */
  final Map<String, AccordClass> accordActs;
  /** Verbs that hire a person they take as object ({@code hiring-verbs.tsv}). */
  final Set<String> hiringVerbs;
  /** Participles of a censure felt by their subject ({@code felt-participles.tsv}, {@link FeltStimuli}). */
  final Set<String> feltParticiples;
  /** Nouns of a feeling of censure ({@code felt-nouns.tsv}, {@link FeltStimuli}). */
  final Set<String> feltNouns;
  /** Nouns of lifting or easing a measure ({@code undoing-nouns.tsv}, {@link UndoneMeasures}). */
  final Set<String> undoingNouns;
  /** Nouns of people taken on under contract ({@code player-nouns.tsv}). */
  final Set<String> playerNouns;
  /** Plural nouns that refer back to two parties ({@code pair-nouns.tsv}, {@link Pairs}), by whom they stand for. */
  final Map<String, PairClass> pairNouns;
  /** Plural nouns of a state's own people its voice looks after ({@code own-people-nouns.tsv}, {@link OwnPeople}). */
  final Set<String> ownPeopleNouns;
  /** Nouns by which an actor is called a danger to someone ({@code danger-nouns.tsv}, {@link OwnThreats}). */
  final Set<String> dangerNouns;
  /** Nouns that refer back to an international body or a group ({@code body-nouns.tsv}). */
  final Map<String, BodyClass> bodyNouns;
  /** A state's form of rule, by catalog id ({@code state-titles.tsv}): whom "the kingdom" can stand for. */
  final Map<String, BodyClass> stateTitles;
  /** Reciprocal pronouns ({@code reciprocals.tsv}). */
  final Set<String> reciprocals;
  /** Words that join a headline's second clause to its first ({@code headline-joints.tsv}). */
  final Set<String> headlineJoints;
  /** Predicates that say their subject is divided ({@code divisions.tsv}). */
  final Set<String> divisions;
  final Map<String, GovernorClass> governors;
  final Set<String> lightVerbs;
  /** Nouns whose "in N" phrase is the stance of the clause's subject ({@code manner-nouns.tsv}). */
  final Set<String> mannerNouns;
  final Set<String> groupsAlone;
  /** Group nouns of {@code group-nouns.tsv}: lemma → {sector, ALONE|AFFILIATED}. */
  final Map<String, String[]> groupNouns;
  /** MPQA strongly subjective words: "word|pos" → positive or negative. */
  final Map<String, Stance> evaluative;
  final Set<String> evaluationVerbs;
  /** Verbs that judge their subject's conduct, and verbs of deeds judged by their object ({@code conduct-verbs.tsv}). */
  final Map<String, ConductClass> conduct;

  /** Words of legal and norm judgement ({@code norm-judgements.tsv}). */
  final Map<String, NormClass> norms;
  final Map<String, ReportedDeedClass> reportedDeeds;

  /** Nouns of an actor's conduct, judged by their evaluative adjective ({@code conduct-nouns.tsv}). */
  final Set<String> conductNouns;

  /** Words that say whom a quotation is about, and determiners that point at them ({@code reference-words.tsv}). */
  final Map<String, ReferenceClass> references;
  final Set<String> undergoers;
  /** Verbs, or verbs and a preposition, of seeking what another would give ({@code seeking-verbs.tsv}). */
  final Set<String> seekingVerbs;
  /** Verbs of making another react, as a participle after an act ({@code provoking-verbs.tsv}). */
  final Set<String> provokingVerbs;
  /** Verbs that end or cut a tie or a trade, lemma or lemma and particle ({@code ending-verbs.tsv}). */
  final Set<String> endingVerbs;
  /** Verbs of freeing from another's hold ({@code freeing-verbs.tsv}, {@link Rescues}). */
  final Map<String, FreeingClass> freeingVerbs;
  /** Verbs of letting held people go ({@code release-verbs.tsv}, {@link Releases}). */
  final Set<String> releaseVerbs;

  /** Verbs of removing a person from office ({@code dismissal-verbs.tsv}: "sacked the minister"). */
  final Set<String> dismissalVerbs;
  /** Verbs of delivering a person into custody ({@code handover-verbs.tsv}): "hand over", "extradite". */
  final Set<String> handoverVerbs;
  /** Verbs that hand a place over to someone ({@code handover-verbs.tsv} CEDE: "cede", "hand"). */
  final Set<String> cedingVerbs;
  /** Nouns of a swap, in which a handover backs no one ({@code handover-verbs.tsv}). */
  final Set<String> swapNouns;
  /** Nouns of a swap only after "in" ("in return", {@code handover-verbs.tsv}). */
  final Set<String> inSwapNouns;
  /** Nouns of people held by another ({@code captive-nouns.tsv}, {@link Releases}). */
  final Set<String> captiveNouns;
  /** Nouns of asking that name on whose word an act is done ({@code request-nouns.tsv}, {@link Requests}). */
  final Set<String> requestNouns;
  /** Abbreviations that open a ship's name ({@code vessel-prefixes.tsv}, {@link NamedEntityNames}). */
  final Set<String> vesselPrefixes;
  /** Nouns of people set against someone ({@code adversary-nouns.tsv}, {@link Adversaries}). */
  final Set<String> adversaryNouns;
  /** Parties named by their members' plural or a short name, longest first ({@code party-names.tsv}). */
  final List<PartyName> partyNames;
  /** Plural nouns of a party's members after a party adjective ({@code party-member-nouns.tsv}). */
  final Set<String> partyMemberNouns;

  /** Words describing a party right before its name ({@code party-descriptors.tsv}): "the opposition …". */
  final Set<String> partyDescriptors;
  /** Nouns of an organisation's kind that introduce it and refer back to it ({@code describing-nouns.tsv}). */
  final Set<String> describingNouns;
  /** Names that in an article about something else name another actor ({@code context-senses.tsv}). */
  final Map<String, ContextSenses.Sense> contextSenses;
  /** Nouns that are a stance only when undergone ({@code undergone-nouns.tsv}: "came under fire from X"). */
  final Map<String, Stance> undergoneNouns;
  /** Prefixes that make a modifier a stance toward what follows ("pro-EU rally"), never whose the noun is. */
  final Set<String> stancePrefixes;
  /** Nouns that name a part or a number of an actor and act for it ({@code part-nouns.tsv}). */
  final Map<String, PartClass> partNouns;
  /** Offices and bodies named with their owner in an "of" phrase ({@code owned-offices.tsv}). */
  final Map<String, OwnedSector> ownedOffices;
  final Map<String, IntentionClass> intentions;
  /** Nouns of harm whose "of" phrase names the victim ({@code harm-nouns.tsv}). */
  final Set<String> harmNouns;
  /** Nouns of a good done to someone, whose possessor undergoes it ({@code befallen-nouns.tsv}). */
  final Set<String> befallenNouns;

  /** Nouns of people a state shelters, not guests it receives ({@code hosted-people.tsv}). */
  final Set<String> hostedPeople;

  /** Nouns of private parties a demonym only gives the nationality of ({@code private-party-nouns.tsv}). */
  final Set<String> privatePartyNouns;

  /** Words of a ministry that speaks to other states ({@code foreign-portfolios.tsv}). */
  final Set<String> foreignPortfolios;

  /** Nouns that name states as members of one bloc ({@code member-nouns.tsv}). */
  final Set<String> memberNouns;

  /** Nouns that make a name that of a lake, a river or a mountain ({@code nature-nouns.tsv}). */
  final Set<String> natureNouns;

  /** Nouns of someone leaving or removed ({@code departure-nouns.tsv}). */
  final Set<String> departureNouns;
  /** Nouns of a carrier's scheduled travel ({@code route-nouns.tsv}, {@link CarrierRoutes}). */
  final Set<String> routeNouns;
  /** Sports that name a national federation with a state's name ({@code sport-names.tsv}, StateEndedNames). */
  final Set<String> sportNames;

  /** Verbs of winning over a side, results in a sentence about a sport ({@code result-verbs.tsv}). */
  final Set<String> resultVerbs;
  /** Nouns of written messages sent to a party ({@code message-nouns.tsv}, {@link CarriedProtests}). */
  final Set<String> messageNouns;
  /** Nouns of what a party files with a forum: a case, a complaint ({@code filed-texts.tsv}). */
  final Set<String> filedTexts;
  /** Nouns of an occasion or medium a stance is voiced in ({@code channel-nouns.tsv}, {@link Channels}). */
  final Set<String> channelNouns;
  /** Nouns of a post named by its title ({@code post-nouns.tsv}, {@link Posts}). */
  final Set<String> postNouns;
  /** Nouns of a conflict between two parties ({@code conflict-nouns.tsv}, {@link ConflictOpponents}). */
  final Set<String> conflictNouns;
  /** Verbs of warning, a stance only toward a party they name ({@code warning-verbs.tsv}, {@link Warnings}). */
  final Set<String> warningVerbs;
  /** Words that open the premise of a conditional ({@code premise-marks.tsv}, {@link Premises}). */
  final Set<String> premiseMarks;
  /** Auxiliaries that open a premise by inversion ({@code premise-inversions.tsv}, {@link Premises}). */
  final Set<String> premiseInversions;
  /** Words that open a clause whose content is left open ({@code open-question-marks.tsv}, {@link OpenQuestions}). */
  final Set<String> openQuestionMarks;
  /** Prepositions of a predicate that gives a deed's aim, no judgement ({@code aim-prepositions.tsv}). */
  final Set<String> aimPrepositions;
  /** Nouns of a thing one party gives another ({@code gift-nouns.tsv}, {@link TakenGifts}). */
  final Set<String> giftNouns;
  /** Determiners of no act in particular ({@code nonspecific-determiners.tsv}, {@link AnyActs}). */
  final Set<String> nonspecificDeterminers;
  /** Nouns of a bond between two parties ({@code partner-nouns.tsv}, {@link PartnerCompounds}). */
  final Set<String> partnerNouns;
  /** Ties, agreements, and what is done to them ({@code tie-acts.tsv}, {@link TieActs}). */
  final Map<String, TieClass> tieActs;
  /** Nouns of conjecture, whose content clause is no report ({@code conjecture-nouns.tsv}, {@link Conjectures}). */
  final Set<String> conjectureNouns;
  final Set<String> stanceAgents;

  /** Stance agents whose international body modifier names the bloc they share ({@code bloc-agents.tsv}). */
  final Set<String> blocAgents;
  /** Nouns of an armed attack done somewhere ({@code attack-nouns.tsv}). */
  final Set<String> attackNouns;
  final Set<String> titleWords;
  /** Acts a demand names, with the stance toward whom they befall ({@code demanded-acts.tsv}). */
  final Map<String, Stance> demandedActs;
  /** Nouns of pressure that bear on whoever acts under them ({@code pressures.tsv}). */
  final Set<String> pressures;
  /** Verbs of arriving and purposes of a visit ({@code visits.tsv}). */
  final Map<String, VisitClass> visits;
  /** Names the catalog gives a state that name a place inside it ({@code sub-national-places.tsv}). */
  final Map<String, PlaceClass> subNationalPlaces;
  /** Offices held below the state ({@code local-offices.tsv}). */
  final Map<String, OfficeClass> localOffices;
  /** Protests as events someone holds ({@code gatherings.tsv}). */
  final Set<String> gatherings;
  /** Nouns of sporting contests ({@code contests.tsv}). */
  final Set<String> contests;
  /** Participles of alignment that stand before a noun as its modifier ({@code attributive-participles.tsv}). */
  final Set<String> attributiveParticiples;
  /** How a backer denies its backing in the same sentence ({@code backer-denials.tsv}). */
  final Map<String, DenialClass> backerDenials;
  /** Nouns of a state's mission abroad ({@code missions.tsv}). */
  final Set<String> missions;
  /** Nouns of forces sent abroad to keep peace, watch or train ({@code peace-forces.tsv}). */
  final Set<String> peaceForces;
  /** Words of a mission's mandate renewed ({@code mandates.tsv}). */
  final Map<String, MandateClass> mandates;
  /** Verbs that always take their object in the active voice ({@code object-verbs.tsv}). */
  final Set<String> objectVerbs;
  /** Verbs of holding people captive ({@code captivity-verbs.tsv}). */
  final Set<String> captivityVerbs;
  /** Verbs whose infinitive's subject is their own ({@code subject-control-verbs.tsv}). */
  final Set<String> subjectControlVerbs;
  /** Prepositions that open a sentence with a place, which the parser misreads before a bare name (FrontedPlaces). */
  final Set<String> frontedPrepositions;
  /** What a refusal to tell keeps back ({@code withheld-words.tsv}): "declined to give details" (RecalledDecisions). */
  final Set<String> withheldWords;
  /** Adverbs that make a participle range over every act of its kind ({@code comparison-adverbs.tsv}). */
  final Set<String> comparisonAdverbs;
  /** Nouns of inhabited places the agent dictionary files as civilians ({@code place-nouns.tsv}). */
  final Set<String> placeNouns;
  /** Nouns of places whose own name follows "of" ({@code named-place-nouns.tsv}). */
  final Set<String> namedPlaceNouns;
  final Set<String> regionalDemonyms;
  final Set<String> intentVerbs;
  final Set<String> reactionNouns;
  final Set<String> periodHyphens;
  /** Nouns that end the name of an organisation ({@code organisation-heads.tsv}). */
  final Set<String> organisationHeads;
  final Set<String> bodyHeads;
  final Set<String> routineCodes;
  /** Adjectives of a feeling, no judgement of whom they are said of ({@code feeling-adjectives.tsv}). */
  final Set<String> feelingAdjectives;
  /** Verbs whose object is reminded of its own ({@code reminding-verbs.tsv}). */
  final Set<String> remindingVerbs;
  /** A verb of combat and the preposition naming its side ({@code allegiance-phrases.tsv}): "fight alongside". */
  final Set<String> allegiancePhrases;
  /** Words of rank that make a verb of coming a result ({@code rank-words.tsv}). */
  final Set<String> rankWords;
  /** Nouns that end a body's name whose leading words "and" joins ({@code joined-name-heads.tsv}). */
  final Set<String> joinedNameHeads;
  /** Nouns of the kind of body a name after them stands for ({@code firm-nouns.tsv}). */
  final Set<String> firmNouns;
  /** Nouns of events a state holds, whose state word says where ({@code held-events.tsv}). */
  final Set<String> heldEvents;
  /** Nouns of texts a body votes on ({@code vote-documents.tsv}). */
  final Set<String> voteDocuments;
  /** Participles of drafting a text, whose hyphenated actor is its author ({@code drafting-participles.tsv}). */
  final Set<String> draftingParticiples;
  /**
   * Words hyphenated to an actor before a noun of a thing that say whose it is, who made it, whose flag it flies or
   * where it is based or bound ({@code provenance-words.tsv}).
   */
  final Set<String> provenanceWords;
  /** Nouns of a place inside a state that a demonym before it locates ({@code settlement-nouns.tsv}). */
  final Map<String, SettlementClass> settlementNouns;
  /** Verbs whose object is what flies when an "at" phrase aims it ({@code projectile-verbs.tsv}). */
  final Set<String> projectileVerbs;
  /** Verbs of casting a vote ({@code voting-verbs.tsv}). */
  final Set<String> votingVerbs;
  /** Nouns of texts a body issues, which "it" in the next sentence may stand for ({@code issued-texts.tsv}). */
  final Set<String> issuedTexts;
  /** Verbs of adopting or issuing a text, whose subject or agent holds it ({@code issuing-verbs.tsv}). */
  final Set<String> issuingVerbs;
  /** Nouns of a line taken on a matter, whose compound next to them is the matter ({@code policy-nouns.tsv}). */
  final Set<String> policyNouns;
  /** Nouns of a matter named after whom it concerns ({@code matter-nouns.tsv}: "the Palestinian question"). */
  final Set<String> matterNouns;

  /** Words of direction whose "of" phrase is a landmark, not a target ({@code compass-words.tsv}). */
  final Set<String> compassWords;

  /** Nouns that count or gather people before an "of" phrase ({@code crowd-counts.tsv}: "hundreds of"). */
  final Set<String> crowdCounts;

  /** Adverbs before "with" that make its phrase a partner in the act ({@code coagent-adverbs.tsv}: "together"). */
  final Set<String> coAgentAdverbs;

  /** Words after "X-" that make a demonym a language ({@code language-hyphens.tsv}). */
  final Set<String> languageHyphens;
  /** Adjectives of a level or stage of a state's government ({@code plain-institution-modifiers.tsv}: "federal"). */
  final Set<String> plainInstitutionModifiers;
  /** Nouns of a breach, whose owner is wronged ({@code breach-nouns.tsv}, {@link Breaches}). */
  final Set<String> breachNouns;
  final Set<String> breachVerbs;
  /** Adjectives of a breach whose "to" phrase names what is breached ({@code breach-adjectives.tsv}). */
  final Set<String> breachAdjectives;
  /** Verbs of opposition that stop what they take ({@code blocking-verbs.tsv}, {@link BlockedMeasures}). */
  final Set<String> blockingVerbs;
  /** Words that only open sentences ({@code sentence-openers.tsv}, {@link SentenceBreaks}). */
  final Set<String> sentenceOpeners;
  /** Prepositions before a one-letter platform ({@code platform-prepositions.tsv}, {@link SentenceBreaks}). */
  final Set<String> platformPrepositions;
  /** Nouns of talks on a matter, whose state word before it is the matter's ({@code talk-nouns.tsv}). */
  final Set<String> talkNouns;
  /** Verbs of inviting, whose invitation to talks is no support ({@code invitation-verbs.tsv}). */
  final Set<String> invitationVerbs;
  /** Agreements and processes named after a city as talks are ({@code accord-nouns.tsv}): "the Minsk accords". */
  final Set<String> accordNouns;
  /** Documents co-signers sign side by side, no accord between them ({@code signed-documents.tsv}): "the bill". */
  final Set<String> signedDocuments;
  /** Lower-case words that join the words of one organisation's name ({@code name-connectors.tsv}). */
  final Set<String> nameConnectors;
  /** Nouns of documents named for a place ({@code document-nouns.tsv}). */
  final Set<String> documentNouns;
  final Set<String> instrumentNouns;
  /** Nouns of a body made of members ({@code composition-nouns.tsv}). */
  final Set<String> compositionNouns;
  /** Verbs of turning back someone else's attack ({@code defence-acts.tsv}, {@link CondemnedDeeds}). */
  final Set<String> defenceActs;
  /** Nouns of a state's institutions that, bare, refer back to one named ({@code institution-nouns.tsv}). */
  final Map<String, InstitutionClass> institutionNouns;
  /** Verbs of looking on and what they monitor ({@code watched-objects.tsv}). */
  final Map<String, WatchedClass> watchedObjects;
  final Map<String, PaymentClass> paymentWords;
  /** What a state grants someone fleeing another ({@code asylum-nouns.tsv}). */
  final Set<String> asylumNouns;
  /** Acts a demand asks a third party to carry out ({@code asked-acts.tsv}). */
  final Set<String> askedActs;
  /** A person's legal tie to a state ({@code citizenship-nouns.tsv}). */
  final Set<String> citizenshipNouns;
  /** Verbs of attributing, naming or disclosing, whose refusal withholds words only ({@code withheld-acts.tsv}). */
  final Set<String> withheldActs;
  /** Participles of leading and the groups an "X-led" makes X's ({@code led-groups.tsv}). */
  final Map<String, LedClass> ledGroups;
  /** Verbs of forsaking whose negation is a pledge of support ({@code pledges.tsv}). */
  final Set<String> pledges;

  /** Verbs of approval whose object may be a thing, not a party ({@code approval-verbs.tsv}). */
  final Set<String> approvalVerbs;

  /** CAMEO code prefixes of a military retreat ({@code retreat-codes.tsv}). */
  final Set<String> retreatCodes;

  /** Courtesy titles before a surname ({@code courtesy-titles.tsv}: "mr", "ms"). */
  final Set<String> courtesyTitles;

  /** Nouns of a government named after its leader ({@code leader-governments.tsv}: "government", "regime"). */
  final Set<String> leaderGovernments;

  /** Cities of many international bodies, whose people are no state's ({@code host-cities.tsv}: "geneva"). */
  final Set<String> hostCities;
  /** Nouns of ground or water whose "of" phrase says where ({@code location-nouns.tsv}). */
  final Set<String> locationNouns;
  /** Nouns of a way that leads somewhere ({@code road-nouns.tsv}). */
  final Set<String> roadNouns;
  /** Verbs of deliberating over a matter ({@code deliberation-verbs.tsv}). */
  final Set<String> deliberationVerbs;
  /** Words of a source allowed to talk, and of the anonymity it talks under ({@code permission-words.tsv}). */
  final Map<String, PermissionClass> permissionWords;
  /** CAMEO code prefixes and words of contact, which takes no side ({@code contact-acts.tsv}). */
  final Map<String, ContactClass> contactActs;
  /** Nouns of a state's ground, air or water, given to it by a demonym or "of" phrase ({@code ground-nouns.tsv}). */
  final Set<String> groundNouns;
  /** Nouns that recall a show of force or a launch ({@code shown-force-nouns.tsv}). */
  final Map<String, ShownForceClass> shownForceNouns;
  /** Nouns of an aspect of a deed whose "of" phrase is the deed ({@code deed-aspects.tsv}). */
  final Set<String> deedAspects;
  /** Nouns that count or bundle what their "of" phrase names ({@code container-nouns.tsv}: a package, a round). */
  final Set<String> containerNouns;
  /** Nouns of breaking away whose "from" phrase is the party left ({@code severance-nouns.tsv}: independence). */
  final Set<String> severanceNouns;
  /** Measures only states and their bodies take ({@code state-measures.tsv}: sanctions, tariffs). */
  final Set<String> stateMeasures;
  /** Verbs that bring a person somewhere ({@code destination-verbs.tsv}: welcome, invite, deport). */
  final Set<String> destinationVerbs;
  /** Nouns of a fighting group's ground and posts ({@code stronghold-nouns.tsv}: positions, bases, camps). */
  final Set<String> strongholdNouns;
  /** Agent sectors of groups that hold ground by force outside a state's forces ({@code armed-sectors.tsv}). */
  final Set<String> armedSectors;
  /** Agent sectors of a country's organisations, its NGOs and businesses ({@code organisation-sectors.tsv}). */
  final Set<String> organisationSectors;
  /** Nouns of a state's envoy to an international body ({@code posted-envoys.tsv}: ambassador, envoy). */
  final Set<String> postedEnvoys;
  /** Cities that stand for an international body seated there: city → catalog id ({@code seats.tsv}). */
  final Map<String, String> seats;

  /** Institution nouns the catalog files under one state, owned in news: noun → sector ({@code generic-bodies.tsv}). */
  final Map<String, String> genericBodies;
  /** Verbs whose object makes an idiom: "verb object" → its stance, NEUTRAL for none ({@code idiom-objects.tsv}). */
  final Map<String, Stance> idiomObjects;
  /** Nouns of an office one person holds ({@code office-nouns.tsv}). */
  final Set<String> officeNouns;
  /** Verbs that name a thing in a free relative ({@code naming-verbs.tsv}: "what it called …"). */
  final Set<String> namingVerbs;
  /** Nouns of one's own state, "his country" ({@code country-nouns.tsv}). */
  final Set<String> countryNouns;
  /** Nouns of a line between two states ({@code border-nouns.tsv}). */
  final Set<String> borderNouns;
  /** Verbs that give someone a measure against them ({@code measure-giving-verbs.tsv}: "the ban handed to Y"). */
  final Set<String> measureGivingVerbs;
  /** Nouns of a penalty one is given ({@code penalty-nouns.tsv}: "the fine imposed on Y"). */
  final Set<String> penaltyNouns;
  /** Nouns of a currency: a sum in one is given, never a party ({@code currency-nouns.tsv}). */
  final Set<String> currencyNouns;
  final Map<String, SeizureClass> seizures;
  final Map<String, ObstructionClass> obstructions;
  /** The verbs, alone or with their particle, of {@code obstructions.tsv} ({@link Graph#verbIn}). */
  final Set<String> obstructionVerbs;
  /** Nouns of allegation, whose "that" clause is their voice's word, and verbs rejecting one. */
  final Map<String, AllegationClass> allegations;
  final ImmutableSetMultimap<String, ChargeClass> charges;
  final ImmutableSetMultimap<String, DecisionClass> decisions;
  /** The acts a noun recalling a decision names by its meaning ({@code recalled-acts.tsv}): noun → act lemmas. */
  final ImmutableSetMultimap<String, String> recalledActs;
  /** Verbs of leaving a body and the relation naming what is left ({@code leaving-verbs.tsv}, LeftBodies). */
  final ImmutableSetMultimap<String, String> leavingVerbs;

  /** Verbs of appealing to a party and the relation naming it ({@code appeal-addressees.tsv}: urge → obj). */
  final ImmutableMap<String, String> appealAddressees;

  /** Acts that undo the asked party's own, which make an appeal pressure ({@code pressing-acts.tsv}). */
  final Set<String> pressingActs;
  /**
   * Acts that carry on or step up the asked party's own course, as a lemma or a lemma and its completing word ({@code
   * encouraged-acts.tsv}, {@link AppealAddressees}).
   */
  final Set<String> encouragedActs;
  /** Words that set a clause against the one before it ({@code contrast-words.tsv}, {@link QualifiedWelcomes}). */
  final Set<String> contrastWords;

  /** Words of being there without a part in the act ({@code onlooker-words.tsv}: "with Y attending"). */
  final Set<String> onlookerWords;
  /** Acts whose party is told before them or who take no side, done or promised with no object. */
  final Map<String, AnsweringClass> answeringActs;
  /** Truces and the acts that make one ({@code truces.tsv}). */
  final Map<String, TruceClass> truces;
  /** Nouns of a gathering named after its city, beside talks and accords ({@code venue-nouns.tsv}). */
  final Set<String> venueNouns;
  /** Listing verbs, list nouns and the words that make a list punitive ({@code listings.tsv}). */
  final Map<String, ListingClass> listings;
  /** Verbs that lay a deed at someone's door, and the preposition naming whose ({@code ascription-verbs.tsv}). */
  final Map<String, String> ascriptions;

  private static final class Holder {
    static final EnglishLexicon INSTANCE = new EnglishLexicon();
  }

  /** The lists, loaded on first use. */
  public static EnglishLexicon get() {
    return Holder.INSTANCE;
  }

  private EnglishLexicon() {
    Class<?> a = EnglishLexicon.class;
    speechVerbs = Vocabulary.classified(a, "speech-verbs.tsv", SpeechClass.class);
    stanceVerbs = Vocabulary.classified(a, "stance-verbs.tsv", Stance.class);
    stanceNouns = Vocabulary.classified(a, "stance-nouns.tsv", Stance.class);
    ImmutableList.Builder<Phrase> ph = ImmutableList.builder();
    for (Map.Entry<String, Stance> e : Vocabulary.classified(a, "stance-phrases.tsv", Stance.class).entrySet()) {
      ph.add(new Phrase(List.of(e.getKey().split(" ")), e.getValue(), e.getKey()));
    }
    phrases = ph.build();
    phrasesByFirst = Multimaps.index(phrases, p -> p.lemmas().get(0));
    phraseTexts = phrases.stream().map(Phrase::text).collect(ImmutableSet.toImmutableSet());
    ImmutableMap.Builder<String, ModalityClass> mod = ImmutableMap.builder();
    ImmutableList.Builder<String> cond = ImmutableList.builder();
    Vocabulary.classified(a, "modality.tsv", ModalityClass.class).forEach((w, c) -> {
      if (c == ModalityClass.CONDITION_PHRASE) {
        cond.add(w);
      } else {
        mod.put(w, c);
      }
    });
    modality = mod.build();
    conditionPhrases = cond.build();
    background = Vocabulary.classified(a, "background.tsv", BackgroundClass.class);
    voices = Vocabulary.classified(a, "voices.tsv", VoiceClass.class);
    pronouns = multimap(a, "pronouns.tsv", PronounClass.class);
    anaphors = multimap(a, "anaphors.tsv", AnaphorClass.class);
    citations = Vocabulary.classified(a, "citations.tsv", CitationClass.class);
    quoteVerbs = Vocabulary.classified(a, "quote-attribution.tsv", QuoteOrder.class,
        Vocabulary.Shape.of(2));
    ImmutableSetMultimap.Builder<RelationClass, String> rel = ImmutableSetMultimap.builder();
    multimap(a, "relations.tsv", RelationClass.class).forEach((r, c) -> rel.put(c, r));
    relations = rel.build();
    events = EventCodes.load();
    symmetric = Vocabulary.words(a, "symmetric.tsv");
    asylumNouns = Vocabulary.words(a, "asylum-nouns.tsv");
    askedActs = Vocabulary.words(a, "asked-acts.tsv");
    citizenshipNouns = Vocabulary.words(a, "citizenship-nouns.tsv");
    withheldActs = Vocabulary.words(a, "withheld-acts.tsv");
    appraisalVerbs = Vocabulary.words(a, "appraisal-verbs.tsv");
    personNouns = Vocabulary.words(a, "person-nouns.tsv");
    lonePersonNouns = Vocabulary.words(a, "lone-person-nouns.tsv");
    divisionNouns = Vocabulary.words(a, "division-nouns.tsv");
    accordActs = Vocabulary.classified(a, "accord-acts.tsv", AccordClass.class);
    hiringVerbs = Vocabulary.words(a, "hiring-verbs.tsv");
    feltParticiples = Vocabulary.words(a, "felt-participles.tsv");
    feltNouns = Vocabulary.words(a, "felt-nouns.tsv");
    undoingNouns = Vocabulary.words(a, "undoing-nouns.tsv");
    playerNouns = Vocabulary.words(a, "player-nouns.tsv");
    pairNouns = Vocabulary.classified(a, "pair-nouns.tsv", PairClass.class);
    ownPeopleNouns = Vocabulary.words(a, "own-people-nouns.tsv");
    dangerNouns = Vocabulary.words(a, "danger-nouns.tsv");
    bodyNouns = Vocabulary.classified(a, "body-nouns.tsv", BodyClass.class);
    stateTitles = Vocabulary.classified(a, "state-titles.tsv", BodyClass.class, Vocabulary.Shape.of(2));
    reciprocals = Vocabulary.words(a, "reciprocals.tsv");
    headlineJoints = Vocabulary.words(a, "headline-joints.tsv");
    divisions = Vocabulary.words(a, "divisions.tsv");
    governors = Vocabulary.classified(a, "governors.tsv", GovernorClass.class);
    lightVerbs = Vocabulary.words(a, "light-verbs.tsv");
    mannerNouns = Vocabulary.words(a, "manner-nouns.tsv");
    ImmutableSet.Builder<String> alone = ImmutableSet.builder();
    Vocabulary.classified(a, "group-sectors.tsv", GroupClass.class, Vocabulary.Shape.of(2)).forEach((s, c) -> {
      if (c == GroupClass.ALONE) {
        alone.add(s);
      }
    });
    groupsAlone = alone.build();
    ImmutableMap.Builder<String, String[]> gn = ImmutableMap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "group-nouns.tsv", Vocabulary.Shape.of(3).lowerCase())) {
      gn.put(r.get(0).toLowerCase(Locale.ROOT), new String[] {r.get(1), r.get(2, GroupClass.class).name()});
    }
    groupNouns = gn.build();
    ImmutableMap.Builder<String, Stance> ev = ImmutableMap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "mpqa-evaluative.tsv", Vocabulary.Shape.of(3).keyFields(2))) {
      ev.put(r.get(0) + "|" + r.get(1), r.get(2).equals("positive") ? Stance.SUPPORT : Stance.OPPOSE);
    }
    // Words of political abuse the MPQA lexicon lacks ("terrorist", "aggressor"): the project's own entries. They
    // also take precedence where news uses an MPQA word the other way ("a politically motivated verdict").
    // "neutral" takes an MPQA word out where news uses it of states of affairs, not of anyone's conduct ("the
    // withdrawal is irreversible", "the situation is dire").
    for (Vocabulary.Row r : Vocabulary.read(a, "evaluative-extra.tsv", Vocabulary.Shape.of(3).keyFields(2))) {
      ev.put(r.get(0) + "|" + r.get(1), r.get(2).equals("positive") ? Stance.SUPPORT
          : r.get(2).equals("neutral") ? Stance.NEUTRAL : Stance.OPPOSE);
    }
    // "illegal", "a violation": judgements of a deed, hence of its doer, that MPQA marks weakly or not at all.
    norms = Vocabulary.classified(a, "norm-judgements.tsv", NormClass.class);
    reportedDeeds = Vocabulary.classified(a, "reported-deeds.tsv", ReportedDeedClass.class);
    norms.forEach((w, c) -> {
      if (c == NormClass.ADJ || c == NormClass.NOUN) {
        ev.put(w + "|" + (c == NormClass.ADJ ? "adj" : "noun"), Stance.OPPOSE);
      }
    });
    evaluative = ev.buildKeepingLast();
    evaluationVerbs = Vocabulary.words(a, "evaluation-verbs.tsv");
    conduct = Vocabulary.classified(a, "conduct-verbs.tsv", ConductClass.class);
    references = Vocabulary.classified(a, "reference-words.tsv", ReferenceClass.class);
    conductNouns = Vocabulary.words(a, "conduct-nouns.tsv");
    undergoers = Vocabulary.words(a, "undergoers.tsv");
    seekingVerbs = Vocabulary.words(a, "seeking-verbs.tsv");
    provokingVerbs = Vocabulary.words(a, "provoking-verbs.tsv");
    endingVerbs = Vocabulary.words(a, "ending-verbs.tsv");
    freeingVerbs = Vocabulary.classified(a, "freeing-verbs.tsv", FreeingClass.class);
    releaseVerbs = Vocabulary.words(a, "release-verbs.tsv");
    dismissalVerbs = Vocabulary.words(a, "dismissal-verbs.tsv");
    Map<String, HandoverClass> handovers = Vocabulary.classified(a, "handover-verbs.tsv", HandoverClass.class);
    handoverVerbs = keysOf(handovers, HandoverClass.VERB);
    cedingVerbs = keysOf(handovers, HandoverClass.CEDE);
    swapNouns = keysOf(handovers, HandoverClass.SWAP);
    inSwapNouns = keysOf(handovers, HandoverClass.IN_SWAP);
    captiveNouns = Vocabulary.words(a, "captive-nouns.tsv");
    requestNouns = Vocabulary.words(a, "request-nouns.tsv");
    vesselPrefixes = Vocabulary.words(a, "vessel-prefixes.tsv", Vocabulary.Shape.of(1));
    adversaryNouns = Vocabulary.words(a, "adversary-nouns.tsv");
    List<PartyName> parties = new java.util.ArrayList<>();
    for (Vocabulary.Row r : Vocabulary.read(a, "party-names.tsv", Vocabulary.Shape.of(3).keyFields(2))) {
      parties.add(new PartyName(List.of(r.get(1).split(" ")), r.get(2), r.get(0, PartyForm.class)));
    }
    parties.sort(java.util.Comparator.comparingInt((PartyName p) -> p.words().size()).reversed());
    partyNames = List.copyOf(parties);
    partyMemberNouns = Vocabulary.words(a, "party-member-nouns.tsv");
    partyDescriptors = Vocabulary.words(a, "party-descriptors.tsv");
    describingNouns = Vocabulary.words(a, "describing-nouns.tsv");
    ImmutableMap.Builder<String, ContextSenses.Sense> senses = ImmutableMap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "context-senses.tsv", Vocabulary.Shape.of(3))) {
      senses.put(r.get(0), new ContextSenses.Sense(ContextSenses.word(r.get(1)), r.get(2)));
    }
    contextSenses = senses.build();
    undergoneNouns = Vocabulary.classified(a, "undergone-nouns.tsv", Stance.class);
    stancePrefixes = Vocabulary.words(a, "stance-prefixes.tsv");
    partNouns = Vocabulary.classified(a, "part-nouns.tsv", PartClass.class);
    ownedOffices = Vocabulary.classified(a, "owned-offices.tsv", OwnedSector.class);
    intentions = Vocabulary.classified(a, "intention-nouns.tsv", IntentionClass.class);
    harmNouns = Vocabulary.words(a, "harm-nouns.tsv");
    befallenNouns = Vocabulary.words(a, "befallen-nouns.tsv");
    hostedPeople = Vocabulary.words(a, "hosted-people.tsv");
    privatePartyNouns = Vocabulary.words(a, "private-party-nouns.tsv");
    foreignPortfolios = Vocabulary.words(a, "foreign-portfolios.tsv");
    memberNouns = Vocabulary.words(a, "member-nouns.tsv");
    natureNouns = Vocabulary.words(a, "nature-nouns.tsv");
    departureNouns = Vocabulary.words(a, "departure-nouns.tsv");
    routeNouns = Vocabulary.words(a, "route-nouns.tsv");
    sportNames = Vocabulary.words(a, "sport-names.tsv");
    resultVerbs = Vocabulary.words(a, "result-verbs.tsv");
    messageNouns = Vocabulary.words(a, "message-nouns.tsv");
    filedTexts = Vocabulary.words(a, "filed-texts.tsv");
    channelNouns = Vocabulary.words(a, "channel-nouns.tsv");
    postNouns = Vocabulary.words(a, "post-nouns.tsv");
    conflictNouns = Vocabulary.words(a, "conflict-nouns.tsv");
    warningVerbs = Vocabulary.words(a, "warning-verbs.tsv");
    premiseMarks = Vocabulary.words(a, "premise-marks.tsv");
    premiseInversions = Vocabulary.words(a, "premise-inversions.tsv");
    openQuestionMarks = Vocabulary.words(a, "open-question-marks.tsv");
    aimPrepositions = Vocabulary.words(a, "aim-prepositions.tsv");
    giftNouns = Vocabulary.words(a, "gift-nouns.tsv");
    nonspecificDeterminers = Vocabulary.words(a, "nonspecific-determiners.tsv");
    partnerNouns = Vocabulary.words(a, "partner-nouns.tsv");
    tieActs = Vocabulary.classified(a, "tie-acts.tsv", TieClass.class);
    conjectureNouns = Vocabulary.words(a, "conjecture-nouns.tsv");
    stanceAgents = Vocabulary.words(a, "stance-agents.tsv");
    blocAgents = Vocabulary.words(a, "bloc-agents.tsv");
    attackNouns = Vocabulary.words(a, "attack-nouns.tsv");
    titleWords = Vocabulary.words(a, "title-words.tsv");
    demandedActs = Vocabulary.classified(a, "demanded-acts.tsv", Stance.class);
    pressures = Vocabulary.words(a, "pressures.tsv");
    visits = Vocabulary.classified(a, "visits.tsv", VisitClass.class);
    subNationalPlaces = withRegions(Vocabulary.classified(a, "sub-national-places.tsv", PlaceClass.class),
        Vocabulary.classified(a, "regions.tsv", PlaceClass.class));
    localOffices = Vocabulary.classified(a, "local-offices.tsv", OfficeClass.class);
    gatherings = Vocabulary.words(a, "gatherings.tsv");
    contests = Vocabulary.words(a, "contests.tsv");
    missions = Vocabulary.words(a, "missions.tsv");
    backerDenials = Vocabulary.classified(a, "backer-denials.tsv", DenialClass.class);
    attributiveParticiples = Vocabulary.words(a, "attributive-participles.tsv");
    peaceForces = Vocabulary.words(a, "peace-forces.tsv");
    mandates = Vocabulary.classified(a, "mandates.tsv", MandateClass.class);
    objectVerbs = Vocabulary.words(a, "object-verbs.tsv");
    captivityVerbs = Vocabulary.words(a, "captivity-verbs.tsv");
    subjectControlVerbs = Vocabulary.words(a, "subject-control-verbs.tsv");
    frontedPrepositions = Vocabulary.words(a, "fronted-prepositions.tsv");
    withheldWords = Vocabulary.words(a, "withheld-words.tsv");
    comparisonAdverbs = Vocabulary.words(a, "comparison-adverbs.tsv");
    placeNouns = Vocabulary.words(a, "place-nouns.tsv");
    namedPlaceNouns = Vocabulary.words(a, "named-place-nouns.tsv");
    regionalDemonyms = Vocabulary.words(a, "regional-demonyms.tsv");
    intentVerbs = Vocabulary.words(a, "intent-verbs.tsv");
    reactionNouns = Vocabulary.words(a, "reaction-nouns.tsv");
    periodHyphens = Vocabulary.words(a, "period-hyphens.tsv");
    organisationHeads = Vocabulary.words(a, "organisation-heads.tsv");
    bodyHeads = Vocabulary.words(a, "body-heads.tsv");
    referringHeads = Vocabulary.words(a, "referring-heads.tsv");
    routineCodes = Vocabulary.words(a, "routine-codes.tsv");
    feelingAdjectives = Vocabulary.words(a, "feeling-adjectives.tsv");
    remindingVerbs = Vocabulary.words(a, "reminding-verbs.tsv");
    allegiancePhrases = Vocabulary.words(a, "allegiance-phrases.tsv");
    rankWords = Vocabulary.words(a, "rank-words.tsv");
    joinedNameHeads = Vocabulary.words(a, "joined-name-heads.tsv");
    firmNouns = Vocabulary.words(a, "firm-nouns.tsv");
    heldEvents = Vocabulary.words(a, "held-events.tsv");
    voteDocuments = Vocabulary.words(a, "vote-documents.tsv");
    draftingParticiples = Vocabulary.words(a, "drafting-participles.tsv");
    provenanceWords = Vocabulary.words(a, "provenance-words.tsv");
    settlementNouns = Vocabulary.classified(a, "settlement-nouns.tsv", SettlementClass.class);
    projectileVerbs = Vocabulary.words(a, "projectile-verbs.tsv");
    votingVerbs = Vocabulary.words(a, "voting-verbs.tsv");
    issuedTexts = Vocabulary.words(a, "issued-texts.tsv");
    issuingVerbs = Vocabulary.words(a, "issuing-verbs.tsv");
    talkNouns = Vocabulary.words(a, "talk-nouns.tsv");
    invitationVerbs = Vocabulary.words(a, "invitation-verbs.tsv");
    accordNouns = Vocabulary.words(a, "accord-nouns.tsv");
    signedDocuments = Vocabulary.words(a, "signed-documents.tsv");
    policyNouns = Vocabulary.words(a, "policy-nouns.tsv");
    matterNouns = Vocabulary.words(a, "matter-nouns.tsv");
    compassWords = Vocabulary.words(a, "compass-words.tsv");
    languageHyphens = Vocabulary.words(a, "language-hyphens.tsv");
    coAgentAdverbs = Vocabulary.words(a, "coagent-adverbs.tsv");
    crowdCounts = Vocabulary.words(a, "crowd-counts.tsv");
    plainInstitutionModifiers = Vocabulary.words(a, "plain-institution-modifiers.tsv");
    breachNouns = Vocabulary.words(a, "breach-nouns.tsv");
    breachVerbs = Vocabulary.words(a, "breach-verbs.tsv");
    breachAdjectives = Vocabulary.words(a, "breach-adjectives.tsv");
    blockingVerbs = Vocabulary.words(a, "blocking-verbs.tsv");
    sentenceOpeners = Vocabulary.words(a, "sentence-openers.tsv");
    platformPrepositions = Vocabulary.words(a, "platform-prepositions.tsv");
    nameConnectors = Vocabulary.words(a, "name-connectors.tsv");
    documentNouns = Vocabulary.words(a, "document-nouns.tsv");
    instrumentNouns = Vocabulary.words(a, "instrument-nouns.tsv");
    compositionNouns = Vocabulary.words(a, "composition-nouns.tsv");
    defenceActs = Vocabulary.words(a, "defence-acts.tsv");
    institutionNouns = Vocabulary.classified(a, "institution-nouns.tsv", InstitutionClass.class);
    watchedObjects = Vocabulary.classified(a, "watched-objects.tsv", WatchedClass.class);
    paymentWords = Vocabulary.classified(a, "payment-words.tsv", PaymentClass.class);
    ledGroups = Vocabulary.classified(a, "led-groups.tsv", LedClass.class);
    locationNouns = Vocabulary.words(a, "location-nouns.tsv");
    roadNouns = Vocabulary.words(a, "road-nouns.tsv");
    deliberationVerbs = Vocabulary.words(a, "deliberation-verbs.tsv");
    permissionWords = Vocabulary.classified(a, "permission-words.tsv", PermissionClass.class);
    contactActs = Vocabulary.classified(a, "contact-acts.tsv", ContactClass.class);
    groundNouns = Vocabulary.words(a, "ground-nouns.tsv");
    shownForceNouns = Vocabulary.classified(a, "shown-force-nouns.tsv", ShownForceClass.class);
    deedAspects = Vocabulary.words(a, "deed-aspects.tsv");
    containerNouns = Vocabulary.words(a, "container-nouns.tsv");
    severanceNouns = Vocabulary.words(a, "severance-nouns.tsv");
    stateMeasures = Vocabulary.words(a, "state-measures.tsv");
    destinationVerbs = Vocabulary.words(a, "destination-verbs.tsv");
    strongholdNouns = Vocabulary.words(a, "stronghold-nouns.tsv");
    armedSectors = Vocabulary.words(a, "armed-sectors.tsv");
    organisationSectors = Vocabulary.words(a, "organisation-sectors.tsv");
    postedEnvoys = Vocabulary.words(a, "posted-envoys.tsv");
    pledges = Vocabulary.words(a, "pledges.tsv");
    approvalVerbs = Vocabulary.words(a, "approval-verbs.tsv");
    retreatCodes = Vocabulary.words(a, "retreat-codes.tsv");
    courtesyTitles = Vocabulary.words(a, "courtesy-titles.tsv");
    leaderGovernments = Vocabulary.words(a, "leader-governments.tsv");
    hostCities = Vocabulary.words(a, "host-cities.tsv");
    ImmutableMap.Builder<String, String> seat = ImmutableMap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "seats.tsv", Vocabulary.Shape.of(2))) {
      seat.put(r.get(0).toLowerCase(Locale.ROOT), r.get(1));
    }
    seats = seat.buildOrThrow();
    ImmutableMap.Builder<String, String> body = ImmutableMap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "generic-bodies.tsv", Vocabulary.Shape.of(2))) {
      body.put(r.get(0).toLowerCase(Locale.ROOT), r.get(1));
    }
    genericBodies = body.buildOrThrow();
    idiomObjects = Vocabulary.classified(a, "idiom-objects.tsv", Stance.class);
    officeNouns = Vocabulary.words(a, "office-nouns.tsv");
    namingVerbs = Vocabulary.words(a, "naming-verbs.tsv");
    countryNouns = Vocabulary.words(a, "country-nouns.tsv");
    borderNouns = Vocabulary.words(a, "border-nouns.tsv");
    measureGivingVerbs = Vocabulary.words(a, "measure-giving-verbs.tsv");
    penaltyNouns = Vocabulary.words(a, "penalty-nouns.tsv");
    currencyNouns = Vocabulary.words(a, "currency-nouns.tsv");
    seizures = Vocabulary.classified(a, "seizures.tsv", SeizureClass.class);
    obstructions = Vocabulary.classified(a, "obstructions.tsv", ObstructionClass.class);
    obstructionVerbs = keysOf(obstructions, ObstructionClass.VERB);
    allegations = Vocabulary.classified(a, "allegations.tsv", AllegationClass.class);
    charges = multimap(a, "charges.tsv", ChargeClass.class);
    decisions = multimap(a, "decision-acts.tsv", DecisionClass.class);
    ImmutableSetMultimap.Builder<String, String> recalled = ImmutableSetMultimap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "recalled-acts.tsv", Vocabulary.Shape.of(2).keyFields(2))) {
      recalled.put(r.get(0).toLowerCase(Locale.ROOT), r.get(1).toLowerCase(Locale.ROOT));
    }
    recalledActs = recalled.build();
    ImmutableSetMultimap.Builder<String, String> leaving = ImmutableSetMultimap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "leaving-verbs.tsv", Vocabulary.Shape.of(2).keyFields(2))) {
      leaving.put(r.get(0).toLowerCase(Locale.ROOT), r.get(1));
    }
    leavingVerbs = leaving.build();
    ImmutableMap.Builder<String, String> appealed = ImmutableMap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "appeal-addressees.tsv", Vocabulary.Shape.of(2).keyFields(1))) {
      appealed.put(r.get(0), r.get(1));
    }
    appealAddressees = appealed.buildOrThrow();
    pressingActs = Vocabulary.words(a, "pressing-acts.tsv");
    encouragedActs = Vocabulary.words(a, "encouraged-acts.tsv");
    contrastWords = Vocabulary.words(a, "contrast-words.tsv");
    onlookerWords = Vocabulary.words(a, "onlooker-words.tsv");
    answeringActs = Vocabulary.classified(a, "answering-acts.tsv", AnsweringClass.class);
    truces = Vocabulary.classified(a, "truces.tsv", TruceClass.class);
    listings = Vocabulary.classified(a, "listings.tsv", ListingClass.class);
    venueNouns = Vocabulary.words(a, "venue-nouns.tsv");
    ImmutableMap.Builder<String, String> ascribed = ImmutableMap.builder();
    for (Vocabulary.Row r : Vocabulary.read(a, "ascription-verbs.tsv", Vocabulary.Shape.of(2))) {
      ascribed.put(r.get(0).toLowerCase(Locale.ROOT), r.get(1).toLowerCase(Locale.ROOT));
    }
    ascriptions = ascribed.buildOrThrow();
  }

  private static <E extends Enum<E>> ImmutableSetMultimap<String, E> multimap(Class<?> anchor, String file,
      Class<E> type) {
    ImmutableSetMultimap.Builder<String, E> out = ImmutableSetMultimap.builder();
    for (Vocabulary.Row r : Vocabulary.read(anchor, file, Vocabulary.Shape.of(2).keyFields(2))) {
      out.put(r.get(0).toLowerCase(Locale.ROOT), r.get(1, type));
    }
    return out.build();
  }

  /** The prior polarity of an evaluative noun or adjective (MPQA, strongly subjective), when it has one. */
  java.util.Optional<Stance> polarity(String lemma, boolean adjective) {
    Stance s = evaluative.get(lemma + "|" + (adjective ? "adj" : "noun"));
    s = s != null ? s : evaluative.get(lemma + "|anypos");
    return java.util.Optional.ofNullable(s == Stance.NEUTRAL ? null : s);
  }

  /** Whether {@code word} (any case) has the modality class {@code c}. */
  boolean is(String word, ModalityClass c) {
    return modality.get(word.toLowerCase(Locale.ROOT)) == c;
  }

  /** Whether {@code word} (any case) is a pronoun of class {@code c}. */
  boolean is(String word, PronounClass c) {
    return pronouns.containsEntry(word.toLowerCase(Locale.ROOT), c);
  }

  /** Whether {@code lemma} is a charge word of class {@code c}. */
  boolean is(String lemma, ChargeClass c) {
    return charges.containsEntry(lemma, c);
  }

  /** Whether {@code lemma} is a decision word of class {@code c}. */
  boolean is(String lemma, DecisionClass c) {
    return decisions.containsEntry(lemma, c);
  }

  /** Whether the noun {@code noun}, recalling a decision, can recall an act of the verb {@code act}. */
  boolean recallsAct(String noun, String act) {
    java.util.Set<String> acts = recalledActs.get(noun);
    // "arrested two smugglers … The measure drew criticism": a generic noun recalls no arrest, only "the arrest" does.
    return acts.isEmpty() ? !is(act, DecisionClass.NAMED) : acts.contains(act);
  }

  /** Whether {@code lemma} is a voice noun of class {@code c}. */
  boolean is(String lemma, VoiceClass c) {
    return voices.get(lemma) == c;
  }

  /** The dependency relations of class {@code c}. */
  ImmutableSet<String> relations(RelationClass c) {
    return relations.get(c);
  }

  /** The heading words of {@code background.tsv} that open a background or analysis section, for the profile. */
  public List<String> backgroundSections() {
    return background(BackgroundClass.SECTION);
  }

  /** The phrases of {@code background.tsv} of class {@code c}. */
  List<String> background(BackgroundClass c) {
    return background.entrySet().stream().filter(e -> e.getValue() == c).map(Map.Entry::getKey).toList();
  }

  /** The entries of {@code map} of class {@code c}. */
  private static <C> Set<String> keysOf(Map<String, C> map, C c) {
    return map.entrySet().stream().filter(e -> e.getValue() == c).map(Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * Whether {@code lemma} opens an entry of {@code map} whose class {@code wanted} accepts: the whole entry or the
   * first word of a phrase ("scale" of "scale back"). The light pass lets a sentence through on it; the parse decides.
   */
  static <C> boolean opens(Map<String, C> map, java.util.function.Predicate<C> wanted, String lemma) {
    for (Map.Entry<String, C> e : map.entrySet()) {
      if (wanted.test(e.getValue()) && (e.getKey().equals(lemma) || e.getKey().startsWith(lemma + " "))) {
        return true;
      }
    }
    return false;
  }

  /** The generated places with the curated regions over them: a region the gazetteer calls a city is a province. */
  static Map<String, PlaceClass> withRegions(Map<String, PlaceClass> generated, Map<String, PlaceClass> regions) {
    Map<String, PlaceClass> merged = new HashMap<>(generated);
    merged.putAll(regions);
    return ImmutableMap.copyOf(merged);
  }
}
