package org.crosscheck.arabic.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecondOrderViterbiTest {

  /** Every sequence's score, enumerated: [best score, second-best score, best sequence as a number in base c]. */
  private static double[] bruteForce(double[][] phi, int c, int start) {
    int n = phi.length;
    int total = (int) Math.pow(c, n);
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    int arg = -1;
    for (int code = 0; code < total; code++) {
      int[] y = digits(code, c, n);
      double s = 0;
      for (int t = 0; t < n; t++) {
        int a = t >= 2 ? y[t - 2] : start;
        int b = t >= 1 ? y[t - 1] : start;
        s += phi[t][(a * c + b) * c + y[t]];
      }
      if (s > best) {
        second = best;
        best = s;
        arg = code;
      } else if (s > second) {
        second = s;
      }
    }
    return new double[] {best, second, arg};
  }

  private static int[] digits(int code, int c, int n) {
    int[] y = new int[n];
    for (int t = n - 1; t >= 0; t--) {
      y[t] = code % c;
      code /= c;
    }
    return y;
  }

  private static double[][] random(Random r, int n, int c) {
    double[][] phi = new double[n][c * c * c];
    for (double[] row : phi) {
      for (int k = 0; k < row.length; k++) {
        row[k] = r.nextGaussian() * 3;
      }
    }
    return phi;
  }

  @Test
  void findsTheSequenceThatEnumerationFindsBest() {
    Random r = new Random(14);
    for (int round = 0; round < 300; round++) {
      int c = 2 + r.nextInt(3);
      int n = 1 + r.nextInt(6);
      int start = r.nextInt(c);
      double[][] phi = random(r, n, c);
      double[] expected = bruteForce(phi, c, start);
      Optional<int[]> got = SecondOrderViterbi.decode(phi, c, start, 1e-9);
      if (got.isPresent()) {
        assertThat(got.get()).containsExactly(digits((int) expected[2], c, n));
        assertThat(expected[0] - expected[1]).isGreaterThan(1e-9);
      }
    }
  }

  @Test
  void refusesWhenTwoPathsScoreTheSame() {
    int c = 2;
    double[][] phi = new double[3][c * c * c];
    // Labels 0 and 1 score alike at the middle position whatever surrounds them.
    phi[0][1] = 5;
    phi[2][0] = 1;
    phi[2][2] = 1;
    assertThat(SecondOrderViterbi.decode(phi, c, 0, 1e-9)).isEmpty();
  }

  @Test
  void refusesWhenTheLeadIsWithinTheMarginButAcceptsAClearOne() {
    int c = 2;
    double[][] phi = new double[1][c * c * c];
    phi[0][1] = 1e-8;
    assertThat(SecondOrderViterbi.decode(phi, c, 0, 1e-6)).isEmpty();
    phi[0][1] = 1e-3;
    assertThat(SecondOrderViterbi.decode(phi, c, 0, 1e-6)).hasValueSatisfying(y -> assertThat(y).containsExactly(1));
  }

  @Test
  void readsTheStartLabelAsTheTwoLabelsBeforeTheFirst() {
    int c = 3;
    double[][] phi = new double[1][c * c * c];
    // Only the history (2, 2) before the first label rewards label 1; any other start prefers 0.
    phi[0][(2 * c + 2) * c + 1] = 4;
    phi[0][0] = 1;
    phi[0][(1 * c + 1) * c] = 1;
    assertThat(SecondOrderViterbi.decode(phi, c, 2, 1e-9).orElseThrow()[0]).isEqualTo(1);
    assertThat(SecondOrderViterbi.decode(phi, c, 1, 1e-9).orElseThrow()[0]).isEqualTo(0);
  }

  @Test
  void decodesAnEmptySequenceToNoLabels() {
    assertThat(SecondOrderViterbi.decode(new double[0][], 6, 0, 1e-6)).hasValueSatisfying(y -> assertThat(y).isEmpty());
  }

  @Test
  void rejectsARowOfTheWrongSize() {
    assertThatThrownBy(() -> SecondOrderViterbi.decode(new double[][] {{1, 2}}, 2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phi[0]");
  }
}
