package org.crosscheck.english.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.english.internal.rules.BackshiftedClauses;
import org.crosscheck.english.internal.rules.CandidateFilter;
import org.crosscheck.english.internal.rules.ClaimReader;
import org.crosscheck.english.internal.rules.Datelines;
import org.crosscheck.english.internal.rules.EnglishLexicon;
import org.crosscheck.english.internal.rules.EnglishSentence;
import org.crosscheck.english.internal.rules.HeadlineClauses;
import org.crosscheck.english.internal.rules.HeadlineVerbs;
import org.crosscheck.english.internal.rules.InitialNouns;
import org.crosscheck.english.internal.rules.InfinitiveVerbs;
import org.crosscheck.english.internal.rules.ModalVerbs;
import org.crosscheck.english.internal.rules.AllCapsNames;
import org.crosscheck.english.internal.rules.PerfectSince;
import org.crosscheck.english.internal.rules.NamedPurposes;
import org.crosscheck.english.internal.rules.PerfectParticiples;
import org.crosscheck.english.internal.rules.RelativeAsides;
import org.crosscheck.english.internal.rules.ConjoinedSpeakers;
import org.crosscheck.english.internal.rules.ControlledRelatives;
import org.crosscheck.english.internal.rules.CrossedObjects;
import org.crosscheck.english.internal.rules.OwnedObjects;
import org.crosscheck.english.internal.rules.FiledParticiples;
import org.crosscheck.english.internal.rules.ConjoinedInfinitives;
import org.crosscheck.english.internal.rules.DoubledSubjects;
import org.crosscheck.english.internal.rules.TitledNames;
import org.crosscheck.english.internal.rules.ObjectParticiples;
import org.crosscheck.english.internal.rules.FrontedPlaces;
import org.crosscheck.english.internal.rules.TrailingParticiples;
import org.crosscheck.english.internal.rules.ReducedRelatives;
import org.crosscheck.english.internal.rules.CalledOnClauses;
import org.crosscheck.english.internal.rules.NamedObjects;
import org.crosscheck.english.internal.rules.ConjunctObjects;
import org.crosscheck.english.internal.rules.DistantParticiples;
import org.crosscheck.english.internal.rules.RelativeSubjects;
import org.crosscheck.english.internal.rules.ReportedConjuncts;
import org.crosscheck.english.internal.rules.QuotedConjuncts;
import org.crosscheck.english.internal.rules.ReportedLists;
import org.crosscheck.english.internal.rules.SaidClauses;
import org.crosscheck.english.internal.rules.SayingMarks;
import org.crosscheck.english.internal.rules.SentenceBreaks;
import org.crosscheck.english.internal.rules.TitleCase;
import org.crosscheck.spi.ArticleDrafts;
import org.crosscheck.spi.LanguageExtraction;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * English on CoreNLP: tokenize, ssplit, pos and lemma over every sentence; NER and the dependency parser over
 * the candidates; the rules of {@link ClaimReader}. Thread-safe: the pipelines are shared, the rules stateless.
 */
public final class EnglishExtraction implements LanguageExtraction<EnglishSentence> {

  private static final class Holder {
    static final EnglishExtraction INSTANCE = new EnglishExtraction();
  }

  /** The shared instance; models load on the first article, not here. */
  public static EnglishExtraction get() {
    return Holder.INSTANCE;
  }

  private EnglishExtraction() {}

  private static final class Rules {
    static final EnglishLexicon LEX = EnglishLexicon.get();
    static final ClaimReader READER = new ClaimReader(LEX);
  }

