package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * Who a speech frame's subject is: the actor named there or inside it ("Russian officials", "the Kremlin's
 * spokesman"), "he"/"she" as the last named speaker (or the last named person before anyone spoke), an analyst
 * (whose words are analysis, not a report), or an unnamed voice ("a source said", "reports say"). Stateless; the
 * last speaker lives in the article's {@link Discourse}.
 */
final class Speakers {

  private Speakers() {}

  /** The article's last named speaker who is a person. */
  static final Discourse.Key<ActorRef> LAST_SPEAKER = Discourse.Key.of("english.lastSpeaker");

  /**
   * Whether the last person the article spoke of is an office that names nobody ("The governor of the region visited
   * the wounded. He thanked …"), or two people at once ("X and Y met"): then "he" stands for no actor, not for a
   * speaker quoted before.
   */
  static final Discourse.Key<Boolean> OFFICE_LAST = Discourse.Key.of("english.officeLast");

  /** The ids of the made-up names the tagger read as people: no later "it" stands for them. */
  private static final Discourse.Key<java.util.Set<String>> PEOPLE = Discourse.Key.of("english.people");

  /** Notes the sentence's names of people the catalog lacks ("Government spokesman Jean Mbala"). */
  static void notePeople(Graph g) {
    for (ActorSpan m : g.ctx.mentions()) {
      if (!m.anonymous() && m.actor().isAdHoc() && person(g, m)) {
        Discourse d = g.ctx.discourse();
        java.util.Set<String> people = d.get(PEOPLE).orElseGet(java.util.HashSet::new);
        people.add(m.actor().id());
        d.set(PEOPLE, people);
      }
    }
  }

  /** Whether the article named the actor {@code id} as a person the catalog lacks. */
  static boolean namedPerson(Discourse d, String id) {
    return d.get(PEOPLE).map(p -> p.contains(id)).orElse(false);
  }

  /**
   * The last speaker, whom a "he" or "she" may stand for: the person the sentence before opened with if it did, else
   * the last speaker, or null after a sentence about a name no mention covers
   * ({@link PreviousSentence.Noted#uncatalogued}) that is not the speaker's: "X, a former minister, says the charges
   * were invented. He blames …" may be X, whom no claim made the last speaker, and is no one quoted before.
   */
  static ActorRef stillLast(Graph g, ActorRef last) {
    Actor opener = PreviousSentence.previous(g).opener();
    if (opener != null && (opener.kind() == ActorKind.PERSON
        || opener.isAdHoc() && opener.kind() == ActorKind.UNKNOWN)) {
      // "Defense Secretary X was blunter. He accused …": the person the sentence before opened with, not a speaker
      // quoted further back; a name the catalog lacks and no tagger has read yet is a person's to a "he".
      // The last speaker stays when the opener is the same name ("Richard Bennett, the UN rapporteur, said …": the
      // catalog's other Bennett in the sentence's plain mentions is the speaker the deep reading named).
      boolean same = last != null
          && (last.id().equals(opener.id()) || lastWord(last.mention()).equals(lastWord(opener.name())));
      return same ? last : ActorRef.of(opener, opener.name());
    }
    String name = PreviousSentence.previous(g).uncatalogued();
    return last == null || name == null || java.util.Arrays.asList(last.mention().split("[\\s-]+")).contains(name)
        ? last : null;
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("[\\s-]+");
    return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
  }

  /** Remembers the person whom the next "he" or "she" stands for. */
  static void remember(Discourse d, ActorSpan m) {
    d.set(LAST_SPEAKER, ActorRef.of(m.actor(), m.text()));
    d.set(OFFICE_LAST, Boolean.FALSE);
  }

  static void set(Graph g, SpeechFrames.Frame f, IndexedWord who) {
    if (who == null) {
      return;
    }
    ActorSpan m = named(g, who);
    String l = g.lemmaOf(who);
    if (g.lex.is(l, EnglishLexicon.VoiceClass.ANALYST)) {
      f.analyst = true;
    }
    f.record = g.lex.is(l, EnglishLexicon.VoiceClass.RECORD);
    Discourse d = g.ctx.discourse();
    ActorRef previous = d.get(OFFICE_LAST).orElse(false) ? null
        : stillLast(g, d.get(LAST_SPEAKER).or(d::lastPerson).orElse(null));
    if (m == null && g.lex.is(who.word(), EnglishLexicon.PronounClass.PERSONAL)) {
      // "X praised Y for what he called …": a "he" inside the sentence is its subject, not the last speaker.
      ActorSpan subject = f.verb == null || f.verb.equals(root(g)) ? null : subject(g);
      if (subject != null && subject.last() < g.idx(who)) {
        f.speaker = ActorSpan.of(g.idx(who), g.idx(who), subject.actor(), subject.text());
        return;
      }
      if (previous != null) {
        f.speaker = ActorSpan.of(g.idx(who), g.idx(who), g.ctx.actors().actorOf(previous), previous.mention());
        return;
      }
    }
    if (m == null && g.lex.is(l, EnglishLexicon.VoiceClass.UNNAMED)) {
      f.unnamed = true;
    }
    f.speaker = m;
  }

