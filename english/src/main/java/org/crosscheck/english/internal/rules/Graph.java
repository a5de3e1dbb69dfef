package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.crosscheck.Article;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * A parsed sentence as the rules walk it: dependency links by relation name, tokens by graph node, and the actor
 * named at each node. Relations follow CoreNLP's enhanced++ names; asking for a relation that ends in {@code ':'}
 * matches every relation it prefixes ({@code "advcl:"} matches {@code advcl:to}). Not thread-safe: one per
 * sentence being read.
 */
final class Graph {

  static final String ORGANIZATION = "ORGANIZATION";

  final SentenceContext<EnglishSentence> ctx;
  final SemanticGraph g;
  final List<Token> toks;
  final EnglishLexicon lex;
  /** Whether the sentence is a title-case headline, whose capitalised runs are no evidence of a name. */
  final boolean titleCase;
  /**
   * The mentions of the sentence as the rules read them: a place's office is the place's ({@link LocalOffices}), a
   * body's seat is the body ({@link Seats}).
   */
  private final java.util.Map<ActorSpan, ActorSpan> local = new java.util.HashMap<>();
  /** Set while {@link ApposedPersons} reads a post, whose owner rules read mentions in turn: a graph is one thread's. */
  private boolean apposing;
  /**
   * The node of each token, looked up once: {@link SemanticGraph#getNodeByIndexSafe} scans every vertex, and the
   * rules ask for nodes by index thousands of times a sentence.
   */
  private final IndexedWord[] nodes;

  Graph(SentenceContext<EnglishSentence> ctx, EnglishLexicon lex) {
    this.ctx = ctx;
    this.g = ctx.sentence().graph().orElseThrow(() -> new IllegalArgumentException("the sentence is not parsed"));
    this.toks = ctx.tokens();
    this.lex = lex;
    this.titleCase = Headlines.titleCase(toks);
    this.nodes = new IndexedWord[toks.size()];
    for (IndexedWord w : g.vertexSet()) {
      int i = w.index() - 1;
      if (i >= 0 && i < nodes.length && (nodes[i] == null || nodes[i].copyCount() > 0)) {
        // The word itself over the copies enhanced++ makes of it ("E1.1" in elided conjuncts).
        nodes[i] = w;
      }
    }
  }

  Article article() {
    return ctx.article();
  }

  int size() {
    return toks.size();
  }

  /** The node of token {@code i}, or null when the parse has none (punctuation may be left out). */
  IndexedWord node(int i) {
    return i >= 0 && i < nodes.length ? nodes[i] : null;
  }

  int idx(IndexedWord w) {
    return w.index() - 1;
  }

  static String rel(SemanticGraphEdge e) {
    return e.getRelation().toString();
  }

  static boolean matches(String rel, String want) {
    return rel.equals(want) || want.endsWith(":") && rel.startsWith(want);
  }

  /** The dependents of {@code w} by any of {@code rels}, in the graph's order. */
  List<IndexedWord> children(IndexedWord w, String... rels) {
    return children(w, List.of(rels));
  }

  /** The word and the words "and" joins to it ("the United States and South Korea"), in that order. */
  List<IndexedWord> withConjuncts(IndexedWord w) {
    List<IndexedWord> out = new ArrayList<>(List.of(w));
    out.addAll(children(w, "conj:and"));
    return out;
  }

