package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The feed-forward network of CoreNLP's neural dependency parser (embeddings, one cube-activated hidden layer, one
 * score per transition), computed with exactly the arithmetic of CoreNLP's {@code nndep.Classifier} — every sum
 * adds the same terms in the same order, in the same precision — so that the scores, and therefore the parses,
 * are bit for bit the ones CoreNLP gives. Only the order of independent sums changes, which is what makes it
 * faster:
 *
 * <ul>
 *   <li>the weights are stored transposed, so that each step is an element-wise operation over the hidden layer
 *       or over the transitions, which the JIT turns into vector instructions; CoreNLP's one-row-at-a-time dot
 *       products wait on the latency of each addition instead;
 *   <li>a feature's contribution to the hidden layer is computed on first use rather than for the 20,000 most
 *       frequent features up front (160 MiB of doubles, a second of start-up), and is then kept: in double
 *       precision for those 20,000, as CoreNLP's pre-computation does, rounded to float for the others, as its
 *       cache does;
 *   <li>the cache of the other features is a lock-free two-way set-associative table instead of a synchronized
 *       LRU list, so that threads parsing at the same time do not queue on one lock. It holds those features as
 *       the floats they are rounded to (half the memory of doubles, so twice the entries in the same space) and
 *       two entries per set, so that two frequent features whose keys collide do not evict each other on every
 *       transition: a miss costs a product of the embedding with W1's slice, some fifty times the widening of a hit.
 *   <li>the arrays of one parse (the hidden layer, the scores, the widened cached parts) are allocated once per
 *       sentence in a {@link Workspace}, not once per transition.
 * </ul>
 *
 * <p>Thread-safe: the weights are never written after construction; both caches only ever hold values that are a
 * pure function of their key, published through atomic arrays, so a race costs at most a value computed twice. A
 * {@link Workspace} belongs to one parse on one thread.
 */
final class TransitionScorer {

  private final int hiddenSize;
  private final int embeddingSize;
  private final int numTokens;
  private final int numTransitions;
  private final float[][] embeddings;
  /** W1 transposed: one row per (feature position, embedding dimension), one column per hidden unit. */
  private final float[][] w1t;
  private final float[] b1;
  /** W2 transposed and widened (exactly) to double: one row per hidden unit, one column per transition. */
  private final double[][] w2t;
  private final PreComputedKeys preComputed;
  private final AtomicReferenceArray<double[]> saved;
  /** Two entries per set: a set's entries sit side by side, the newer first. */
  private final AtomicReferenceArray<Cached> cache;
  private final int ways;
  private final int setMask;

  private record Cached(int key, float[] values) {}

  /**
   * The scratch arrays of one parse: the hidden layer, the scores (overwritten by the next call to {@link #scores})
   * and, per feature position, a cached part widened to double. Not thread-safe: one per parse.
   */
  static final class Workspace {
    private final double[] hidden;
    private final double[] scores;
    private final double[][] parts;
    private final double[][] widened;

    private Workspace(int hiddenSize, int numTransitions, int numTokens) {
      this.hidden = new double[hiddenSize];
      this.scores = new double[numTransitions];
      this.parts = new double[numTokens][];
      this.widened = new double[numTokens][];
    }
  }

  /**
   * @param embeddings E: one row per word, tag and label id, {@code embeddingSize} columns
   * @param w1 W1: {@code hiddenSize} rows, {@code numTokens × embeddingSize} columns
   * @param b1 the hidden layer's bias
   * @param w2 W2: one row per transition, {@code hiddenSize} columns
   * @param preComputedKeys the feature keys ({@code id × numTokens + position}) CoreNLP pre-computes, in the model
   *     file's order; only the first {@code numPreComputed} count
   * @param numPreComputed how many of them CoreNLP's configuration pre-computes
   * @param cacheSlots entries of the table for the other features, a power of two
   */
  TransitionScorer(int numTokens, float[][] embeddings, float[][] w1, float[] b1, float[][] w2,
      List<Integer> preComputedKeys, int numPreComputed, int cacheSlots) {
    checkArgument(cacheSlots > 0 && Integer.bitCount(cacheSlots) == 1, "cacheSlots must be a power of two: %s",
        cacheSlots);
    checkArgument(w1.length == b1.length && w2.length > 0 && w2[0].length == b1.length,
        "w1, b1 and w2 must agree on the hidden layer's size");
    this.hiddenSize = b1.length;
    this.embeddingSize = embeddings[0].length;
    checkArgument(w1[0].length == numTokens * embeddingSize, "w1 must have numTokens × embeddingSize columns");
    this.numTokens = numTokens;
    this.numTransitions = w2.length;
    this.embeddings = embeddings;
    this.b1 = b1;
    this.w1t = new float[w1[0].length][hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      for (int c = 0; c < w1t.length; c++) {
        w1t[c][i] = w1[i][c];
      }
    }
    this.w2t = new double[hiddenSize][numTransitions];
    for (int t = 0; t < numTransitions; t++) {
      for (int i = 0; i < hiddenSize; i++) {
        w2t[i][t] = w2[t][i];
      }
    }
    int n = Math.min(numPreComputed, preComputedKeys.size());
    this.preComputed = new PreComputedKeys(preComputedKeys.subList(0, n));
    this.saved = new AtomicReferenceArray<>(preComputed.size());
    this.ways = Math.min(2, cacheSlots);
    this.cache = new AtomicReferenceArray<>(cacheSlots);
    this.setMask = cacheSlots / ways - 1;
  }

  /** Scratch arrays for one parse. */
  Workspace workspace() {
    return new Workspace(hiddenSize, numTransitions, numTokens);
  }

  int numTransitions() {
    return numTransitions;
  }

