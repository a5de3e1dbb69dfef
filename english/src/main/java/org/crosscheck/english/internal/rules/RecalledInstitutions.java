package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.english.internal.rules.EnglishLexicon.InstitutionClass;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * A bare "the junta", "the government", "the army" ({@code institution-nouns.tsv}) stands for the institution the
 * article last named so with its state ("Mali's junta", "the Colombian government", "Thailand's army", which the
 * catalog resolves to that state's sector). A government, military or police noun the article has not yet tied to a
 * state stands for that sector of the state whose institution it named last ("Colombia's government … the rebels
 * accused the army"), a foreign ministry of a state other than the dateline's left out: it is quoted reacting to
 * other states' affairs ("BANGKOK - Myanmar's government … China's foreign ministry said … accused the military",
 * "MUSCAT - … Oman's foreign ministry said … accused the government" of Yemen). A junta noun only ever stands for a
 * junta named before. Before any such mention, without "the" ("a
 * junta"), with a modifier or owner of its own ("Niger's junta", the catalog's mention), or in a sentence that names
 * another state before it ("Kenya said the government …"), this class gives nothing. Not the last holder: in "Ghana
 * condemned Mali. The bloc criticised the junta" Ghana is no junta. The memory lives in the article's
 * {@link Discourse}. A bare "the ministry" ({@code MINISTRY}) is, like a junta, only ever a ministry named before
 * ("Kenya's foreign ministry … the ministry said"), never the last state's; once ministries of two states are named
 * it is nobody's, since news so often quotes both sides' ministries that the last one is no better than a guess. A
 * ministry of another portfolio than the one named ("the agriculture ministry" after "Uganda's foreign ministry")
 * in a story filed from another state is that state's.
 */
final class RecalledInstitutions {

  /** How many words may say which government a state's is ("France's new minority government"). */
  private static final int MODIFIERS = 3;

  /** The institution each class of noun last named, by class. */
  static final Map<InstitutionClass, Discourse.Key<ActorRef>> LAST = keys();

  /**
   * The institution each noun last named, by the noun's lemma: "the army" recalls the last army named before the last
   * military of another state ("The Lebanese army … Israel's military struck … welcomed the army's progress").
   */
  static final Discourse.Key<Map<String, ActorRef>> LAST_BY_NOUN = Discourse.Key.of("english.lastInstitutionByNoun");

  /** The state whose government, military or police the article named last. */
  static final Discourse.Key<ActorRef> LAST_STATE = Discourse.Key.of("english.lastInstitutionState");

  /**
   * The state whose place the article's dateline names ("CAIRO, Feb 9 (Wire) -"), by a catalog name or a capital the
   * catalog files as a demonym ("NAIROBI (Reuters) -").
   */
  static final Discourse.Key<ActorRef> DATELINE_STATE = Discourse.Key.of("english.datelineState");

  /**
   * Whether the dateline's state is the one the article named most often before this sentence, after its dateline
   * (no other named more); and how often it named each.
   */
  static final Discourse.Key<Boolean> HOME_NAMED = Discourse.Key.of("english.datelineStateNamed");
  private static final Discourse.Key<Map<String, Integer>> NAMED = Discourse.Key.of("english.statesNamed");

  /** Set once the article has named ministries of two states: a bare "the ministry" is then either one. */
  static final Discourse.Key<Boolean> MINISTRIES_OF_TWO = Discourse.Key.of("english.ministriesOfTwoStates");

  private RecalledInstitutions() {}

  private static Map<InstitutionClass, Discourse.Key<ActorRef>> keys() {
    Map<InstitutionClass, Discourse.Key<ActorRef>> keys = new EnumMap<>(InstitutionClass.class);
    for (InstitutionClass c : InstitutionClass.values()) {
      keys.put(c, Discourse.Key.of("english.lastInstitution." + c));
    }
    return Map.copyOf(keys);
  }

  /**
   * Notes the institution each mention of this sentence that ends in an institution noun names ("Colombia's
   * government"), for a bare one in it or after it. Called on every sentence of the light pass, read deeply or not.
   */
  static void remember(SentenceContext<?> ctx, EnglishLexicon lex) {
    rememberSeated(ctx, lex);
    int dateline = Datelines.length(ctx.tokens());
    rememberNamed(ctx, dateline);
    for (ActorSpan m : ctx.mentions()) {
      Actor placed = m.last() < dateline && !m.anonymous() ? ctx.actors().stateOf(m.actor()).orElse(null) : null;
      if (placed != null && ctx.discourse().get(DATELINE_STATE).isEmpty()) {
        ctx.discourse().set(DATELINE_STATE, ActorRef.of(placed, m.text()));
      }

      // "Thailand's army", or a leader's "the Biden administration" where the catalog's name stops before the noun.
      int owned = m.anonymous() || m.actor().kind() != ActorKind.STATE ? -1 : ownedGovernment(ctx, lex, m.last());
      int last = owned >= 0 ? owned : m.last() + 1 < ctx.tokens().size()
          && lex.institutionNouns.containsKey(ctx.tokens().get(m.last() + 1).lemma()) ? m.last() + 1 : m.last();
      String noun = ctx.tokens().get(last).lemma();
      InstitutionClass kind = owned >= 0 ? InstitutionClass.GOVERNMENT
          : m.anonymous() || m.actor().isAdHoc() || m.actor().kind() == ActorKind.STATE ? null
          : lex.institutionNouns.get(noun);
      Actor state = kind == null ? null : ctx.actors().stateOf(m.actor()).orElse(null);
      // The state's sector the noun names, whatever office or person the catalog made of the mention.
      Actor sector = state == null ? null : sectorOf(ctx, state, noun).orElse(null);
      if (sector == null) {
        continue;
      }
      String text = last == m.last() ? m.text() : owned >= 0 ? m.text() + "'s " + ctx.tokens().subList(m.last() + 2,
          last + 1).stream().map(Token::word).collect(java.util.stream.Collectors.joining(" "))
          : m.text() + " " + ctx.tokens().get(last).word();
      if (kind == InstitutionClass.MINISTRY && ctx.discourse().get(LAST.get(kind))
          .flatMap(r -> ctx.actors().stateOf(ctx.actors().actorOf(r))).filter(s -> !s.id().equals(state.id()))
          .isPresent()) {
        ctx.discourse().set(MINISTRIES_OF_TWO, true);
      }
      ctx.discourse().set(LAST.get(kind), ActorRef.of(sector, text));
      Map<String, ActorRef> byNoun = new java.util.HashMap<>(ctx.discourse().get(LAST_BY_NOUN).orElse(Map.of()));
      byNoun.put(noun, ActorRef.of(sector, text));
      ctx.discourse().set(LAST_BY_NOUN, Map.copyOf(byNoun));
      if (kind != InstitutionClass.JUNTA && !(kind == InstitutionClass.MINISTRY && abroad(ctx, lex, m, last, state))) {
        ctx.discourse().set(LAST_STATE, ActorRef.of(state, text));
      }
    }
    if (dateline > 0 && ctx.discourse().get(DATELINE_STATE).isEmpty()) {
      // "NAIROBI (Reuters) -", "YEREVAN (AP) -": the catalog files many a capital only as a word before a noun ("a
      // Nairobi court"), as it files demonyms, and finds no mention in the dateline.
      datelineCapital(ctx).ifPresent(st -> ctx.discourse().set(DATELINE_STATE, st));
    }
  }

  /**
   * The state of the place that opens the dateline when the catalog files it as a demonym-like word ("NAIROBI",
   * "ADDIS ABABA"): the words in capitals before the first comma, bracket or dash, in title case.
   */
  private static Optional<ActorRef> datelineCapital(SentenceContext<?> ctx) {
    StringBuilder place = new StringBuilder();
    for (Token t : ctx.tokens()) {
      String w = t.word();
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
        break;
      }
      place.append(place.length() == 0 ? "" : " ").append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return place.length() == 0 ? Optional.empty()
        : ctx.actors().stateOfDemonym(place.toString()).map(s -> ActorRef.of(s, place.toString()));
  }

  /** Notes whether the dateline's state was the one named most before this sentence, then counts those in it. */
  private static void rememberNamed(SentenceContext<?> ctx, int dateline) {
    Discourse d = ctx.discourse();
    Map<String, Integer> named = d.get(NAMED).orElseGet(java.util.HashMap::new);
    d.set(NAMED, named);
    int home = d.get(DATELINE_STATE).map(h -> named.getOrDefault(h.id(), 0)).orElse(0);
    d.set(HOME_NAMED, home > 0 && named.values().stream().allMatch(n -> n <= home));
    for (ActorSpan m : ctx.mentions()) {
      Actor state = m.first() < dateline || m.anonymous() ? null : ctx.actors().stateOf(m.actor()).orElse(null);
      if (state != null) {
        named.merge(state.id(), 1, Integer::sum);
      }
    }
  }

  /**
   * "France's minority government", "Britain's Labour government": a government noun owned by a state's name across
   * the words that say which government, which the catalog composes with the state only when nothing stands
   * between. The noun's index, or -1.
   */
  private static int ownedGovernment(SentenceContext<?> ctx, EnglishLexicon lex, int state) {
    List<Token> toks = ctx.tokens();
    if (state + 2 >= toks.size() || !toks.get(state + 1).word().equals("'s")) {
      return -1;
    }
    for (int k = state + 2; k < toks.size() && k <= state + 2 + MODIFIERS; k++) {
      String tag = toks.get(k).tag();
      if (lex.institutionNouns.get(toks.get(k).lemma()) == InstitutionClass.GOVERNMENT && tag.startsWith("NN")) {
        return k;
      }
      if (!(tag.equals("JJ") || tag.equals("VBN") || tag.equals("NN") || tag.equals("NNP") || tag.equals("HYPH"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Notes "the government in Bangui", "the army in Kabul" (see {@link #seated}): the state's institution, for a bare
   * noun after it. Read from the tags, since the light pass has no graph; the mentions after it in the sentence are
   * noted after it.
   */
  private static void rememberSeated(SentenceContext<?> ctx, EnglishLexicon lex) {
    List<org.crosscheck.spi.Token> t = ctx.tokens();
    for (int i = 1; i + 2 < t.size(); i++) {
      InstitutionClass kind = t.get(i).tag().startsWith("NN") ? lex.institutionNouns.get(t.get(i).lemma()) : null;
      if (kind == null || kind == InstitutionClass.JUNTA || kind == InstitutionClass.MINISTRY
          || !t.get(i - 1).lemma().equals("the") || !t.get(i + 1).lemma().equals("in")
          || !t.get(i + 2).tag().equals("NNP")) {
        continue;
      }
      ActorSpan m = ctx.mentionAt(i + 2).orElse(null);
      Actor state = m != null && !m.anonymous() && !m.implied() ? ctx.actors().stateOf(m.actor()).orElse(null)
          : m == null ? ctx.actors().stateOfDemonym(t.get(i + 2).word()).orElse(null) : null;
      Actor sector = state == null ? null : sectorOf(ctx, state, t.get(i).lemma()).orElse(null);
      if (sector != null) {
        String text = ctx.text(i, i + 2);
        ctx.discourse().set(LAST.get(kind), ActorRef.of(sector, text));
        ctx.discourse().set(LAST_STATE, ActorRef.of(state, text));
      }
    }
  }

  /**
   * Whether the ministry named from {@code m} to {@code last} speaks to other states ("China's foreign ministry") for
   * a state other than the dateline's: the voice of a state reacting to others' affairs, so no clue whose government
   * or army a later bare noun is. A story filed from the ministry's own capital is about its state.
   */
  private static boolean abroad(SentenceContext<?> ctx, EnglishLexicon lex, ActorSpan m, int last, Actor state) {
    ActorRef home = ctx.discourse().get(DATELINE_STATE).orElse(null);
    if (home == null || home.id().equals(state.id())) {
      return false;
    }
    for (int k = m.first(); k <= last; k++) {
      if (lex.foreignPortfolios.contains(ctx.tokens().get(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a bare institution noun of this class could refer back to something the article has named. */
  static boolean recalled(Discourse d, InstitutionClass kind) {
    if (kind == InstitutionClass.MINISTRY && d.get(MINISTRIES_OF_TWO).orElse(false)) {
      return false;
    }
    return d.get(LAST.get(kind)).isPresent() || ofLastState(kind) && d.get(LAST_STATE).isPresent()
        || home(d, kind) != null;
  }

  /**
   * The dateline's state, for a bare government or police noun when the article has named that state after its
   * dateline, and no other more often ("CARACAS - Venezuelan security forces detained … the opposition accused the
   * government"):
   * the home government a story filed from a state's capital means, when it named no other institution. Null
   * otherwise: a story filed from Brussels or Geneva about other states seldom names the host state, one filed from
   * Muscat about Iran names Iran more, and an army is named by the war it fights.
   */
  private static ActorRef home(Discourse d, InstitutionClass kind) {
    return (kind == InstitutionClass.GOVERNMENT || kind == InstitutionClass.POLICE)
        && d.get(HOME_NAMED).orElse(false) ? d.get(DATELINE_STATE).orElse(null) : null;
  }

  /** Whether a bare noun of this class, no such institution named yet, is that sector of the last state named. */
  private static boolean ofLastState(InstitutionClass kind) {
    return kind != InstitutionClass.JUNTA && kind != InstitutionClass.MINISTRY;
  }

  /** The institution a bare "the junta", "the government" at {@code c} refers back to, or null. */
  static ActorSpan at(Graph g, IndexedWord c) {
    InstitutionClass kind = kind(g, c);
    List<IndexedWord> mods = g.children(c, "amod", "compound");
    ActorSpan seated = kind == null ? null : seated(g, c, mods);
    if (seated != null) {
      return seated;
    }
    if (kind == null || !g.pos(c).equals("NN") && !g.pos(c).equals("NNS")
        || !g.children(c, "nmod:poss", "nmod:of").isEmpty() || !mods.isEmpty() && !ownerless(g, kind, mods)
        || g.children(c, "det").stream().noneMatch(d -> g.lemmaOf(d).equals("the"))
        || !recalled(g.ctx.discourse(), kind)) {
      return null;
    }
    Actor placed = kind == InstitutionClass.GOVERNMENT || kind == InstitutionClass.POLICE ? placedIn(g) : null;
    if (placed != null && mods.isEmpty()) {
      // "In Abuja, the opposition accused the government …": a story filed from Ankara names Nigeria's government.
      Actor sector = sectorOf(g.ctx, placed, noun(g, c)).orElse(null);
      return sector == null ? null : ActorSpan.of(g.idx(c), g.idx(c), sector, c.word());
    }
    // A bare noun names no state: whatever the catalog's agent phrase makes of it, it is the one named before.
    // The last of the same noun before the last of its class: an article that calls one state's forces "the army" and
    // another's "the military" keeps them apart.
    ActorRef last = g.ctx.discourse().get(LAST_BY_NOUN).map(m -> m.get(noun(g, c)))
        .or(() -> g.ctx.discourse().get(LAST.get(kind))).orElse(null);
    Actor actor = last == null ? null : g.ctx.actors().actorOf(last);
    String mention = last == null ? c.word() : last.mention();
    if (kind == InstitutionClass.MINISTRY && actor != null && !mods.isEmpty()) {
      // "the defence ministry" after "Kenya's foreign ministry": Kenya's, in the sector its own phrase names.
      Actor state = g.ctx.actors().stateOf(actor).orElse(null);
      Actor home = otherPortfolio(mods, mention) ? homeOtherThan(g, state) : null;
      if (home != null) {
        // "NAIROBI - Uganda's foreign ministry said … a critic of the agriculture ministry": the article named no
        // agriculture ministry, and one of the state it was filed from is likelier than the other state's.
        state = home;
        mention = phrase(g, c, mods);
      }
      Actor sector = state == null ? null : sectorOf(g.ctx, state, phrase(g, c, mods)).orElse(null);
      if (sector == null && home != null) {
        // A portfolio the agent list lacks still names a ministry: the home government's, not the other state's.
        sector = sectorOf(g.ctx, home, noun(g, c)).orElse(null);
      }
      actor = sector != null ? sector : home != null ? null : actor;
    }
    if (actor == null && ofLastState(kind)) {
      ActorRef state = g.ctx.discourse().get(LAST_STATE).orElse(null);
      actor = state == null ? null : sectorOf(g.ctx, g.ctx.actors().actorOf(state), noun(g, c)).orElse(null);
    }
    ActorRef home = actor == null ? home(g.ctx.discourse(), kind) : null;
    if (home != null && !otherStateBefore(g, c, Datelines.length(g.toks), home.id())) {
      actor = sectorOf(g.ctx, g.ctx.actors().actorOf(home), noun(g, c)).orElse(null);
    }
    return actor == null || kind != InstitutionClass.JUNTA && ownedBefore(g, c, actor)
        || kind == InstitutionClass.MILITARY && actedOnBySameState(g, c, actor)
        || (kind == InstitutionClass.GOVERNMENT || kind == InstitutionClass.POLICE) && awayFromDateline(g, actor) ? null
        : ActorSpan.of(g.idx(c), g.idx(c), actor, mention);
  }

  /**
   * "the government in Kinshasa", "the defence ministry in Ankara": an institution placed in a state or its capital is
   * that state's, whichever the article named before. Null when its "in" phrase names no state, or the state has no
   * body of the noun's sector.
   */
  private static ActorSpan seated(Graph g, IndexedWord c, List<IndexedWord> mods) {
    if (!mods.isEmpty() && !ownerless(g, kind(g, c), mods)
        || g.children(c, "det").stream().noneMatch(d -> g.lemmaOf(d).equals("the"))) {
      return null;
    }
    for (IndexedWord p : g.children(c, "nmod:in")) {
      ActorSpan m = g.mentionOf(p);
      Actor state = m == null || m.implied() ? capital(g, p) : g.ctx.actors().stateOf(m.actor()).orElse(null);
      int last = m == null || m.implied() ? g.idx(p) : m.last();
      Actor sector = state == null ? null
          : sectorOf(g.ctx, state, mods.isEmpty() ? noun(g, c) : phrase(g, c, mods)).orElse(null);
      if (sector != null && last > g.idx(c)) {
        return ActorSpan.of(g.idx(c), last, sector, g.text(g.idx(c), last));
      }
    }
    return null;
  }

  /**
   * The state of a city the catalog files only as a word before a noun, as it files words shaped like demonyms
   * ("Bangui", "Tehran"), where the tagger reads it as a place: "the government in Bangui". Null otherwise.
   */
  private static Actor capital(Graph g, IndexedWord p) {
    return g.pos(p).equals("NNP") && g.ctx.sentence().ner(g.idx(p)).equals("LOCATION") ? g.demonym(p) : null;
  }

  /** The state a sentence opening "In Abuja," or "In Nigeria," is placed in, or null. */
  private static Actor placedIn(Graph g) {
    if (g.size() < 4 || !g.toks.get(0).word().equalsIgnoreCase("in")) {
      return null;
    }
    IndexedWord first = g.node(1);
    ActorSpan m = first == null ? null : g.mentionOf(first);
    if (m == null || m.first() != 1 || m.last() + 1 >= g.size() || !g.toks.get(m.last() + 1).word().equals(",")) {
      return null;
    }
    return g.ctx.actors().stateOf(m.actor()).orElse(null);
  }

  /**
   * Whether the article was filed from another state than the government's: "CAIRO - … support for Sudan's
   * government … said X, a critic of the government" is Egypt's, the home government a bare "the government" most
   * often means, not the one named last; so are "the police", who act at home ("THE HAGUE - … Iran's intelligence
   * ministry … we warned the police"). An army is named by the conflict it fights in, and keeps the one named.
   */
  private static boolean awayFromDateline(Graph g, Actor actor) {
    ActorRef home = g.ctx.discourse().get(DATELINE_STATE).orElse(null);
    Actor state = g.ctx.actors().stateOf(actor).orElse(null);
    return home != null && state != null && !home.id().equals(state.id());
  }

  /**
   * Whether the sentence, from token {@code from}, names a state other than {@code stateId} before {@code c}:
   * "Ethiopia's parliament passed a motion calling on the government" is Ethiopia's, whatever the dateline.
   */
  private static boolean otherStateBefore(Graph g, IndexedWord c, int from, String stateId) {
    for (int k = from; k < g.idx(c); k++) {
      ActorSpan m = g.mentionAt(k);
      Actor state = m == null || m.anonymous() ? null : g.ctx.actors().stateOf(m.actor()).orElse(null);
      if (state != null && !state.id().equals(stateId)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a portfolio word of the ministry ("agriculture") is missing from the one named before. */
  private static boolean otherPortfolio(List<IndexedWord> mods, String named) {
    List<String> words = List.of(named.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
    return mods.stream().anyMatch(m -> !words.contains(m.word().toLowerCase(Locale.ROOT)));
  }

  /** The state of the article's dateline when it is another than {@code state}, or null. */
  private static Actor homeOtherThan(Graph g, Actor state) {
    ActorRef home = g.ctx.discourse().get(DATELINE_STATE).orElse(null);
    return home == null || state == null || home.id().equals(state.id()) ? null : g.ctx.actors().actorOf(home);
  }

  /**
   * Whether the noun is a subject after an actor of another state in the sentence, whose institution it may well be:
   * "Kenya said the army had shelled …" (in "Senegal criticised the army" the army is the object of a foreign
   * state's criticism, as the remembered one would be).
   */
  private static boolean ownedBefore(Graph g, IndexedWord c, Actor actor) {
    Actor state = g.ctx.actors().stateOf(actor).orElse(null);
    return g.relToParent(c).startsWith("nsubj") && state != null && otherStateBefore(g, c, 0, state.id());
  }

  /**
   * Whether the army noun is the object of a verb whose subject is an armed group of the state it would be:
   * "Russian fighters helped the army retake Kidal" tells of a foreign force and a home army, so the army is not
   * Russia's however recently the article named Russia's defence ministry. Nobody is then a better guess than the
   * same state twice.
   */
  private static boolean actedOnBySameState(Graph g, IndexedWord c, Actor actor) {
    Actor state = g.ctx.actors().stateOf(actor).orElse(null);
    IndexedWord verb = g.parent(c);
    if (verb != null && g.relToParent(c).equals("nsubj") && g.relToParent(verb).matches("ccomp|xcomp")) {
      // "helped the army retake …": the parser makes the army the subject of the act helped.
      verb = g.parent(verb);
    } else if (!g.relToParent(c).equals("obj")) {
      return false;
    }
    if (state == null || verb == null || !g.pos(verb).startsWith("VB")) {
      return false;
    }
    for (IndexedWord s : g.children(verb, "nsubj")) {
      ActorSpan m = g.mentionOf(s);
      if (m == null || m.anonymous() || m.actor().id().equals(actor.id())
          || m.actor().kind() != org.crosscheck.ActorKind.ARMED_GROUP) {
        // "the British Property Federation accused the government", "the opposition criticised the army": a body of
        // the same state acts on its own institutions all the time; only a foreign force beside an army is telling.
        continue;
      }
      // "Russian fighters": the catalog's armed group of a state may belong to none; its demonym says whose.
      Actor other = g.ctx.actors().stateOf(m.actor()).orElse(null);
      boolean same = other != null && other.id().equals(state.id()) || g.children(s, "amod").stream()
          .map(g::demonym).anyMatch(a -> a != null && a.id().equals(state.id()));
      if (same) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a ministry's modifiers name its kind, not its owner: "the foreign ministry" is the one named before, "the
   * Ugandan foreign ministry" (the catalog's mention) is not. Other institution nouns stay bare ("the Thai army").
   */
  private static boolean ownerless(Graph g, InstitutionClass kind, List<IndexedWord> mods) {
    return kind == InstitutionClass.MINISTRY
        && mods.stream().allMatch(m -> g.mentionOf(m) == null && g.demonym(m) == null)
        // "the federal government", "the interim government": which of the state's governments, not whose.
        || (kind == InstitutionClass.GOVERNMENT || kind == InstitutionClass.POLICE) && mods.stream()
            .allMatch(m -> g.lex.plainInstitutionModifiers.contains(m.word().toLowerCase(Locale.ROOT)));
  }

  /** "defence ministry": the modifiers and the noun, in the order written. */
  private static String phrase(Graph g, IndexedWord c, List<IndexedWord> mods) {
    StringBuilder b = new StringBuilder();
    mods.stream().sorted(Comparator.comparingInt(g::idx))
        .forEach(m -> b.append(m.word().toLowerCase(Locale.ROOT)).append(' '));
    return b.append(c.word().toLowerCase(Locale.ROOT)).toString();
  }

  /** The sector of {@code state} that the institution noun {@code lemma} names ("army": its military). */
  static Optional<Actor> sectorOf(SentenceContext<?> ctx, Actor state, String lemma) {
    return ctx.actors().agentSector(lemma).flatMap(sector -> ctx.actors().composite(state, sector));
  }

  private static InstitutionClass kind(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("NN") ? g.lex.institutionNouns.get(noun(g, w)) : null;
  }

  /**
   * The noun as {@code institution-nouns.tsv} lists it: its lemma, or the word as written for a plural whose
   * singular names something else ("the authorities" are the government, "the authority" is a regulator).
   */
  private static String noun(Graph g, IndexedWord w) {
    String lemma = g.lemmaOf(w);
    String word = w.word().toLowerCase(Locale.ROOT);
    return g.lex.institutionNouns.containsKey(lemma) ? lemma : word;
  }
}
