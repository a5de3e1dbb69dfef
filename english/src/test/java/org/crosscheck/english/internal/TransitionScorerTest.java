package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransitionScorerTest {

  // A small network with sizes that are not multiples of four, so that the blocked loops' tails run too.
  private static final int TOKENS = 5;
  private static final int EMBEDDING = 3;
  private static final int HIDDEN = 7;
  private static final int TRANSITIONS = 5;
  private static final int IDS = 6;

  private final Random random = new Random(1128);
  private final float[][] e = matrix(IDS, EMBEDDING);
  private final float[][] w1 = matrix(HIDDEN, TOKENS * EMBEDDING);
  private final float[] b1 = matrix(1, HIDDEN)[0];
  private final float[][] w2 = matrix(TRANSITIONS, HIDDEN);
  /** Keys are id × TOKENS + position: id 2 at position 0, id 4 at position 3, id 1 at position 4. */
  private final List<Integer> preComputed = List.of(2 * TOKENS, 4 * TOKENS + 3, 1 * TOKENS + 4);

  private float[][] matrix(int rows, int columns) {
    float[][] m = new float[rows][columns];
    for (float[] row : m) {
      for (int i = 0; i < columns; i++) {
        row[i] = (float) (random.nextGaussian() * 0.7);
      }
    }
    return m;
  }

  /** CoreNLP's nndep Classifier.computeScores, written the way it is written there, as the reference. */
  private double[] reference(int[] features, int numPreComputed) {
    double[] hidden = new double[HIDDEN];
    for (int j = 0; j < features.length; j++) {
      int index = features[j] * TOKENS + j;
      boolean pre = preComputed.subList(0, numPreComputed).contains(index);
      int offset = j * EMBEDDING;
      for (int i = 0; i < HIDDEN; i++) {
        double partial = 0.0;
        for (int k = 0; k < EMBEDDING; k++) {
          partial += w1[i][offset + k] * e[features[j]][k];
        }
        hidden[i] += pre ? partial : (float) partial;
      }
    }
    for (int i = 0; i < HIDDEN; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    double[] scores = new double[TRANSITIONS];
    for (int t = 0; t < TRANSITIONS; t++) {
      double result = 0;
      for (int i = 0; i < HIDDEN; i++) {
        result += hidden[i] * w2[t][i];
      }
      scores[t] = result;
    }
    return scores;
  }

  @Test
  void givesCoreNlpsScoresBitForBit() {
    TransitionScorer scorer = new TransitionScorer(TOKENS, e, w1, b1, w2, preComputed, 3, 8);
    for (int[] f : new int[][] {{2, 0, 5, 4, 1}, {0, 1, 2, 3, 4}, {5, 5, 5, 5, 5}, {2, 3, 1, 4, 1}}) {
      double[] expected = reference(f, 3);
      assertThat(scorer.scores(f)).containsExactly(expected);
      // The second time the parts come from the caches.
      assertThat(scorer.scores(f)).containsExactly(expected);
    }
  }

  @Test
  void keepsOnlyTheConfiguredNumberOfPreComputedFeaturesInDoublePrecision() {
    TransitionScorer scorer = new TransitionScorer(TOKENS, e, w1, b1, w2, preComputed, 1, 8);
    int[] f = {2, 0, 5, 4, 1};
    assertThat(scorer.scores(f)).containsExactly(reference(f, 1));
  }

  @Test
  void givesTheSameScoresWhenFeaturesEvictEachOtherFromTheCache() {
    TransitionScorer oneSlot = new TransitionScorer(TOKENS, e, w1, b1, w2, preComputed, 3, 1);
    for (int round = 0; round < 2; round++) {
      for (int[] f : new int[][] {{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}}) {
        assertThat(oneSlot.scores(f)).containsExactly(reference(f, 3));
      }
    }
  }

  @Test
  void givesTheSameScoresWhenOneWorkspaceIsReusedAndTwoWaysShareASet() {
    TransitionScorer twoWays = new TransitionScorer(TOKENS, e, w1, b1, w2, preComputed, 3, 2);
    TransitionScorer.Workspace w = twoWays.workspace();
    for (int round = 0; round < 3; round++) {
      for (int[] f : new int[][] {{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {5, 5, 5, 5, 5}}) {
        assertThat(twoWays.scores(f, w)).containsExactly(reference(f, 3));
      }
    }
  }

  @Test
  void refusesFeaturesOfTheWrongCount() {
    TransitionScorer scorer = new TransitionScorer(TOKENS, e, w1, b1, w2, preComputed, 3, 8);
    assertThatThrownBy(() -> scorer.scores(new int[] {1, 2})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("features");
  }

  @Test
  void refusesACacheSizeThatIsNotAPowerOfTwo() {
    assertThatThrownBy(() -> new TransitionScorer(TOKENS, e, w1, b1, w2, preComputed, 3, 6))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cacheSlots");
  }
}
