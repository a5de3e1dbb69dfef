package org.crosscheck.english.internal;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.PennTreebankLanguagePack;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's neural (arc-standard) dependency parser with CoreNLP's own English UD model, giving the same parse as
 * {@code edu.stanford.nlp.parser.nndep.DependencyParser.predict}: the same model file, feature templates,
 * transition system and, through {@link TransitionScorer}, bit-identical scores. It exists for speed: the parser's
 * network was three quarters of the English pipeline's time, and CoreNLP computes it one latency-bound dot product
 * at a time, behind a lock shared by all threads, after pre-computing 160 MiB it mostly never reads. Moves that are
 * the only legal one (a shift while the stack holds the root and one word; the final arc to the root) are taken
 * without scoring: CoreNLP scores them and takes them all the same. One difference, on purpose: the marks of a quote
 * inside a clause are left out of the parse ({@link QuoteMarks}).
 *
 * <p>Thread-safe: the model is read-only and each call parses in its own configuration.
 */
final class NeuralDependencyParser {

  /** CoreNLP's default English model, the one its {@code depparse} annotator loads. */
  static final String DEFAULT_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  /** CoreNLP's default {@code numPreComputed}: features past it go through the cache, rounded to float. */
  private static final int NUM_PRE_COMPUTED = 20_000;
  /**
   * 16,384 entries of 1,000 floats: at most 64 MiB (CoreNLP keeps 160 MiB pre-computed and a 20 MiB cache). The
   * words of a few dozen articles' candidate sentences give some 6,000 such features.
   */
  private static final int CACHE_SLOTS = 16_384;

  private static final int NUM_TOKENS = 48;
  private static final int POS_OFFSET = 18;
  private static final int DEP_OFFSET = 36;
  private static final int STACK_OFFSET = 6;
  private static final int STACK_NUMBER = 6;

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> posIds;
  private final Map<String, Integer> labelIds;
  private final TransitionScorer scorer;
  /** Per transition: the label (null for the shift), whether it is a left arc, and whether its label is root. */
  private final String[] labels;
  private final boolean[] left;
  private final boolean[] rootLabel;
  private final int shift;
  /** CoreNLP's transition system, used only for the initial configuration (its fields are package-private). */
  private final ArcStandard system;

  private NeuralDependencyParser(Map<String, Integer> wordIds, Map<String, Integer> posIds,
      Map<String, Integer> labelIds, List<String> arcLabels, TransitionScorer scorer) {
    this.wordIds = wordIds;
    this.posIds = posIds;
    this.labelIds = labelIds;
    this.scorer = scorer;
    // ArcStandard's transitions in its order (the rows of W2): L(label) for each label, R(label) for each, then S;
    // the first label is the root's.
    int n = arcLabels.size();
    this.labels = new String[2 * n + 1];
    this.left = new boolean[2 * n + 1];
    this.rootLabel = new boolean[2 * n + 1];
    for (int i = 0; i < n; i++) {
      labels[i] = arcLabels.get(i);
      labels[n + i] = arcLabels.get(i);
      left[i] = true;
      rootLabel[i] = i == 0;
      rootLabel[n + i] = i == 0;
    }
    this.shift = 2 * n;
    this.system = new ArcStandard(new PennTreebankLanguagePack(), arcLabels, false);
    if (scorer.numTransitions() != labels.length) {
      throw new IllegalStateException("the model has " + scorer.numTransitions() + " transitions for " + n
          + " labels");
    }
  }