  /**
   * A person a narrated sentence is about, as the subject of its main verb ("Kurti later praised the United States
   * …"), is whom the next quote's "he said" stands for, not a speaker quoted before it.
   */
  static void narrated(Graph g) {
    ActorSpan m = subject(g);
    if (m != null && coordinated(g, m)) {
      // "X and Y's foreign minister met in Muscat. He thanked …": two people fit the next "he", and no cue here
      // decides between them, so it stands for neither, nor for a speaker quoted before.
      g.ctx.discourse().set(OFFICE_LAST, Boolean.TRUE);
      return;
    }
    IndexedWord office = m == null ? office(g) : null;
    if (office != null) {
      m = named(g, office);
      if (m == null || m.anonymous()) {
        g.ctx.discourse().set(OFFICE_LAST, Boolean.TRUE);
        return;
      }
    }
    if (m != null) {
      remember(g.ctx.discourse(), m);
    }
  }

  /**
   * Whether the subject person {@code m} is coordinated with another person, named or by an office ({@code
   * person-nouns.tsv}: "X and Y's foreign minister"); not with a group of his ("X and his delegation").
   */
  private static boolean coordinated(Graph g, ActorSpan m) {
    IndexedWord root = root(g);
    for (IndexedWord s : root == null ? java.util.List.<IndexedWord>of() : g.children(root, "nsubj")) {
      if (!m.equals(g.mentionOf(s))) {
        continue;
      }
      for (IndexedWord c : g.children(s, "conj:")) {
        ActorSpan other = g.mentionOf(c);
        if (other != null && other.actor().id().equals(m.actor().id())) {
          continue;
        }
        // An office names one person whatever actor the catalog gives it ("Y's prime minister": Y's government).
        boolean office = g.pos(c).startsWith("NN") && g.lex.personNouns.contains(g.lemmaOf(c));
        if (office || other != null && !other.anonymous() && person(g, other)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The person named as the subject of the sentence's main verb, or null. */
  private static ActorSpan subject(Graph g) {
    IndexedWord root = root(g);
    for (IndexedWord s : root == null ? java.util.List.<IndexedWord>of() : g.children(root, "nsubj")) {
      ActorSpan m = g.mentionOf(s);
      if (m != null && person(g, m)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The holder of an office the main verb's subject names when it names no person ("But a ZANU-PF official in the
   * province defended the outcome. … she said …", {@code person-nouns.tsv}): the actor whose office it is, so that
   * the next "she" is that official and not a speaker quoted before. The subject word, or null.
   */
  private static IndexedWord office(Graph g) {
    IndexedWord root = root(g);
    for (IndexedWord s : root == null ? java.util.List.<IndexedWord>of() : g.children(root, "nsubj")) {
      // "Kenyan officials declined to comment": several people are no one "he" or "she" can stand for.
      if ((g.pos(s).equals("NN") || g.pos(s).equals("NNP")) && g.lex.personNouns.contains(g.lemmaOf(s))) {
        return s;
      }
    }
    return null;
  }

  /**
   * The actor a word names, or a word compounded with it or owning it does ("the Kremlin's spokesman"), down two
   * links ("a ZANU-PF official": ZANU is a compound of PF); an envoy's state ({@link PostedEnvoys}).
   */
  private static ActorSpan named(Graph g, IndexedWord who) {
    // "Kenya's U.N. ambassador … he said": the state the envoy speaks for, not the body the catalog reads.
    ActorSpan posted = PostedEnvoys.at(g, who);
    if (posted != null) {
      return posted;
    }
    ActorSpan m = g.mentionOf(who);
    for (IndexedWord c : m == null ? g.children(who, "compound", "amod", "nmod:poss", "appos")
        : java.util.List.<IndexedWord>of()) {
      m = g.mentionOf(c);
      for (IndexedWord cc : m == null ? g.children(c, "compound") : java.util.List.<IndexedWord>of()) {
        m = g.mentionOf(cc);
        if (m != null) {
          break;
        }
      }
      if (m != null) {
        break;
      }
    }
    // "'…,' the minister said": the person named earlier with the title.
    return m != null ? m : TitleReferences.at(g, who);
  }

  private static IndexedWord root(Graph g) {
    return g.g.isEmpty() ? null : g.g.getFirstRoot();
  }

  /**
   * Whether an actor is a person: one the catalog knows as such or by an office ("Iran's foreign minister"), or a
   * name it lacks, made up from capitalised words, that the named-entity tagger takes for a person ("Kurti said" when
   * the catalog has no Kurti).
   */
  static boolean person(Graph g, ActorSpan m) {
    if (m.actor().kind() == org.crosscheck.ActorKind.PERSON || m.actor().kind() == org.crosscheck.ActorKind.ROLE) {
      return true;
    }
    if (m.implied() || !Headlines.madeUpName(m)) {
      return false;
    }
    for (int k = m.first(); k <= m.last(); k++) {
      if (g.ctx.sentence().ner(k).equals("PERSON")) {
        return true;
      }
    }
    return false;
  }
}