  /** The dependents of {@code w} by any of {@code rels}, in the graph's order. */
  List<IndexedWord> children(IndexedWord w, Collection<String> rels) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String r = rel(e);
      for (String want : rels) {
        if (matches(r, want)) {
          out.add(e.getDependent());
          break;
        }
      }
    }
    return out;
  }

  /** The governor of {@code w}, preferring a link that is not a reference or a conjunct. */
  IndexedWord parent(IndexedWord w) {
    List<SemanticGraphEdge> in = g.incomingEdgeList(w);
    for (SemanticGraphEdge e : in) {
      if (!rel(e).equals("ref") && !rel(e).startsWith("conj")) {
        return e.getGovernor();
      }
    }
    return in.isEmpty() ? null : in.get(0).getGovernor();
  }

  /** The first conjunct of {@code w} ("study" for "praised" in "would study it and praised Y"), or null. */
  IndexedWord firstConjunct(IndexedWord w) {
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      if (rel(e).startsWith("conj")) {
        return e.getGovernor();
      }
    }
    return null;
  }

  /** The relation of {@code w} to its governor, {@code ""} for the root. */
  String relToParent(IndexedWord w) {
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      if (!rel(e).equals("ref")) {
        return rel(e);
      }
    }
    return "";
  }

  /** Whether the word at token {@code k} starts with a capital. */
  boolean capitalised(int k) {
    String w = toks.get(k).word();
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /** The actor named at {@code w}, or null. */
  ActorSpan mentionOf(IndexedWord w) {
    return w == null ? null : mentionAt(idx(w));
  }

  /**
   * The actor named at token {@code i}, or null; in a title-case headline not an actor made up for capitalised
   * words ("Germany Pledges More Aid to Ukraine": "Pledges More Aid" is no name).
   */
  ActorSpan mentionAt(int i) {
    ActorSpan m = postAt(i);
    if (apposing) {
      // The rules that find whose a post is ask for mentions themselves: they see the posts, not the names.
      return m;
    }
    apposing = true;
    try {
      return ApposedPersons.of(this, m);
    } finally {
      apposing = false;
    }
  }

  /**
   * The actor named at token {@code i}, or null, with a post still its body's when a name follows it in apposition
   * ("Kenya's U.N. ambassador, Name,"): what tells whose the person is.
   */
  ActorSpan postAt(int i) {
    ActorSpan apposed = ApposedOrganisations.at(this, i);
    ActorSpan m = apposed != null ? apposed : ComposedBodies.of(this, i,
        ctx.mentionAt(i).map(x -> BodyOfNames.of(this, TailNames.of(this, x))).orElse(null));
    if (m == null || m.actor().isAdHoc() && !m.implied()) {
      // "Pakistan Tehreek-e-Insaf": the party whose name starts with a state runs on over this word.
      ActorSpan started = StateStartedNames.covering(this, i);
      m = started != null ? started : m;
    }
    if (m == null || titleCase && Headlines.madeUpName(m) || notAnActor(m)) {
      return null;
    }
    return local.computeIfAbsent(m,
        x -> LeaderGovernments.of(this, CountedDemonyms.of(this, StateStartedNames.of(this, StateEndedNames.of(this,
            HyphenedInstitutions.of(this,
            JoinedNames.of(this,
            ExtendedNames.of(this, OrganisationNames.of(this, Branches.of(this, Seats.of(this, GenericBodies.of(this,
                LocalOffices.of(this, Surnames.of(this, PersonNames.of(this,
                    PartyNames.of(this, ContextSenses.of(this, x)))))))))))))))));
  }

  /**
   * The run of tokens around {@code first}..{@code last} that the named-entity tagger gives {@code label}, as {from,
   * to}: the whole name a catalog mention may be only part of.
   */
  int[] nerRun(int first, int last, String label) {
    EnglishSentence s = ctx.sentence();
    int from = first;
    while (from > 0 && s.ner(from - 1).equals(label)) {
      from--;
    }
    int to = last;
    while (to + 1 < size() && s.ner(to + 1).equals(label)) {
      to++;
    }
    return new int[] {from, to};
  }

  /**
   * The tagger's organisation run around a mention that begins and ends on words it tags as one, as {from, to}; null
   * for other mentions. What {@link OrganisationNames} and {@link JoinedNames} read a whole name from.
   */
  int[] organisationRun(ActorSpan m) {
    EnglishSentence s = ctx.sentence();
    if (m.implied() || !s.ner(m.first()).equals(ORGANIZATION) || !s.ner(m.last()).equals(ORGANIZATION)) {
      return null;
    }
    return nerRun(m.first(), m.last(), ORGANIZATION);
  }

  /**
   * Whether the mention {@code m} is part of a name that is no actor's: a document or a project, a place, a region,
   * an era, a lake or a river, a currency ("the Uganda Park", "the Lake Chad basin").
   */
  boolean notAnActor(ActorSpan m) {
    return DocumentNames.named(this, m) || NamedPlaces.named(this, m) || RegionalDemonyms.named(this, m)
        || EraNames.dating(this, m) || NaturalPlaces.named(this, m) || ExtendedPlaces.extended(this, m)
        || Sums.currencyName(this, m);
  }

  /** Whether the word names an actor: a mention or a demonym ("Iran", "Iranian"). */
  boolean namesActor(IndexedWord w) {
    return mentionOf(w) != null || demonym(w) != null;
  }

  /** Whether an actor is named at token {@code i}. */
  boolean named(int i) {
    return mentionAt(i) != null;
  }

  String lemma(int i) {
    return toks.get(i).lemma();
  }

  String lemmaOf(IndexedWord w) {
    return lemma(idx(w));
  }

  /**
   * The lemma of the hyphenated word a token is part of, its pieces joined as written ("sit-in" for "sit" in "a
   * sit-in", "hostage-taker" for "takers"), or its own lemma when it touches no hyphen: the tokenizer splits at
   * hyphens, the word lists do not.
   */
  String hyphenatedLemma(IndexedWord w) {
    int i = idx(w);
    int from = i;
    while (from >= 2 && hyphenAt(from - 1)) {
      from -= 2;
    }
    int to = i;
    while (to + 2 < size() && hyphenAt(to + 1)) {
      to += 2;
    }
    StringBuilder out = new StringBuilder();
    for (int k = from; k <= to; k += 2) {
      out.append(k == from ? "" : "-").append(k == to ? lemma(k) : toks.get(k).word());
    }
    return out.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether the noun names an armed attack ({@code attack-nouns.tsv}): its lemma, or an adjective before it with its
   * lemma ("terrorist activities"), for a noun too wide alone.
   */
  boolean attackNoun(IndexedWord w) {
    String lemma = lemmaOf(w);
    return lex.attackNouns.contains(lemma) || children(w, "amod").stream()
        .anyMatch(m -> lex.attackNouns.contains(lemmaOf(m).toLowerCase(java.util.Locale.ROOT) + " " + lemma));
  }

  /**
   * The words from token {@code from} up to a noun, the noun as its lemma, in lower case, as the word lists hold
   * phrases ("rights group"); a hyphenated word the tokenizer split is written whole ("hostage-taker",
   * "secretary-general").
   */
  String listedPhrase(int from, IndexedWord noun) {
    int head = idx(noun);
    if (from >= head) {
      return lemmaOf(noun).toLowerCase(java.util.Locale.ROOT);
    }
    String joint = toks.get(head - 1).end() == toks.get(head).begin() ? "" : " ";
    return (text(from, head - 1) + joint + lemmaOf(noun)).toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether token {@code h} is a hyphen touching the words on both sides. */
  boolean hyphenAt(int h) {
    return h > 0 && h + 1 < size() && PatternWindows.hyphen(toks, h);
  }

  String pos(IndexedWord w) {
    return toks.get(idx(w)).tag();
  }

  String text(int from, int to) {
    return ctx.text(from, to);
  }

  /** The tokens {@code w} dominates, not crossing into reported or relative clauses. */
  void subtree(IndexedWord w, java.util.Set<Integer> into, int depth) {
    if (depth > 30 || !into.add(idx(w))) {
      return;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String r = rel(e);
      if (r.startsWith("ccomp") || r.startsWith("acl:relcl") || r.startsWith("parataxis")) {
        continue;
      }
      subtree(e.getDependent(), into, depth + 1);
    }
  }

  /** Every token {@code w} dominates. */
  void collect(IndexedWord w, java.util.Set<Integer> into, int depth) {
    if (depth > 30 || !into.add(idx(w))) {
      return;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      collect(e.getDependent(), into, depth + 1);
    }
  }

  /** The word and lemma of each of the {@code n} words after token {@code i}, as patterns read them. */
  java.util.List<String[]> following(int i, int n) {
    return PatternWindows.after(toks, i, n);
  }

  /** Whether the word's lemma is a governor of class {@code c} ({@code governors.tsv}). */
  boolean governs(IndexedWord w, EnglishLexicon.GovernorClass c) {
    return lex.governors.get(lemmaOf(w)) == c;
  }

  /**
   * Whether the verb {@code v} is in {@code phrases} by its lemma alone or with its particle ("shoot down", "phase
   * out"), which the parser hangs as a particle or as an adverb.
   */
  boolean verbIn(IndexedWord v, java.util.Set<String> phrases) {
    if (!pos(v).startsWith("VB")) {
      return false;
    }
    String lemma = lemmaOf(v).toLowerCase(java.util.Locale.ROOT);
    return phrases.contains(lemma) || children(v, "compound:prt", "advmod").stream()
        .anyMatch(p -> phrases.contains(lemma + " " + p.word().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Whether the word is a verb whose lemma is a governor of class {@code c}. */
  boolean verbOf(IndexedWord w, EnglishLexicon.GovernorClass c) {
    return pos(w).startsWith("VB") && governs(w, c);
  }

  /**
   * Whether the verb with its particle negates its complement ({@code modality.tsv} NEGATOR: "called off its visit"),
   * which makes it no verb of speech either ({@link SpeechFrames}), though "call" alone is one.
   */
  boolean phrasalNegator(IndexedWord v) {
    return pos(v).startsWith("VB") && children(v, "compound:prt").stream()
        .anyMatch(p -> lex.is(lemmaOf(v) + " " + p.word(), EnglishLexicon.ModalityClass.NEGATOR));
  }

  /** Whether {@code w} is a speech verb ("said", "warned"). */
  boolean isSpeech(IndexedWord w) {
    return pos(w).startsWith("VB") && lex.speechVerbs.containsKey(lemmaOf(w));
  }

  /** The state a demonym or capitalised adjective names ("Syrian", "Russians"), or null. */
  org.crosscheck.Actor demonym(IndexedWord w) {
    String t = pos(w);
    if (!(t.startsWith("JJ") || t.startsWith("NNP")) || RegionalDemonyms.at(this, idx(w))
        || LanguageHyphens.at(this, idx(w))) {
      return null;
    }
    IndexedWord head = parent(w);
    if (head != null && (relToParent(w).equals("amod") || relToParent(w).equals("compound"))
        && lex.currencyNouns.contains(lemmaOf(head).toLowerCase(java.util.Locale.ROOT))) {
      // "15 Jordanian dinars": the demonym names the money, no party.
      return null;
    }
    return ctx.actors().stateOfDemonym(w.word()).orElse(null);
  }
}