  /** Reads a model file in CoreNLP's nndep text format from the class path or a file (gzipped or not). */
  static NeuralDependencyParser load(String model) {
    try (BufferedReader in = IOUtils.readerFromString(model)) {
      String s = in.readLine();
      if (s.startsWith("language=")) {
        // Newer files name their language and tree bank pack; the English UD model predates them.
        in.readLine();
        s = in.readLine();
      }
      int nDict = value(s);
      int nPos = value(in.readLine());
      int nLabel = value(in.readLine());
      int eSize = value(in.readLine());
      int hSize = value(in.readLine());
      int nTokens = value(in.readLine());
      int nPreComputed = value(in.readLine());
      if (nTokens != NUM_TOKENS) {
        throw new IllegalStateException("the model uses " + nTokens + " features, not " + NUM_TOKENS);
      }
      float[][] e = new float[nDict + nPos + nLabel][eSize];
      List<String> words = new ArrayList<>(nDict);
      List<String> tags = new ArrayList<>(nPos);
      List<String> labels = new ArrayList<>(nLabel);
      int index = 0;
      for (List<String> names : List.of(words, tags, labels)) {
        int count = names == words ? nDict : names == tags ? nPos : nLabel;
        for (int k = 0; k < count; k++) {
          String[] split = in.readLine().split(" ");
          names.add(split[0]);
          for (int i = 0; i < eSize; i++) {
            e[index][i] = Float.parseFloat(split[i + 1]);
          }
          index++;
        }
      }
      float[][] w1 = new float[hSize][eSize * nTokens];
      for (int j = 0; j < w1[0].length; j++) {
        String[] split = in.readLine().split(" ");
        for (int i = 0; i < hSize; i++) {
          w1[i][j] = Float.parseFloat(split[i]);
        }
      }
      float[] b1 = new float[hSize];
      String[] split = in.readLine().split(" ");
      for (int i = 0; i < hSize; i++) {
        b1[i] = Float.parseFloat(split[i]);
      }
      float[][] w2 = new float[nLabel * 2 - 1][hSize];
      for (int j = 0; j < hSize; j++) {
        split = in.readLine().split(" ");
        for (int i = 0; i < w2.length; i++) {
          w2[i][j] = Float.parseFloat(split[i]);
        }
      }
      List<Integer> preComputed = new ArrayList<>(nPreComputed);
      while (preComputed.size() < nPreComputed) {
        for (String k : in.readLine().split(" ")) {
          preComputed.add(Integer.parseInt(k));
        }
      }
      // IDs as CoreNLP numbers them: words, then tags, then labels, in one sequence.
      Map<String, Integer> wordIds = new HashMap<>();
      Map<String, Integer> posIds = new HashMap<>();
      Map<String, Integer> labelIds = new HashMap<>();
      int id = 0;
      for (String w : words) {
        wordIds.put(w, id++);
      }
      for (String t : tags) {
        posIds.put(t, id++);
      }
      for (String l : labels) {
        labelIds.put(l, id++);
      }
      TransitionScorer scorer = new TransitionScorer(nTokens, e, w1, b1, w2, preComputed, NUM_PRE_COMPUTED,
          CACHE_SLOTS);
      // The first label is -NULL-, which is no arc label.
      return new NeuralDependencyParser(wordIds, posIds, labelIds, labels.subList(1, labels.size()), scorer);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the dependency model " + model + " could not be read: " + e.getMessage(), e);
    }
  }

  private static int value(String line) {
    return Integer.parseInt(line.substring(line.indexOf('=') + 1));
  }

  /** The basic dependencies of a tagged sentence (tokens with word, tag and index), as CoreNLP's parser gives them. */
  GrammaticalStructure parse(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int[] kept = QuoteMarks.kept(tokens);
    if (kept.length == tokens.size() || kept.length == 0) {
      return structure(tokens, run(sentence), null);
    }
    List<CoreLabel> sub = new ArrayList<>(kept.length);
    for (int k : kept) {
      CoreLabel copy = new CoreLabel(tokens.get(k));
      copy.setIndex(sub.size() + 1);
      sub.add(copy);
    }
    CoreMap reduced = new edu.stanford.nlp.util.ArrayCoreMap();
    reduced.set(CoreAnnotations.TokensAnnotation.class, sub);
    return structure(tokens, run(reduced), kept);
  }

