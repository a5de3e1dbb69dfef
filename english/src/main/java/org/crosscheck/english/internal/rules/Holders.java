package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * Who holds the stance a cue expresses. For a verb: its subject, or its passive agent when the verb is passive
 * ("was condemned by X"); an adjectival participle's subject ("Moscow is committed to …"). For a noun: its
 * possessor or "from"/"by" phrase ("Iran's support", "criticism from X"), a demonym or actor compounded with it
 * ("Russian support"), the subject it is predicated of ("X is an ally of Y"), the noun it stands in apposition to, or
 * the subject of the light verb it is the object of ("X offered support", {@code light-verbs.tsv}; in "X condemned
 * the attack" the attack is not X's), or of the verb an infinitive of purpose read as a noun serves
 * ({@link PurposeNouns}: "blocked the road to protest").
 * Otherwise a participle, infinitive or prepositional clause takes its governor's subject ("…, reaffirming Iran's
 * support", "refrain from supporting", "has no plan to save"), climbing a few links; an infinitive a noun of
 * intention controls is the noun owner's ({@link Intentions}). The actor hyphenated to a participle holds it
 * ("Iran-backed militias", {@link HyphenAgents}). A report verb after its clause with no subject of its own is the
 * name's before it ("…, Amnesty International charged", {@link FrontedReports}). Stateless.
 */
final class Holders {

  private Holders() {}

  static List<ActorSpan> of(Graph g, IndexedWord w, boolean nominal, SpeechFrames.Frame frame) {
    IndexedWord denier = nominal ? null : DeniedCharges.denier(g, w);
    if (denier != null) {
      // "…, a charge Burundi has denied": the subject before the verb, wherever the parser hung it (DeniedCharges).
      return resolve(g, List.of(denier), frame);
    }
    List<IndexedWord> cands = new ArrayList<>();
    java.util.Optional<List<IndexedWord>> owners = nominal || !g.children(w, "nsubj").isEmpty()
        ? java.util.Optional.empty() : Intentions.owners(g, w);
    if (owners.isPresent()) {
      return resolve(g, owners.get(), frame);
    }
    IndexedWord fronted = nominal ? null : FrontedReports.speaker(g, w);
    if (fronted != null) {
      return resolve(g, List.of(fronted), frame);
    }
    IndexedWord trailing = nominal ? null : TrailingAttributions.speaker(g, w);
    if (trailing != null) {
      // "Y are abusing migrants, rights groups charged": the subject the parser gave the verb is the clause's object.
      return resolve(g, List.of(trailing), frame);
    }
    IndexedWord report = nominal ? null : SpeakerConjuncts.report(g, w);
    if (report != null) {
      return resolve(g, g.children(report, "nsubj"), frame);
    }
    IndexedWord backer = nominal ? null : HyphenAgents.agent(g, w);
    if (backer != null && AlignedGroups.aligned(g, w)) {
      // "Army-aligned militias": the group sides with the actor before the hyphen, not the reverse.
      return AlignedGroups.group(g, w);
    }
    if (backer != null) {
      // A backer of no group the text names ("the Kremlin-backed candidate") holds nothing worth a claim; nor does
      // one the sentence reports denying it (DeniedBackings).
      return Targets.in(g, HyphenAgents.modified(g, w), 0, List.of()) == null || DeniedBackings.denied(g, backer)
          ? List.of()
          : resolve(g, List.of(backer), frame);
    }
    IndexedWord mover = nominal ? null : MovedForces.mover(g, w);
    if (mover != null) {
      return resolve(g, g.children(mover, "nsubj", "nsubj:xsubj"), frame);
    }
    if (!nominal && headlinePassive(g, w)) {
      return List.of();
    }
    if (!nominal && HeadlinePassives.is(g, w)) {
      // "Dutch lender fined by U.S.": the "by" phrase fined, the lender was fined.
      return resolve(g, HeadlinePassives.agents(g, w), frame);
    }
    if (!nominal && (ReducedPassives.undergone(g, w) || ReducedPassives.describes(g, w))) {
      return resolve(g, g.children(w, "obl:agent", "obl:by"), frame);
    }
    if (!nominal || g.pos(w).equals("VBN") || g.pos(w).startsWith("JJ")) {
      List<IndexedWord> pass = g.children(w, "nsubj:pass");
      List<IndexedWord> agent = g.children(w, "obl:agent", "obl:by");
      IndexedWord stranded = nominal ? null : StrandedAgents.agent(g, w);
      if (stranded != null) {
        cands.add(stranded);
      } else if (!agent.isEmpty() && (!pass.isEmpty() || SubjectlessPassives.is(g, w))
          // "was concerned by the arrests": the one who feels it holds the stance, not what moved it (FeltStimuli).
          && !FeltStimuli.felt(g, w)) {
        // "after being released by Egypt": the agent of a passive whose subject is left to its governor's.
        cands.addAll(agent);
      } else {
        // "Isolating Tehran would only help Russia": the parser's subject is the gerund's object.
        g.children(w, "nsubj", "nsubj:xsubj").stream().filter(s -> !GerundSubjects.misread(g, w, s))
            .map(s -> CitedSources.subject(g, w, s)).filter(java.util.Objects::nonNull)
            .forEach(s -> cands.add(RelativeHosts.host(g, w, s)));
        // "Sudan's army, RSF agree truce": the words after the headline's comma are a second subject.
        g.children(w, "nsubj").forEach(s -> cands.addAll(CommaPairs.partners(g, w, s)));
        if (cands.isEmpty() && (pass.isEmpty() || nominal)) {
          cands.addAll(g.children(w, "nsubj:pass"));
        }
      }
    }
    IndexedWord gerundObject = nominal || !cands.isEmpty() ? null : GerundObjects.object(g, w);
    IndexedWord gerundClause = gerundObject == null ? null : GerundObjects.clause(g, gerundObject);
    if (gerundClause != null) {
      cands.addAll(g.children(gerundClause, "nsubj", "nsubj:xsubj"));
    }
    IndexedWord bound = nominal ? PartnerCompounds.verb(g, w) : null;
    if (bound != null) {
      // "Gabon ended the EU fishing deal": the subject is a party to the bond; the compounded EU is the other.
      return resolve(g, g.children(bound, "nsubj"), frame);
    }
    if (nominal) {
      // "Israel's critics": the possessor of a noun naming the holder is whom the stance is toward (StanceAgents).
      List<IndexedWord> toward = StanceAgents.toward(g, w);
      List<IndexedWord> bloc = StanceAgents.bloc(g, w);
      ofNoun(g, w).stream().filter(o -> !toward.contains(o) && !bloc.contains(o)).forEach(cands::add);
      if (cands.isEmpty()) {
        cands.addAll(UndergoneNouns.holdersOnVerb(g, w));
      }
      if (cands.isEmpty() && g.pos(w).startsWith("NN") && !g.children(w, "cop").isEmpty()) {
        // "Brazil is an ally of Argentina", "X has long been a critic of Y": the subject of a noun predicate.
        cands.addAll(g.children(w, "nsubj"));
      }
      String up = g.relToParent(w);
      IndexedWord copula = g.parent(w);
      if (cands.isEmpty() && g.pos(w).startsWith("NN") && up.equals("xcomp") && copula != null
          && g.verbOf(copula, EnglishLexicon.GovernorClass.COPULA)) {
        // "France remains a key supporter of Lebanon": the parser reads "remains" as a verb with a noun complement.
        cands.addAll(g.children(copula, "nsubj"));
      }
      if (cands.isEmpty() && up.equals("appos")) {
        cands.add(g.parent(w));
      }
      IndexedWord described = cands.isEmpty() ? CoordinatedDescriptions.described(g, w) : null;
      if (described != null) {
        // "X, a lawmaker of the Y party and a critic of Z": the second description is X's, however it is parsed.
        cands.add(described);
      }
      IndexedWord v = g.parent(w);
      IndexedWord measured = Measures.carrier(g, w);
      IndexedWord lv = g.parent(measured);
      String lup = g.relToParent(measured);
      if (cands.isEmpty() && lv != null && (g.lex.lightVerbs.contains(g.lemmaOf(lv))
          || g.lex.is(g.lemmaOf(lv), EnglishLexicon.ModalityClass.NEGATOR)) && !NamingClauses.names(g, lv)
          && (lup.equals("obj") || lup.startsWith("nsubj:pass") || lup.startsWith("obl") && !lup.equals("obl:over"))) {
        // Not the reason given for the act: "imposed sanctions on Y over the crackdown on Z" (the crackdown is Y's);
        // "called for dialogue" is the caller's. A name given ("what it called an attack on Y") is no act of the
        // namer's (NamingClauses).
        cands.addAll(g.children(lv, "nsubj", "nsubj:xsubj"));
      }
      IndexedWord served = cands.isEmpty() ? PurposeNouns.servedVerb(g, w) : null;
      if (served != null) {
        cands.addAll(g.children(served, "nsubj", "nsubj:xsubj"));
      }
      if (cands.isEmpty() && v != null && g.lex.mannerNouns.contains(g.lemmaOf(w))) {
        // "X rallied in support of Y", "X called a strike in protest against Y": the stance of whoever acts (not
        // in "police arrested protesters in support of Y", where the phrase belongs to the arrested).
        IndexedWord act = up.equals("obl:in") && g.pos(v).startsWith("VB") ? v
            : up.equals("nmod:in") && g.lex.stanceNouns.containsKey(g.lemmaOf(v)) && g.relToParent(v).equals("obj")
                ? g.parent(v) : null;
        if (act != null) {
          cands.addAll(g.children(act, "nsubj", "nsubj:xsubj"));
        }
      }
    }
    List<ActorSpan> out = resolve(g, cands, frame);
    if (out.isEmpty() && (!nominal || g.pos(w).startsWith("JJ") || g.pos(w).equals("VBN"))) {
      // Climb while the subjects found name nobody: a parser may give a purpose clause the object as controller
      // ("began a hunger strike to protest": the strike does not protest, those who began it do).
      IndexedWord cur = w;
      for (int d = 0; d < 4 && out.isEmpty(); d++) {
        if (!g.children(cur, "nsubj").isEmpty() || SubjectlessPassives.is(g, cur)
            || !g.children(cur, "nsubj:pass").isEmpty() && (g.relToParent(cur).startsWith("ccomp")
                || g.relToParent(cur).startsWith("advcl") || g.relToParent(cur).startsWith("acl"))
            || g.relToParent(cur).equals("acl:relcl") && !g.children(cur, "aux:pass").isEmpty()) {
          // A clause with a subject of its own that names nobody ("as the leaders sought to ease tensions") is not
          // its governor's subject's doing; only a controlled subject (nsubj:xsubj) may be the parser's mistake.
          // Nor is a reported or adverbial passive ("X protested that its envoys had been expelled": X expelled
          // nobody; "X will not meet them until the government is funded": X funds nothing; "X lifted a curfew that
          // was imposed …": X imposed nothing the sentence says). Nor is a passive whose subject is its governor's
          // ("X arrived after being extradited from Y": X underwent the act, did not do it), nor a passive relative
          // clause's noun ("X, which was not invited, …": X was invited or not by someone the clause does not name).
          break;
        }
        IndexedWord p = g.parent(cur);
        String r = g.relToParent(cur);
        if (p == null || !(r.startsWith("advcl") || r.equals("xcomp") || r.startsWith("acl") || r.startsWith("obl")
            || r.equals("obj") || r.startsWith("ccomp") && !g.isSpeech(p) || deniedGerund(g, cur, r, p)
            // "…, the government said on Tuesday, accusing Y of …", "said they would boycott the vote, accusing Y of
            // …": the parser may leave a participle after a comma a bare dependent of the verb it follows.
            || r.equals("dep") && g.pos(cur).equals("VBG") && g.pos(p).startsWith("VB"))
            || (r.startsWith("obl") || r.startsWith("advcl:")) && g.isSpeech(p) || VotedTexts.against(g, cur, r, p)
            // "embargoes, which it said tend to punish workers": the parser may make what is said the speech verb's
            // infinitive; a controller before the verb (not its object, as in "called a strike to protest") names
            // what punishes, and the speaker punishes nothing.
            || r.equals("xcomp") && g.isSpeech(p) && g.children(cur, "nsubj:xsubj").stream()
                .anyMatch(s -> g.idx(s) < g.idx(p))
            // "a strike that it said killed seven civilians": a finite verb is no infinitive the speaker controls;
            // what it says of the strike is no act of the speaker's.
            || r.equals("xcomp") && g.isSpeech(p) && (g.pos(cur).equals("VBD") || g.pos(cur).equals("VBZ"))) {
          // "X said, as fighting spread": what happens around a statement is not the speaker's doing ("X said,
          // reaffirming …", a bare participle, is); "X voted against the resolution condemning Y": nor is a text X
          // refuses (VotedTexts).
          break;
        }
        // "X sent a letter to Y praising Z": a participle the parser hangs on the addressee is the sender's; one on
        // any other actor or group is that noun's ("police fired at students protesting …": the students protest).
        if (r.startsWith("acl") && (g.mentionOf(p) != null || CommonNouns.at(g, p) != null) && d == 0
            && !addressee(g, p)) {
          out = resolve(g, List.of(p), frame);
          break;
        }
        if (r.startsWith("acl")
            && (g.lex.placeNouns.contains(g.lemmaOf(p)) || g.lex.strongholdNouns.contains(g.lemmaOf(p)))) {
          // "attacked a camp sheltering refugees": what a place does is no act of whoever acts on it.
          break;
        }
        // "opposed EU sanctions targeting Y", "criticised Pakistan's campaign to deport Y": a clause on a noun its
        // owner names is the owner's act, not the act of whoever acts on the noun.
        // Not when the noun is a predicate of its own subject: "X was among the first EU states to impose bans".
        if (r.startsWith("acl") && !addressee(g, p) && g.children(p, "nsubj").isEmpty()) {
          List<ActorSpan> nounOwners = resolve(g, ofNoun(g, p), frame);
          if (!nounOwners.isEmpty()) {
            out = nounOwners;
            break;
          }
        }
        if (r.startsWith("acl") && actedAgainst(g, p)) {
          // "sanctioned three companies supplying drones to Y", "arrested a smuggler selling arms to Y": what those
          // acted against do is no act of whoever acts against them.
          break;
        }
        out = resolve(g, g.children(p, "nsubj", "nsubj:xsubj"), frame);
        cur = p;
      }
    }
    return out;
  }

  /**
   * Whether {@code noun} is the object of a verb that opposes it ("sanctioned three companies"); not of an idiom
   * ("struck a cautious note, urging Y …", {@link Idioms}).
   */
  private static boolean actedAgainst(Graph g, IndexedWord noun) {
    IndexedWord verb = g.parent(noun);
    String r = g.relToParent(noun);
    return verb != null && g.pos(verb).startsWith("VB") && (r.equals("obj") || r.equals("nsubj:pass"))
        && g.lex.stanceVerbs.get(g.lemmaOf(verb)) == Stance.OPPOSE && Idioms.of(g, verb).isEmpty();
  }

  /**
   * "X Accused of Attacks on Civilians", "Y charged with fraud", "Z blamed for …": a headline drops the "is" of a
   * passive, so a verb of accusation with no object but its reason names the accused as subject, not the accuser.
   */
  private static boolean headlinePassive(Graph g, IndexedWord w) {
    return (g.pos(w).equals("VBD") || g.pos(w).equals("VBN"))
        && g.governs(w, EnglishLexicon.GovernorClass.REASON)
        && g.children(w, "obj", "iobj", "ccomp").isEmpty() && g.children(w, "aux", "aux:pass").isEmpty()
        // "Y was criticised by X for …" is a full passive: its "was" or its agent says who criticised.
        && g.children(w, "obl:agent", "obl:by").isEmpty()
        && !g.children(w, "obl:of", "advcl:of", "obl:with", "advcl:with", "obl:for", "advcl:for").isEmpty();
  }

  /**
   * The words that name whose a noun is: its possessor, its "from"/"by" phrase, a demonym or actor compounded with
   * it ("Iran's support", "criticism from X", "the French decision"); not a "pro-X" or "anti-X" modifier, nor the
   * city talks or an accord are named after ("the Istanbul talks with Y" are not Turkey's), nor the place a visit goes
   * to ("the pope's Kyiv visit"), nor the one a harm befell ("Okello's arrest"), nor the state a measure someone
   * carries out is on ("renewed the South Sudan arms embargo", {@link Impositions}).
   */
  static List<IndexedWord> ofNoun(Graph g, IndexedWord noun) {
    List<IndexedWord> out = new ArrayList<>(g.children(noun, "nmod:poss", "nmod:from", "nmod:by"));
    // "found that Okello's arrest had been arbitrary": the possessor of a harm is whom it befell (Victims).
    out.removeIf(c -> Victims.possessor(g, noun, c));
    for (IndexedWord c : g.children(noun, "amod", "compound")) {
      if (g.namesActor(c) && !stanceWord(g, c) && !Venues.placeOnly(g, noun, c)
          && !VisitedPlaces.destination(g, noun, c) && !Impositions.compoundUndergoer(g, noun, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** "a pro-EU rally", "anti-Kremlin protests": the modifier names whom the noun is for or against, not whose it is. */
  static boolean stanceWord(Graph g, IndexedWord c) {
    return stanceWord(g, c.word());
  }

  /** Whether {@code word} is a "pro-X" or "anti-X" modifier. */
  static boolean stanceWord(Graph g, String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return g.lex.stancePrefixes.stream().anyMatch(p -> w.startsWith(p) && w.length() > p.length());
  }

  /** "X denied supporting Y": the parser hangs the gerund on the verb of denial as a bare dependent. */
  private static boolean deniedGerund(Graph g, IndexedWord w, String rel, IndexedWord governor) {
    return rel.equals("dep") && g.pos(w).equals("VBG")
        && g.lex.is(g.lemmaOf(governor), EnglishLexicon.ModalityClass.NEGATOR);
  }

  /** Whether the noun is whom something is sent or said to ("to Y", "told Y"). */
  private static boolean addressee(Graph g, IndexedWord noun) {
    String r = g.relToParent(noun);
    return r.equals("obl:to") || r.equals("nmod:to") || r.equals("iobj");
  }

  private static List<ActorSpan> resolve(Graph g, List<IndexedWord> cands, SpeechFrames.Frame frame) {
    List<ActorSpan> out = new ArrayList<>();
    for (IndexedWord c : cands) {
      List<ActorSpan> several = CommonNouns.all(g, c);
      if (several.size() > 1) {
        several.stream().filter(m -> out.stream().noneMatch(x -> x.actor().equals(m.actor()))).forEach(out::add);
        continue;
      }
      // "the opposition party Chega accused …": the name set after the noun holds the stance, not a group the noun
      // would make.
      ActorSpan apposed = ApposedNames.at(g, c, List.of());
      ActorSpan m = apposed != null ? apposed : Antecedents.resolve(g, c, frame);
      if (m != null && out.stream().noneMatch(x -> x.first() == m.first() && x.actor().equals(m.actor()))) {
        out.add(m);
      }
    }
    return out;
  }
}
