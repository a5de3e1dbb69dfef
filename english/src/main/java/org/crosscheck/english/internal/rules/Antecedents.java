package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * The actor a holder word stands for: a mention (unnamed sources only when the text says whom they are close to), a
 * demonym ("Syrian" → Syria), "we" in a speaker's mouth (the organisation the speaker speaks for), and pronouns: a
 * possessive points back to the nearest actor before it, other pronouns to the subject of a clause they hang on, then
 * "he"/"she" to the last named speaker and "it"/"they" to the last holder of the article ("it" not to a person or an
 * office). An expletive "it" ("it is clear that …") is no actor; the "it" of an adjective of will ("it is willing to
 * …", "reluctant to …"), of one toward another ("it was grateful to Y") or of a feeling of censure ("it was concerned
 * by Y") is. A part of an actor stands for it ({@link Parts}: "the armed wing of X"), an office or body for its owner
 * ({@link OwnedOffices}), "his country" for the state of whom "his" stands for ({@link OwnCountries}).
 * Stateless; the memory lives in the article's {@link Discourse}.
 */
final class Antecedents {

  private Antecedents() {}

  /**
   * Whether a pronoun can stand for a noun by number: "it" and "its" not for a plural common noun ("farmers
   * blocked roads after unions rejected the offer, saying it did nothing": the offer, not the farmers). A plural
   * name ("the United States") may take "it". Nor "they", "them", "it" or "its" for one person's office in the
   * singular ("X's trade minister criticised the rules, saying they would hurt Y": the rules, {@code
   * office-nouns.tsv}). Nor "he", "him", "she" or "her" for a plural or for an actor that is no person ("police
   * detained the governor, prompting his party to expel him": not the police). Nor "they" or "them" for one person,
   * nor "it" or "its" for a person ("Traore accused ECOWAS of bias when it …": not Traore).
   */
  static boolean agrees(Graph g, IndexedWord pronoun, IndexedWord noun) {
    String w = pronoun.word().toLowerCase(java.util.Locale.ROOT);
    return !((w.equals("it") || w.equals("its")) && g.pos(noun).equals("NNS"))
        && !(w.matches("he|him|his|she|her") && !onePerson(g, noun))
        && !(w.matches("they|them|it|its") && g.pos(noun).equals("NN")
            && g.lex.officeNouns.contains(g.lemmaOf(noun)))
        && !(w.matches("they|them") && onePersonNamed(g, noun))
        && !(w.matches("it|its") && person(g, noun));
  }

  /**
   * Whether the noun names a person: one the catalog lists, or a name it lacks that the tagger takes for a person's
   * ("Traore"); not a body the catalog knows that the tagger took for one ("Al-Shabaab").
   */
  private static boolean person(Graph g, IndexedWord noun) {
    ActorSpan m = g.mentionOf(noun);
    return m != null && !m.anonymous() && (m.actor().kind() == ActorKind.PERSON
        || m.actor().isAdHoc() && g.ctx.sentence().ner(g.idx(noun)).equals("PERSON"));
  }

  /**
   * Whether a noun is one person by its name or its word: "X said they fought alongside Y" (they are others, not the
   * spokeswoman who says so).
   */
  private static boolean onePersonNamed(Graph g, IndexedWord noun) {
    return g.pos(noun).matches("NN|NNP") && (g.ctx.sentence().ner(g.idx(noun)).equals("PERSON")
        || g.lex.personNouns.contains(g.lemmaOf(noun)));
  }

  /**
   * Whether a noun can be one person: not a plural, and not an actor that is none ("Egyptian police", "the Kremlin")
   * unless its word is an office ("Iran's foreign minister", a government's in the catalog) or the tagger's person.
   */
  private static boolean onePerson(Graph g, IndexedWord noun) {
    if (g.pos(noun).matches("NNS|NNPS")) {
      return false;
    }
    ActorSpan m = g.mentionOf(noun);
    return m == null || Speakers.person(g, m) || g.lex.personNouns.contains(g.lemmaOf(noun))
        || g.ctx.sentence().ner(g.idx(noun)).equals("PERSON");
  }

  /**
   * The subject of the clause a possessive's noun belongs to, climbing through objects and purpose clauses, when it
   * is an actor or a group the text describes, or a pronoun standing for one ("X, Y's neighbour, said it would
   * keep its own treaty": its is X's, not the nearer Y's).
   */
  private static ActorSpan clauseSubject(Graph g, IndexedWord possessive) {
    IndexedWord cur = g.parent(possessive);
    for (int d = 0; cur != null && d < 5; d++) {
      IndexedWord p = g.parent(cur);
      String r = g.relToParent(cur);
      boolean participle = g.pos(cur).equals("VBG") && g.idx(cur) > 0 && g.toks.get(g.idx(cur) - 1).word().equals(",");
      if (p != null && participle && r.equals("acl") && g.mentionOf(p) == null && CommonNouns.at(g, p) == null) {
        // "…, including the road to X, stepping up their protests": a participle after a comma that the parser hung
        // on a thing, not on an actor, tells of the clause's subject.
        cur = p;
        continue;
      }
      // The parser hangs a participle clause after a comma as a bare "dep" as often as an adverbial.
      if (p == null || !(r.equals("obj") || r.startsWith("obl") || r.equals("xcomp") || r.startsWith("advcl")
          || r.equals("dep") && participle)) {
        return null;
      }
      for (IndexedWord s : g.children(p, "nsubj")) {
        if (s.index() == possessive.index()) {
          continue;
        }
        // "Hundreds of farmers blocked roads, stepping up their protests": the number stands for whom it counts.
        IndexedWord whole = Parts.whole(g, s);
        IndexedWord head = whole == null ? s : whole;
        ActorSpan m = g.mentionOf(head);
        if (m != null && !m.anonymous()) {
          return m;
        }
        ActorSpan group = CommonNouns.at(g, head);
        if (group != null) {
          return group;
        }
        if (g.lex.is(s.word(), EnglishLexicon.PronounClass.REFERRING)) {
          ActorSpan referent = resolve(g, s, null);
          if (referent != null) {
            return referent;
          }
        }
      }
      cur = p;
    }
    return null;
  }

  /**
   * The named actor subject of the sentence's main verb, before the pronoun and agreeing with it, when the climb
   * through the clauses the pronoun hangs in stopped short of it: "X shut the pipeline in 2021 after cutting ties
   * with Y, which it accused of hostile acts" (it is X, not whoever an earlier sentence made the holder); "Traore
   * thanked Ghana, contrasting it with ECOWAS, which he accused of …" (he is Traore, not the last speaker).
   */
  private static ActorSpan mainSubject(Graph g, IndexedWord pronoun) {
    String w = pronoun.word();
    if (g.g.isEmpty() || g.lex.is(w, EnglishLexicon.PronounClass.FIRST_PLURAL)
        || g.ctx.inQuotes(g.toks.get(g.idx(pronoun)).begin())) {
      return null;
    }
    for (IndexedWord s : g.children(g.g.getFirstRoot(), "nsubj")) {
      ActorSpan m = g.mentionOf(s);
      if (m != null && !m.anonymous() && m.last() < g.idx(pronoun) && agrees(g, pronoun, s)) {
        return m;
      }
    }
    return null;
  }

  /** The group a common noun describes, or the organisation named inside it ("the UN refugee agency"), or null. */
  private static ActorSpan organisationIn(Graph g, IndexedWord noun) {
    ActorSpan group = CommonNouns.at(g, noun);
    if (group != null) {
      return group;
    }
    for (IndexedWord m : g.children(noun, "compound", "amod", "nmod:poss")) {
      ActorSpan men = g.mentionOf(m);
      if (men != null && !men.anonymous() && !men.media()) {
        return men;
      }
    }
    return null;
  }

  /** Whether an adjective says its subject will or will not act ("willing", "reluctant"). */
  private static boolean willing(Graph g, IndexedWord adjective) {
    String l = g.lemmaOf(adjective);
    return g.lex.is(l, EnglishLexicon.ModalityClass.WILLING) || g.lex.is(l, EnglishLexicon.ModalityClass.NEGATOR);
  }

  /**
   * Whether an adjective is said of someone toward another ("it was grateful to Y", "it is critical of Y"): its "it"
   * is an actor, not the "it" of "it is clear that …".
   */
  private static boolean addressed(Graph g, IndexedWord adjective) {
    return !g.children(adjective, "obl:to", "obl:of", "obl:toward", "obl:towards", "nmod:of", "nmod:to").isEmpty();
  }

  /** Whether the pronoun is the neuter singular "it" or "its". */
  private static boolean neuter(String word) {
    return word.equalsIgnoreCase("it") || word.equalsIgnoreCase("its");
  }

  /** The actor {@code c} stands for, or null. */
  static ActorSpan resolve(Graph g, IndexedWord c, SpeechFrames.Frame frame) {
    ActorSpan junta = RecalledInstitutions.at(g, c);
    if (junta != null) {
      return junta;
    }
    ActorSpan kind = DescribingNouns.at(g, c);
    if (kind != null) {
      return kind;
    }
    // "the Peace and Security Council of the African Union": the owner named after the office, before the catalog's
    // namesake of the office's own words.
    ActorSpan owned = OwnedOffices.at(g, c);
    if (owned != null) {
      return owned;
    }
    // "China's U.N. ambassador": the state's envoy to the body, not the body.
    ActorSpan posted = PostedEnvoys.at(g, c, frame);
    if (posted != null) {
      return ApposedPersons.of(g, posted);
    }
    // "Interior Minister X visited … The minister condemned …": the person named earlier with the title.
    ActorSpan earlier = TitleReferences.at(g, c);
    if (earlier != null) {
      return earlier;
    }
    ActorSpan m = g.mentionOf(c);
    ActorSpan holder = m == null ? null : OwnedOffices.apposed(g, c, m);
    if (holder != null) {
      return holder;
    }
    if (m != null) {
      return m.anonymous() && m.actor().memberOf().isEmpty() ? null : m;
    }
    Actor dem = g.demonym(c);
    if (dem != null) {
      return ActorSpan.of(g.idx(c), g.idx(c), dem, c.word());
    }
    String word = c.word();
    EnglishLexicon lex = g.lex;
    if (lex.is(word, EnglishLexicon.PronounClass.FIRST_PLURAL) && frame != null && frame.speaker != null) {
      Actor titled = TitledSpeakers.body(g, frame.speaker);
      Actor org = titled != null ? titled : g.ctx.actors().organisationOf(frame.speaker.actor());
      return ActorSpan.of(g.idx(c), g.idx(c), org, org.name());
    }
    if (lex.is(word, EnglishLexicon.PronounClass.FIRST_SINGULAR) && frame != null && frame.speaker != null
        && g.ctx.inQuotes(g.toks.get(g.idx(c)).begin())) {
      // "'I don't trust him,' X said": in a quote, "I" is whoever speaks it.
      return frame.speaker.at(g.idx(c));
    }
    if (lex.is(word, EnglishLexicon.PronounClass.EXPLETIVE) && g.parent(c) != null
        && g.pos(g.parent(c)).startsWith("JJ") && !willing(g, g.parent(c)) && !addressed(g, g.parent(c))
        // "said it was \"concerned\" by the arrests": a feeling of its own (FeltStimuli), no "it is clear that".
        && !FeltStimuli.felt(g, g.parent(c))) {
      return null;
    }
    if (lex.is(word, EnglishLexicon.PronounClass.REFERRING)) {
      if (lex.is(word, EnglishLexicon.PronounClass.POSSESSIVE)) {
        // "reminded Y of its commitments": Y's (Reminders).
        ActorSpan reminded = Reminders.reminded(g, c);
        if (reminded != null) {
          return reminded;
        }
        // "X, which hosted Y, said its minister …": the speaker of the reported clause (ReportedOwners).
        ActorSpan speaker = ReportedOwners.speaker(g, c);
        if (speaker != null) {
          return speaker;
        }
        // "Farmers in X marched to voice their anger": the subject of the clause first.
        ActorSpan subject = clauseSubject(g, c);
        if (subject != null) {
          return subject.at(g.idx(c));
        }
        if (ThingOwners.unnamed(g, c)) {
          // "The creditors … reached their own agreement": the creditors', who are no actor (ThingOwners).
          return null;
        }
        // "NAIROBI, May 2 (Reuters) - Leaders opened their summit": the dateline's agency is no one's antecedent; nor
        // is a name in an aside read apart from the clause ("Leaders, who met in Ankara, will hold their summit").
        for (int k = g.idx(c) - 1; k >= Datelines.length(g.toks); k--) {
          ActorSpan before = g.mentionAt(k);
          if (before != null && !before.anonymous() && g.node(before.last()) != null) {
            return before.at(g.idx(c));
          }
        }
      }
      IndexedWord p = g.parent(c);
      boolean disagreed = false;
      for (int d = 0; p != null && d < 4; d++, p = g.parent(p)) {
        for (IndexedWord s : g.children(p, "nsubj", "nsubj:pass")) {
          // "Its U.N. envoy thanked Y": a possessive never stands for the very noun it owns.
          if (s.index() == c.index() || s.equals(g.parent(c)) && g.relToParent(c).equals("nmod:poss")) {
            continue;
          }
          IndexedWord plural = PluralObjects.antecedent(g, c, p, s);
          if (plural != null) {
            // "ruled out sanctions, saying they would hurt Y": the things, no actor; "arrested protesters, saying
            // they had attacked Y": the protesters.
            ActorSpan group = g.mentionOf(plural) != null ? g.mentionOf(plural) : CommonNouns.described(g, plural);
            return group == null || group.anonymous() ? null : group.at(g.idx(c));
          }
          if (!agrees(g, c, s)) {
            disagreed = true;
            continue;
          }
          ActorSpan sm = g.mentionOf(s);
          if (sm != null && !sm.anonymous()) {
            return sm.at(g.idx(c));
          }
          if (sm != null) {
            // "Sources close to the talks said they blamed Y": the pronoun is the unnamed voice, who holds what it
            // would hold as the subject itself (nothing, or its affiliation's source), never an earlier holder.
            return sm.actor().memberOf().isEmpty() ? null : sm.at(g.idx(c));
          }
          if (sm == null && g.pos(s).startsWith("NN")) {
            // "The UN refugee agency said it needed …": the pronoun stands for that noun; its organisation when it
            // names one, nobody rather than an actor of an earlier sentence when it does not. "A group of X leaders
            // said they …": a group or a delegation stands for those it is made of, as it does as a holder.
            ActorSpan named = apposed(g, s);
            if (named != null) {
              // "Their leader, Bruno Retailleau, said …, but he accused …": the name beside the office.
              return named.at(g.idx(c));
            }
            IndexedWord whole = Parts.whole(g, s);
            ActorSpan wm = whole == null ? null : g.mentionOf(whole);
            if (wm != null && !wm.anonymous()) {
              return wm.at(g.idx(c));
            }
            ActorSpan of = organisationIn(g, whole == null ? s : whole);
            return of == null ? null : of.at(g.idx(c));
          }
        }
      }
      if (disagreed) {
        // The subject it cannot stand for leaves a thing of the sentence it does ("saying they would hurt Y": the
        // rules), not whoever an earlier sentence made the holder.
        return null;
      }
      ActorSpan main = mainSubject(g, c);
      if (main != null) {
        return main.at(g.idx(c));
      }
      if (UnnamedSubjects.before(g, c)) {
        return null;
      }
      Discourse d = g.ctx.discourse();
      boolean personal = lex.is(word, EnglishLexicon.PronounClass.PERSONAL);
      PreviousSentence.Noted before = personal ? null : PreviousSentence.previous(g);
      if (before != null && before.told().text() && word.equalsIgnoreCase("it")) {
        // "The senate adopted a resolution, angering X. It condemns …": "it" is the text, which speaks for the body
        // the sentence named as its issuer, and for nobody when it named none; never for a state that reacted to it.
        Actor issuer = before.told().issuer();
        return issuer == null || !PreviousSentence.neuter(issuer) ? null
            : ActorSpan.of(g.idx(c), g.idx(c), issuer, c.word());
      }
      if (before != null && before.opensUnnamed()) {
        // "The UN human rights office issued a report. It accused …": the pronoun is the thing the sentence before
        // opened with, which names nobody; not a holder further back.
        return null;
      }
      if (before != null && before.opensList() && (neuter(word) || d.lastHolder()
          .map(h -> before.named().stream().noneMatch(a -> a.id().equals(h.id()))).orElse(true))) {
        // "Egypt, Jordan and Iraq signed a deal. It criticised …": "it" is none of several; "they" is all of them,
        // of whom the last holder is one if the list sentence held a claim, and no holder of an earlier sentence.
        return null;
      }
      if (before != null && before.opener() != null && neuter(word) && PreviousSentence.neuter(before.opener())
          && !Speakers.namedPerson(d, before.opener().id())) {
        return ActorSpan.of(g.idx(c), g.idx(c), before.opener(), c.word());
      }
      boolean office = personal && d.get(Speakers.OFFICE_LAST).orElse(false);
      ActorRef last = office ? null
          : personal ? Speakers.stillLast(g, d.get(Speakers.LAST_SPEAKER).orElse(null)) : d.lastHolder().orElse(null);
      if (last != null && neuter(word) && (last.kind() == ActorKind.PERSON || last.kind() == ActorKind.ROLE
          || Speakers.namedPerson(d, last.id()))) {
        // "'It hurts the students,' a lecturer said": "it" stands for a thing or a body, never for the person an
        // earlier sentence made the holder, whether the catalog knows them or the tagger named them.
        return null;
      }
      if (last != null && word.equalsIgnoreCase("it") && pluralNoun(last.mention())) {
        // "… the fighters kidnapped two priests. Yaoundé has resisted mediation. In 2023 it rejected …": "it" is
        // never the plural common noun an earlier claim was held by.
        return null;
      }
      return last == null ? null
          : ActorSpan.of(g.idx(c), g.idx(c), g.ctx.actors().actorOf(last), last.mention());
    }
    ActorSpan own = OwnCountries.of(g, c, frame);
    if (own != null) {
      return own;
    }
    ActorSpan body = body(g, c, true);
    if (body != null) {
      return body;
    }
    ActorSpan group = CommonNouns.at(g, c);
    IndexedWord whole = group == null ? Parts.whole(g, c) : null;
    if (whole != null) {
      return resolve(g, whole, frame);
    }
    return group != null ? group : apposed(g, c);
  }

  /**
   * The actor a description stands for as a target ("Beijing condemned the bloc"): as {@link #body(Graph,
   * IndexedWord, boolean)} without the article's last holder, which only a holder may fall back on.
   */
  static ActorSpan described(Graph g, IndexedWord c) {
    return body(g, c, false);
  }

  /**
   * The actor a description refers back to ({@code body-nouns.tsv}): an international body for BODY nouns, an armed
   * group or an organisation for GROUP nouns ("the Houthis … the group's spokesman"), an armed group for the plural
   * MEMBERS nouns ("al-Shabaab … vowed to defeat the militants"), a state whose form of rule
   * {@code state-titles.tsv} gives for "the kingdom", "the emirate"; the one such actor named before it in the
   * sentence ("Maros Sefcovic, the EU trade commissioner, said the bloc had offered …"), else the one the previous
   * sentence named; for a {@code holder}, failing those, the holder of the article's last claim when that is one.
   * Two of the kind in the sentence, or none there and two in the previous one, leave nobody ("Egypt and Jordan …
   * the kingdom" is Jordan only because Egypt is no kingdom). A proper word before the noun must be in the name ("the
   * Gulf body": the Gulf Cooperation Council), else it names another body ("the Saraya Zawiya group").
   */
  static ActorSpan body(Graph g, IndexedWord c, boolean holder) {
    EnglishLexicon.BodyClass kind = g.lex.bodyNouns.get(g.lemmaOf(c));
    // "the group of doctors" says whom it groups: it does not refer back ("the NATO alliance" is the catalog's,
    // found before it).
    // "the militants" are a group's members in the plural.
    String number = kind == EnglishLexicon.BodyClass.MEMBERS ? "NNS" : "NN";
    // "accused the bloc of lying": the parser may hang the charge on the noun; a gerund is no one it groups.
    if (!g.pos(c).equals(number) || kind == null
        || g.children(c, "nmod:poss", "nmod:of").stream().anyMatch(o -> !g.pos(o).equals("VBG"))
        || g.children(c, "det").stream().noneMatch(d -> g.lemmaOf(d).equals("the"))) {
      return null;
    }
    List<String> proper = new ArrayList<>(g.children(c, "compound").stream()
        .filter(m -> proper(g, m) && !catalogued(g, m)).map(IndexedWord::word).toList());
    if (kind == EnglishLexicon.BodyClass.NAMED_BODY) {
      // "the council" is a body whose name says so (the U.N. Security Council), not any body named before (the EU
      // before "Honduras's electoral council").
      proper.add(c.word());
    }
    List<Actor> here = new ArrayList<>();
    for (int k = g.idx(c) - 1; k >= 0; k--) {
      ActorSpan before = g.mentionAt(k);
      Actor a = before == null || before.anonymous() ? null : referent(g, kind, before.actor(), proper);
      if (a != null && here.stream().noneMatch(x -> x.id().equals(a.id()))) {
        here.add(a);
      }
    }
    List<Actor> candidates = here;
    if (here.isEmpty()) {
      candidates = PreviousSentence.previous(g).named().stream().map(a -> referent(g, kind, a, proper))
          .filter(java.util.Objects::nonNull).distinct().toList();
    }
    if (candidates.size() == 1) {
      // "Saudi Arabia … The kingdom backed … The Houthis denounced the kingdom": a description names its actor
      // for the sentence after it as the name did.
      PreviousSentence.named(g, candidates.get(0));
      return ActorSpan.of(g.idx(c), g.idx(c), candidates.get(0), c.word());
    }
    if (!candidates.isEmpty() || !holder || !proper.isEmpty()) {
      return null;
    }
    ActorRef last = g.ctx.discourse().lastHolder().orElse(null);
    Actor actor = last == null ? null : g.ctx.actors().actorOf(last);
    return actor == null || referent(g, kind, actor, proper) != actor ? null
        : ActorSpan.of(g.idx(c), g.idx(c), actor, last.mention());
  }

  /** Whether a mention ends in a plural common noun ("fighters", "Congolese soldiers"), which "it" never is. */
  private static boolean pluralNoun(String mention) {
    String w = mention.substring(mention.lastIndexOf(' ') + 1);
    return w.matches("[a-z]+[^su]s");
  }

  /**
   * Whether a word before the noun is a proper one: tagged so, or capitalised inside the sentence, as the tagger
   * often leaves a party's name word ("the Victory bloc").
   */
  private static boolean proper(Graph g, IndexedWord m) {
    return g.pos(m).startsWith("NNP")
        || g.idx(m) > 0 && !m.word().isEmpty() && Character.isUpperCase(m.word().charAt(0));
  }

  private static boolean catalogued(Graph g, IndexedWord w) {
    ActorSpan m = g.mentionOf(w);
    return m != null && !m.actor().isAdHoc();
  }

  /**
   * The actor of {@code kind} that a named {@code a} is: itself, or for "the kingdom" the state a government named by
   * its capital belongs to ("Riyadh": Saudi Arabia); null when it is of another kind.
   */
  private static Actor referent(Graph g, EnglishLexicon.BodyClass kind, Actor a, List<String> proper) {
    Actor r = switch (kind) {
      case BODY, NAMED_BODY -> a.kind() == ActorKind.INTERNATIONAL_BODY ? a : null;
      case GROUP -> a.kind() == ActorKind.ARMED_GROUP || a.kind() == ActorKind.ORGANISATION ? a : null;
      case MEMBERS -> a.kind() == ActorKind.ARMED_GROUP ? a : null;
      default -> a.kind() == ActorKind.STATE ? a
          : a.kind() == ActorKind.GOVERNMENT ? g.ctx.actors().stateOf(a).orElse(null) : null;
    };
    if (r != null && r.kind() == ActorKind.STATE && g.lex.stateTitles.get(r.id()) != kind) {
      return null;
    }
    return r != null && refers(r, proper) ? r : null;
  }

  /** Whether every proper word before the noun is a word of the actor's names. */
  private static boolean refers(Actor a, List<String> proper) {
    if (proper.isEmpty()) {
      return true;
    }
    List<String> names = a.aliases(org.crosscheck.Language.ENGLISH);
    return proper.stream().allMatch(w -> names.stream().anyMatch(n -> java.util.Arrays.stream(n.split("[\\s-]+"))
        .anyMatch(x -> x.equalsIgnoreCase(w))));
  }

  /**
   * The name a noun that names nobody stands in apposition to: "Its president, Shavkat Mirziyoyev, praised …",
   * where the office's owner is only a pronoun, is Mirziyoyev.
   */
  private static ActorSpan apposed(Graph g, IndexedWord c) {
    if (!g.pos(c).startsWith("NN")) {
      return null;
    }
    for (IndexedWord a : g.children(c, "appos")) {
      ActorSpan m = g.mentionOf(a);
      if (m != null && !m.anonymous()) {
        return m;
      }
    }
    return null;
  }
}