  private Configuration run(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    boolean[] legal = new boolean[labels.length];
    int[] features = new int[NUM_TOKENS];
    TransitionScorer.Workspace workspace = scorer.workspace();
    while (!(c.getStackSize() == 1 && c.getBufferSize() == 0)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      int count = legal(c, legal);
      int best = -1;
      if (count == 1) {
        for (int t = 0; t < legal.length; t++) {
          if (legal[t]) {
            best = t;
          }
        }
      } else {
        double[] scores = scorer.scores(features(c, features), workspace);
        double top = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < scores.length; t++) {
          if (scores[t] > top && legal[t]) {
            top = scores[t];
            best = t;
          }
        }
      }
      apply(c, best);
    }
    return c;
  }

  /** ArcStandard.canApply with a single root, for every transition; returns how many are legal. */
  private int legal(Configuration c, boolean[] legal) {
    int nStack = c.getStackSize();
    int nBuffer = c.getBufferSize();
    int s0 = c.getStack(0);
    int s1 = c.getStack(1);
    int count = 0;
    for (int t = 0; t < labels.length; t++) {
      boolean ok;
      if (t == shift) {
        ok = nBuffer > 0;
      } else {
        int h = left[t] ? s0 : s1;
        if (h < 0 || (h == 0 && !rootLabel[t]) || (h > 0 && rootLabel[t])) {
          ok = false;
        } else {
          ok = left[t] ? nStack > 2 : nStack > 2 || (nStack == 2 && nBuffer == 0);
        }
      }
      legal[t] = ok;
      if (ok) {
        count++;
      }
    }
    return count;
  }

  /** ArcStandard.apply. */
  private void apply(Configuration c, int t) {
    if (t == shift) {
      c.shift();
    } else if (left[t]) {
      c.addArc(c.getStack(0), c.getStack(1), labels[t]);
      c.removeSecondTopStack();
    } else {
      c.addArc(c.getStack(1), c.getStack(0), labels[t]);
      c.removeTopStack();
    }
  }

  /** DependencyParser.getFeatureArray: words 0–17, tags 18–35, labels 36–47. */
  private int[] features(Configuration c, int[] f) {
    for (int j = 2; j >= 0; --j) {
      int index = c.getStack(j);
      f[2 - j] = word(c.getWord(index));
      f[POS_OFFSET + (2 - j)] = pos(c.getPOS(index));
    }
    for (int j = 0; j <= 2; ++j) {
      int index = c.getBuffer(j);
      f[3 + j] = word(c.getWord(index));
      f[POS_OFFSET + 3 + j] = pos(c.getPOS(index));
    }
    for (int j = 0; j <= 1; ++j) {
      int k = c.getStack(j);
      int base = STACK_OFFSET + j * STACK_NUMBER;
      int labelBase = DEP_OFFSET + j * STACK_NUMBER;
      int[] around = {c.getLeftChild(k), c.getRightChild(k), c.getLeftChild(k, 2), c.getRightChild(k, 2),
          c.getLeftChild(c.getLeftChild(k)), c.getRightChild(c.getRightChild(k))};
      for (int a = 0; a < around.length; a++) {
        f[base + a] = word(c.getWord(around[a]));
        f[POS_OFFSET + base + a] = pos(c.getPOS(around[a]));
        f[labelBase + a] = labelIds.get(c.getLabel(around[a]));
      }
    }
    return f;
  }

  private int word(String w) {
    Integer id = wordIds.get(w);
    return id != null ? id : wordIds.get(Config.UNKNOWN);
  }

  private int pos(String p) {
    Integer id = posIds.get(p);
    return id != null ? id : posIds.get(Config.UNKNOWN);
  }

  /**
   * DependencyParser.predict's conversion of the finished configuration to a grammatical structure. When quote
   * marks were left out of the parse ({@code kept} the indices of the tokens parsed, else null), the configuration's
   * positions map back to the sentence's tokens and each mark left out hangs as punctuation on its neighbour
   * ({@link QuoteMarks#attach}).
   */
  private static GrammaticalStructure structure(List<CoreLabel> tokens, Configuration c, int[] kept) {
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    int[] position = new int[tokens.size() + 1];
    if (kept != null) {
      for (int j = 0; j < kept.length; j++) {
        position[kept[j] + 1] = j + 1;
      }
    }
    for (int i = 1; i <= tokens.size(); i++) {
      int head;
      String label;
      if (kept == null) {
        head = c.getHead(i);
        label = c.getLabel(i);
      } else if (position[i] == 0) {
        head = QuoteMarks.attach(tokens, kept, i - 1) + 1;
        label = "punct";
      } else {
        int h = c.getHead(position[i]);
        head = h == 0 ? 0 : kept[h - 1] + 1;
        label = c.getLabel(position[i]);
      }
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(label);
      dependencies.add(new TypedDependency(relation, headWord, word));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation stored = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return stored != null ? stored
        : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }
}
