package org.crosscheck.arabic.internal.segment;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.international.arabic.process.StartAndEndArabicSegmenterFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.crosscheck.ExtractionException;

/**
 * The CRF features of each character position, as {@link CRFClassifier#documentToDataAndLabels} gives them, remembered
 * by everything CoreNLP's Arabic feature factory ({@link StartAndEndArabicSegmenterFeatureFactory}, cliques of one to
 * three characters) reads at a position: the characters from two before to two after, the word the character
 * belongs to, its index in that word, and the domain. Building the feature strings and looking them up is about
 * half of segmentation time, and news repeats its words: most positions are found here. A miss is computed by
 * CoreNLP's own {@link CRFClassifier#makeDatum} and feature index. A model with another feature factory, or with
 * embeddings, is refused when built.
 *
 * <p>At most {@value #SIZE} positions are kept (about 25 MiB). Thread-safe.
 */
final class CharacterFeatures {

  static final int SIZE = 50_000;

  private final CRFClassifier<CoreLabel> crf;
  private final Index<String> featureIndex;
  private final Cache<String, int[][]> known =
      CacheBuilder.newBuilder().maximumSize(SIZE).concurrencyLevel(4).build();

  @SuppressWarnings("unchecked")
  CharacterFeatures(CRFClassifier<CoreLabel> crf) {
    this.crf = crf;
    if (crf.featureFactories.size() != 1
        || crf.featureFactories.get(0).getClass() != StartAndEndArabicSegmenterFeatureFactory.class
        || crf.flags.useEmbedding || crf.windowSize != 3) {
      throw new ExtractionException("the Arabic segmenter model has features this decoder does not know");
    }
    this.featureIndex = (Index<String>) HiddenFields.read(CRFClassifier.class, crf, "featureIndex");
  }

  /** Per position, per clique size (1 to 3), the indices of its features: {@code documentToDataAndLabels}' data. */
  int[][][] of(List<CoreLabel> chars) {
    int[][][] data = new int[chars.size()][][];
    for (int i = 0; i < data.length; i++) {
      String key = key(chars, i);
      int[][] d = known.getIfPresent(key);
      if (d == null) {
        d = compute(chars, i);
        known.put(key, d);
      }
      data[i] = d;
    }
    return data;
  }

  private int[][] compute(List<CoreLabel> chars, int i) {
    List<Collection<String>> features = crf.makeDatum(chars, i, crf.featureFactories).asFeatures();
    int[][] d = new int[features.size()][];
    for (int k = 0; k < d.length; k++) {
      int[] ids = new int[features.get(k).size()];
      int m = 0;
      for (String feature : features.get(k)) {
        int id = featureIndex.indexOf(feature);
        if (id >= 0) {
          ids[m++] = id;
        }
      }
      d[k] = m < ids.length ? Arrays.copyOf(ids, m) : ids;
    }
    return d;
  }

  /** What the feature factory reads at position {@code i}, each part prefixed by its length. */
  static String key(List<CoreLabel> chars, int i) {
    CoreLabel c = chars.get(i);
    StringBuilder b = new StringBuilder(48);
    part(b, c.get(CoreAnnotations.DomainAnnotation.class));
    part(b, c.word());
    b.append(c.index()).append(';');
    for (int j = i - 2; j <= i + 2; j++) {
      part(b, j < 0 || j >= chars.size() ? null : chars.get(j).get(CoreAnnotations.CharAnnotation.class));
    }
    return b.toString();
  }

  private static void part(StringBuilder b, String s) {
    if (s == null) {
      b.append("-;");
    } else {
      b.append(s.length()).append(':').append(s);
    }
  }
}