  /** The score of every transition for these features (ids, one per position), as CoreNLP computes them. */
  double[] scores(int[] features) {
    return scores(features, workspace()).clone();
  }

  /**
   * The score of every transition for these features (ids, one per position), as CoreNLP computes them, in the
   * workspace's array: valid until the next call with the same workspace.
   */
  double[] scores(int[] features, Workspace w) {
    checkArgument(features.length == numTokens, "features must have %s ids: %s", numTokens, features.length);
    double[][] parts = w.parts;
    for (int j = 0; j < features.length; j++) {
      parts[j] = part(features[j], j, w);
    }
    // hidden[i] = Σ_j parts[j][i], j in increasing order as CoreNLP adds them; four at a time so that hidden[i] is
    // loaded and stored once per four terms (the additions themselves stay in CoreNLP's order).
    double[] hidden = w.hidden;
    Arrays.fill(hidden, 0.0);
    int j = 0;
    for (; j + 4 <= parts.length; j += 4) {
      double[] a = parts[j];
      double[] b = parts[j + 1];
      double[] c = parts[j + 2];
      double[] d = parts[j + 3];
      for (int i = 0; i < hiddenSize; i++) {
        hidden[i] = hidden[i] + a[i] + b[i] + c[i] + d[i];
      }
    }
    for (; j < parts.length; j++) {
      double[] a = parts[j];
      for (int i = 0; i < hiddenSize; i++) {
        hidden[i] += a[i];
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    // scores[t] = Σ_i hidden[i] · W2[t][i], i in increasing order for each t, as CoreNLP's dot product; four hidden
    // units at a time for the same reason as above.
    double[] scores = w.scores;
    Arrays.fill(scores, 0.0);
    int i = 0;
    for (; i + 4 <= hiddenSize; i += 4) {
      double h0 = hidden[i];
      double h1 = hidden[i + 1];
      double h2 = hidden[i + 2];
      double h3 = hidden[i + 3];
      double[] r0 = w2t[i];
      double[] r1 = w2t[i + 1];
      double[] r2 = w2t[i + 2];
      double[] r3 = w2t[i + 3];
      for (int t = 0; t < numTransitions; t++) {
        scores[t] = scores[t] + h0 * r0[t] + h1 * r1[t] + h2 * r2[t] + h3 * r3[t];
      }
    }
    for (; i < hiddenSize; i++) {
      double h = hidden[i];
      double[] row = w2t[i];
      for (int t = 0; t < numTransitions; t++) {
        scores[t] += h * row[t];
      }
    }
    return scores;
  }

  /**
   * One feature's contribution to the hidden layer: in double precision for a pre-computed feature, as CoreNLP's
   * pre-computation keeps it; rounded to float otherwise, as its cache keeps it (widened here into the workspace's
   * array for this position, which adds exactly the same values).
   */
  private double[] part(int id, int position, Workspace w) {
    int key = id * numTokens + position;
    int slot = preComputed.slot(key);
    if (slot >= 0) {
      double[] s = saved.get(slot);
      if (s == null) {
        s = contribution(id, position);
        saved.set(slot, s);
      }
      return s;
    }
    int at = (mix(key) & setMask) * ways;
    float[] values = null;
    for (int way = 0; way < ways; way++) {
      Cached c = cache.get(at + way);
      if (c != null && c.key() == key) {
        values = c.values();
        break;
      }
    }
    if (values == null) {
      double[] sum = contribution(id, position);
      values = new float[hiddenSize];
      for (int i = 0; i < hiddenSize; i++) {
        values[i] = (float) sum[i];
      }
      // The newer entry first; the one it displaces moves to the set's second way, evicting the oldest.
      if (ways > 1) {
        Cached first = cache.get(at);
        if (first != null) {
          cache.set(at + 1, first);
        }
      }
      cache.set(at, new Cached(key, values));
    }
    double[] widened = w.widened[position];
    if (widened == null) {
      widened = new double[hiddenSize];
      w.widened[position] = widened;
    }
    for (int i = 0; i < hiddenSize; i++) {
      widened[i] = values[i];
    }
    return widened;
  }

  /** W1's slice for this position times the embedding, each hidden unit summed in the embedding's order. */
  private double[] contribution(int id, int position) {
    double[] sum = new double[hiddenSize];
    float[] e = embeddings[id];
    int offset = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float ek = e[k];
      float[] column = w1t[offset + k];
      for (int i = 0; i < hiddenSize; i++) {
        // float × float rounded to float, then added in double: CoreNLP's expression, term for term.
        float product = column[i] * ek;
        sum[i] += product;
      }
    }
    return sum;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The pre-computed feature keys and their slots: open addressing over ints, no boxing on the hot path. */
  private static final class PreComputedKeys {
    private final int[] keys;
    private final int[] slots;
    private final int mask;
    private final int size;

    PreComputedKeys(List<Integer> list) {
      int capacity = Integer.highestOneBit(Math.max(4, list.size() * 2)) << 1;
      keys = new int[capacity];
      slots = new int[capacity];
      Arrays.fill(keys, -1);
      mask = capacity - 1;
      int n = 0;
      for (int k : list) {
        int at = find(k);
        if (keys[at] != k) {
          keys[at] = k;
          slots[at] = n++;
        }
      }
      size = n;
    }

    int size() {
      return size;
    }

    /** The slot of the key, or -1 when it is not pre-computed. */
    int slot(int key) {
      int at = find(key);
      return keys[at] == key ? slots[at] : -1;
    }

    private int find(int key) {
      int at = mix(key) & mask;
      while (keys[at] != -1 && keys[at] != key) {
        at = (at + 1) & mask;
      }
      return at;
    }
  }
}
