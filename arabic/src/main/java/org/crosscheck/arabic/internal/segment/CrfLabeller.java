package org.crosscheck.arabic.internal.segment;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.crosscheck.ExtractionException;

/**
 * Labels a character sequence with CoreNLP's Arabic segmentation CRF as {@link CRFClassifier#classify} does, without
 * its cost. CoreNLP computes the full marginals of a calibrated clique tree and then runs Viterbi over conditional
 * probabilities drawn from them, all through hash-indexed factor tables; only the best sequence is used. Here the
 * same features ({@link CharacterFeatures}: CoreNLP's own, remembered per character context) and the same weights
 * give each position's log potentials, and {@link SecondOrderViterbi} finds the best sequence of their sums, which
 * is the sequence CoreNLP finds. Where two sequences score within {@link #MARGIN} of each other, so that rounding
 * could tell the two decoders apart, the characters go to CoreNLP's own {@code classify}: the labels are CoreNLP's in
 * every case.
 *
 * <p>The weights, the label indices and the label dictionary are fields CoreNLP 4.5.10 does not expose; they are read
 * once by reflection, and a model this class cannot decode (not a second-order Viterbi CRF over all label triples)
 * is refused when built. Thread-safe: the classifier is only read.
 */
final class CrfLabeller {

  /** The lead a decision must have to be taken here rather than by CoreNLP (log-potential units). */
  static final double MARGIN = 1e-6;

  private final CRFClassifier<CoreLabel> crf;
  private final float[][] weights;
  private final int c;
  private final int start;
  /** For clique sizes 1, 2, 3: the label index of the last labels of the triple coded as (a * c + b) * c + y. */
  private final int[][] cliqueLabel;
  private final CharacterFeatures features;
  private final LongAdder decoded = new LongAdder();
  private final LongAdder deferred = new LongAdder();

  CrfLabeller(CRFClassifier<CoreLabel> crf) {
    this.crf = crf;
    var flags = crf.flags;
    if (flags.doGibbs || !"maxent".equalsIgnoreCase(flags.crfType) || flags.useReverse || crf.windowSize != 3
        || !(flags.inferenceType == null || "Viterbi".equalsIgnoreCase(flags.inferenceType))) {
      throw new ExtractionException("the Arabic segmenter model is not a second-order Viterbi CRF: cannot decode it");
    }
    this.weights = (float[][]) HiddenFields.read(CRFClassifier.class, crf, "weights");
    if (weights == null || HiddenFields.read(CRFClassifier.class, crf, "labelDictionary") != null) {
      throw new ExtractionException("the Arabic segmenter model has no float weights or has a label dictionary");
    }
    @SuppressWarnings("unchecked")
    List<Index<CRFLabel>> labelIndices =
        (List<Index<CRFLabel>>) HiddenFields.read(CRFClassifier.class, crf, "labelIndices");
    this.c = crf.classIndex.size();
    this.start = crf.classIndex.indexOf(flags.backgroundSymbol);
    if (start < 0 || labelIndices.size() != 3) {
      throw new ExtractionException("the Arabic segmenter model has no background label or no cliques of 1–3 labels");
    }
    this.cliqueLabel = new int[3][c * c * c];
    for (int j = 0; j < 3; j++) {
      Index<CRFLabel> index = labelIndices.get(j);
      int size = j + 1;
      for (int code = 0; code < c * c * c; code++) {
        int[] triple = {code / (c * c), code / c % c, code % c};
        int[] last = new int[size];
        System.arraycopy(triple, 3 - size, last, 0, size);
        int k = index.indexOf(new CRFLabel(last));
        if (k < 0) {
          throw new ExtractionException("the Arabic segmenter model lacks a clique labelling: cannot decode it");
        }
        cliqueLabel[j][code] = k;
      }
    }
    this.features = new CharacterFeatures(crf);
  }


  /** Sets each character's {@code AnswerAnnotation} to the label CoreNLP's {@code classify} gives it. */
  void classify(List<CoreLabel> chars) {
    if (chars.isEmpty()) {
      return;
    }
    Optional<int[]> best = SecondOrderViterbi.decode(potentials(features.of(chars)), c, start, MARGIN);
    if (best.isEmpty()) {
      deferred.increment();
      crf.classify(chars);
      return;
    }
    decoded.increment();
    int[] labels = best.get();
    for (int i = 0; i < labels.length; i++) {
      chars.get(i).set(CoreAnnotations.AnswerAnnotation.class, crf.classIndex.get(labels[i]));
    }
  }

  /** Per position, the log potential of each label triple: the weights of its 1-, 2- and 3-label cliques' features. */
  double[][] potentials(int[][][] data) {
    int triples = c * c * c;
    double[][] phi = new double[data.length][triples];
    double[][] clique = new double[3][];
    for (int t = 0; t < data.length; t++) {
      for (int j = 0; j < 3; j++) {
        int labels = j == 0 ? c : j == 1 ? c * c : triples;
        double[] sum = new double[labels];
        for (int feature : data[t][j]) {
          float[] w = weights[feature];
          for (int k = 0; k < labels; k++) {
            sum[k] += w[k];
          }
        }
        clique[j] = sum;
      }
      double[] row = phi[t];
      for (int code = 0; code < triples; code++) {
        row[code] = clique[2][cliqueLabel[2][code]]
            + (clique[1][cliqueLabel[1][code]] + clique[0][cliqueLabel[0][code]]);
      }
    }
    return phi;
  }

  /** Sequences decoded here and sequences left to CoreNLP for a near tie, since this labeller was built. */
  long[] counts() {
    return new long[] {decoded.sum(), deferred.sum()};
  }
}