  @Override
  public List<EnglishSentence> annotate(String text, int offset) {
    Annotation doc = new Annotation(SentenceBreaks.mark(text, Rules.LEX));
    EnglishPipelines.get().light(doc);
    List<EnglishSentence> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = tokens(labels, offset);
      if (TitleCase.applies(tokens)) {
        List<String> words = new ArrayList<>(labels.size());
        labels.forEach(t -> words.add(t.word()));
        if (untitle(s, labels)) {
          tokens = tokens(labels, offset);
          for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            tokens.set(i, new Token(t.index(), words.get(i), t.lemma(), t.tag(), t.begin(), t.end()));
          }
        }
      }
      retagMisread(labels, tokens);
      out.add(EnglishSentence.light(tokens, s));
    }
    return out;
  }

  /**
   * Tags again the words the tagger is known to misread, in the labels the parser reads and in the tokens the rules
   * read: the whole sentence's in the light pass, and the words a partial parse tags anew ({@link #partial}).
   */
  private static void retagMisread(List<CoreLabel> labels, List<Token> tokens) {
    retagInitialGroup(labels, tokens);
    retagModalVerbs(labels, tokens);
    retagInfinitiveVerbs(labels, tokens);
    retagPerfectParticiples(labels, tokens);
    retagHeadlineVerb(labels, tokens);
    retagNamedPurposes(labels, tokens);
    retagAllCapsNames(labels, tokens);
    retagPerfectSince(labels, tokens);
  }

  /**
   * "Farmers blocked roads": a plural group noun that opens the sentence, tagged as a name, is tagged again as the
   * plural noun it is ({@link InitialNouns}), in the labels the parser reads and in the tokens the rules read.
   */
  private static void retagInitialGroup(List<CoreLabel> labels, List<Token> tokens) {
    Token first = tokens.get(0);
    InitialNouns.groupLemma(first.word(), first.tag(), Rules.LEX).ifPresent(lemma -> {
      labels.get(0).setTag("NNS");
      labels.get(0).setLemma(lemma);
      tokens.set(0, new Token(first.index(), first.word(), lemma, "NNS", first.begin(), first.end()));
    });
  }

  /**
   * "France would back Armenia": a stance verb the tagger read as another part of speech after a modal is tagged as
   * the verb it is ({@link ModalVerbs}), in the labels the parser reads and in the tokens the rules read.
   */
  private static void retagModalVerbs(List<CoreLabel> labels, List<Token> tokens) {
    for (int i : ModalVerbs.misread(tokens, Rules.LEX)) {
      toBaseVerb(labels, tokens, i);
    }
  }

  /** Tags the word at {@code i} as a base-form verb whose lemma is the word itself ("back", "sanction"). */
  private static void toBaseVerb(List<CoreLabel> labels, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String lemma = t.word().toLowerCase(Locale.ROOT);
    labels.get(i).setTag("VB");
    labels.get(i).setLemma(lemma);
    tokens.set(i, new Token(t.index(), t.word(), lemma, "VB", t.begin(), t.end()));
  }

  /**
   * "EU to sanction Belarus": a stance verb the tagger read as a noun after "to" is tagged as the verb it is, and "to"
   * as its marker ({@link InfinitiveVerbs}), in the labels the parser reads and in the tokens the rules read.
   */
  private static void retagInfinitiveVerbs(List<CoreLabel> labels, List<Token> tokens) {
    for (int i : InfinitiveVerbs.misread(tokens, Rules.LEX)) {
      toBaseVerb(labels, tokens, i);
      Token to = tokens.get(i - 1);
      labels.get(i - 1).setTag("TO");
      tokens.set(i - 1, new Token(to.index(), to.word(), to.lemma(), "TO", to.begin(), to.end()));
    }
  }

  /**
   * "Somalia has strongly opposed the plan": a stance verb's participle the tagger read as an adjective after "have"
   * and an adverb is tagged again as the participle it is ({@link PerfectParticiples}), in the labels the parser
   * reads and in the tokens the rules read.
   */
  private static void retagPerfectParticiples(List<CoreLabel> labels, List<Token> tokens) {
    PerfectParticiples.misread(tokens, Rules.LEX).forEach((i, lemma) -> {
      Token t = tokens.get(i);
      labels.get(i).setTag("VBN");
      labels.get(i).setLemma(lemma);
      tokens.set(i, new Token(t.index(), t.word(), lemma, "VBN", t.begin(), t.end()));
    });
  }

  /**
   * "Poland scraps Ukraine grain deal": a headline's verb the tagger read as a plural noun is tagged as the verb it
   * is ({@link HeadlineVerbs}), in the labels the parser reads and in the tokens the rules read.
   */
  private static void retagHeadlineVerb(List<CoreLabel> labels, List<Token> tokens) {
    HeadlineVerbs.misread(tokens, Rules.LEX).ifPresent(m -> retag(labels, tokens, m, "VBZ"));
    // "as French farmers block roads", ", Kampala protests": a second clause's verb (HeadlineClauses).
    for (HeadlineVerbs.Misread m : HeadlineClauses.misread(tokens, Rules.LEX)) {
      retag(labels, tokens, m, tokens.get(m.index()).tag().equals("NNS") ? "VBZ" : "VBP");
    }
  }

  /**
   * "The Committee to Protect Journalists condemned …": a verb inside a body's name is tagged as the name it is
   * ({@link NamedPurposes}), in the labels the parser reads and in the tokens the rules read.
   */
  private static void retagNamedPurposes(List<CoreLabel> labels, List<Token> tokens) {
    toNames(labels, tokens, NamedPurposes.misread(tokens));
  }

  /**
   * "accusing ZANU-PF of …": a name written in capitals that the tagger read as another word is tagged as the name it
   * is ({@link AllCapsNames}), in the labels the parser reads and in the tokens the rules read.
   */
  private static void retagAllCapsNames(List<CoreLabel> labels, List<Token> tokens) {
    toNames(labels, tokens, AllCapsNames.misread(tokens));
  }

  private static void toNames(List<CoreLabel> labels, List<Token> tokens, List<Integer> at) {
    for (int i : at) {
      Token t = tokens.get(i);
      labels.get(i).setTag("NNP");
      labels.get(i).setLemma(t.word());
      tokens.set(i, new Token(t.index(), t.word(), t.word().toLowerCase(Locale.ROOT), "NNP", t.begin(), t.end()));
    }
  }

  /**
   * "has since expelled French troops": "since" after "have" and before a participle is tagged as the adverb it is
   * ({@link PerfectSince}), in the labels the parser reads and in the tokens the rules read.
   */
  private static void retagPerfectSince(List<CoreLabel> labels, List<Token> tokens) {
    for (int i : PerfectSince.misread(tokens)) {
      Token t = tokens.get(i);
      labels.get(i).setTag("RB");
      tokens.set(i, new Token(t.index(), t.word(), t.lemma(), "RB", t.begin(), t.end()));
    }
  }

  private static void retag(List<CoreLabel> labels, List<Token> tokens, HeadlineVerbs.Misread m, String tag) {
    Token t = tokens.get(m.index());
    labels.get(m.index()).setTag(tag);
    labels.get(m.index()).setLemma(m.lemma());
    tokens.set(m.index(), new Token(t.index(), t.word(), m.lemma(), tag, t.begin(), t.end()));
  }

  private static List<Token> tokens(List<CoreLabel> labels, int offset) {
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel t = labels.get(i);
      String lemma = t.lemma() == null ? t.word() : t.lemma();
      tokens.add(new Token(i, t.word(), lemma.toLowerCase(Locale.ROOT), t.tag() == null ? "" : t.tag(),
          t.beginPosition() + offset, t.endPosition() + offset));
    }
    return tokens;
  }

  /**
   * "Germany Pledges More Aid to Ukraine": a title-case headline's common words are put in lower case in the
   * sentence's own labels and the sentence tagged again, so that the tagger, the named-entity tagger and the parser
   * all read "pledges" as a verb. The tokens keep the words as written. Returns whether a word was lowered.
   */
  private static boolean untitle(CoreMap sentence, List<CoreLabel> labels) {
    boolean any = false;
    for (CoreLabel t : labels) {
      String lower = TitleCase.lowered(t.word(), Rules.LEX);
      if (!lower.equals(t.word())) {
        t.setWord(lower);
        t.setValue(lower);
        any = true;
      }
    }
    if (any) {
      Annotation sub = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
      sub.set(CoreAnnotations.TokensAnnotation.class, labels);
      sub.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
      EnglishPipelines.get().retag(sub);
    }
    return any;
  }

  @Override
  public boolean isCandidate(SentenceContext<EnglishSentence> context) {
    return CandidateFilter.isCandidate(context, Rules.LEX);
  }

  @Override
  public Optional<EnglishSentence> deepen(EnglishSentence part) {
    CoreMap s = part.source().orElseThrow(() -> new IllegalArgumentException("not a sentence of the light pass"));
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    int dateline = Datelines.length(part.tokens());
    if (dateline > 0 && dateline < labels.size()) {
      return Optional.ofNullable(partial(part, labels, outside(labels.size(), 0, dateline - 1)));
    }
    Annotation sub = new Annotation(s.get(CoreAnnotations.TextAnnotation.class));
    sub.set(CoreAnnotations.TokensAnnotation.class, labels);
    sub.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
    EnglishPipelines.get().deep(sub);
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g == null) {
      return Optional.empty();
    }
    int[] aside = RelativeAsides.aside(part.tokens());
    if (aside != null && !RelativeAsides.parsedWell(g, aside)) {
      EnglishSentence again = partial(part, labels, outside(labels.size(), aside[0], aside[1]));
      if (again != null) {
        return Optional.of(again);
      }
    }
    repair(g);
    List<String> ner = new ArrayList<>(labels.size());
    for (CoreLabel t : labels) {
      ner.add(t.ner() == null ? "O" : t.ner());
    }
    return Optional.of(EnglishSentence.parsed(part.tokens(), ner, g));
  }

  /** The positions {@code 0 … size-1} but {@code from … to}. */
  private static List<Integer> outside(int size, int from, int to) {
    List<Integer> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      if (i < from || i > to) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Mends the parser's known misreadings in {@code g} before any rule reads it, the same for a whole sentence and for
   * the words parsed apart from a dateline or an aside.
   */
  private static void repair(SemanticGraph g) {
    FrontedPlaces.repair(g, Rules.LEX);
    ReducedRelatives.repair(g);
    ObjectParticiples.repair(g);
    ConjoinedInfinitives.repair(g);
    CalledOnClauses.repair(g);
    NamedObjects.repair(g, Rules.LEX);
    RelativeSubjects.repair(g);
    DistantParticiples.repair(g);
    SaidClauses.repair(g, Rules.LEX);
    SayingMarks.repair(g, Rules.LEX);
    ReportedConjuncts.repair(g, Rules.LEX);
    QuotedConjuncts.repair(g, Rules.LEX);
    ConjoinedSpeakers.repair(g, Rules.LEX);
    DoubledSubjects.repair(g, Rules.LEX);
    TitledNames.repair(g, Rules.LEX);
    ReportedLists.repair(g, Rules.LEX);
    ControlledRelatives.repair(g, Rules.LEX);
    CrossedObjects.repair(g);
    OwnedObjects.repair(g);
    FiledParticiples.repair(g, Rules.LEX);
    TrailingParticiples.repair(g, Rules.LEX);
    TrailingParticiples.repairHung(g, Rules.LEX);
    TrailingParticiples.repairAttributed(g, Rules.LEX);
    BackshiftedClauses.repair(g);
    ConjunctObjects.repair(g);
  }

  /**
   * Parses only the tokens at {@code keep} and moves their graph back to the sentence's token positions; the other
   * tokens have no node (they are never an actor of the sentence). "ERBIL — Turkish drone strikes killed …": the
   * parser would hang the story on the place it was filed from, so the words after the dateline are parsed alone;
   * "France, which hosts …, condemned Y": the words around the aside ({@link RelativeAsides}).
   */
  private static EnglishSentence partial(EnglishSentence part, List<CoreLabel> labels, List<Integer> keep) {
    List<CoreLabel> rest = new ArrayList<>(keep.size());
    for (int k = 0; k < keep.size(); k++) {
      CoreLabel c = new CoreLabel(labels.get(keep.get(k)));
      c.setIndex(k + 1);
      rest.add(c);
    }
    CoreMap sentence = new Annotation("");
    sentence.set(CoreAnnotations.TokensAnnotation.class, rest);
    Annotation sub = new Annotation("");
    sub.set(CoreAnnotations.TokensAnnotation.class, rest);
    sub.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    EnglishPipelines.get().retag(sub);
    // The words after a dateline are tagged anew, and so misread anew ("NAIROBI - The EU would back Kenya").
    retagMisread(rest, tokens(rest, 0));
    EnglishPipelines.get().deep(sub);
    SemanticGraph inner = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (inner == null) {
      return null;
    }
    SemanticGraph g = new SemanticGraph();
    java.util.Map<Integer, IndexedWord> moved = new java.util.HashMap<>();
    for (IndexedWord v : inner.vertexSet()) {
      CoreLabel at = new CoreLabel(rest.get(v.index() - 1));
      at.setIndex(keep.get(v.index() - 1) + 1);
      IndexedWord w = new IndexedWord(at);
      moved.put(v.index(), w);
      g.addVertex(w);
    }
    for (SemanticGraphEdge e : inner.edgeIterable()) {
      g.addEdge(moved.get(e.getGovernor().index()), moved.get(e.getDependent().index()), e.getRelation(),
          e.getWeight(), e.isExtra());
    }
    for (IndexedWord r : inner.getRoots()) {
      g.addRoot(moved.get(r.index()));
    }
    repair(g);
    List<String> ner = new ArrayList<>(labels.size());
    List<Token> tokens = new ArrayList<>(part.tokens());
    java.util.Map<Integer, CoreLabel> byPosition = new java.util.HashMap<>();
    for (int k = 0; k < keep.size(); k++) {
      byPosition.put(keep.get(k), rest.get(k));
    }
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel t = byPosition.get(i);
      ner.add(t == null || t.ner() == null ? "O" : t.ner());
      if (t != null && t.tag() != null) {
        Token old = tokens.get(i);
        String lemma = t.lemma() == null ? old.lemma() : t.lemma().toLowerCase(Locale.ROOT);
        tokens.set(i, new Token(old.index(), old.word(), lemma, t.tag(), old.begin(), old.end()));
      }
    }
    return EnglishSentence.parsed(tokens, ner, g);
  }

  @Override
  public void read(SentenceContext<EnglishSentence> context) {
    Rules.READER.read(context);
  }

  @Override
  public void finish(ArticleDrafts drafts) {
    Rules.READER.finish(drafts);
  }
}
