package org.crosscheck.arabic.internal.segment;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * The best label sequence of a second-order linear-chain model, and a refusal where the best is not clearly best.
 *
 * <p>{@code phi[t][(a * c + b) * c + y]} is the log potential of labels {@code a, b, y} at positions {@code t-2,
 * t-1, t}; the two positions before the start hold the {@code start} label. A path's score is the sum of its
 * potentials. CoreNLP's CRF decoder finds the same argmax by Viterbi over the conditional log-probabilities of a
 * calibrated clique tree, which differ from these sums by terms that cancel along any path, so both give one answer
 * unless two paths score (nearly) the same, where rounding may pick either. Such a case is refused: every choice on
 * the best path (which predecessor, which last state) must win by more than {@code margin}; then every other path
 * scores at least {@code margin} less (a path that leaves the best one last rejoins it through a choice it lost), so
 * any decoder whose rounding error stays below half the margin returns the same labels.
 *
 * <p>Stateless and thread-safe.
 */
public final class SecondOrderViterbi {

  private SecondOrderViterbi() {}

  /**
   * The best labels, or empty when some choice on the best path wins by {@code margin} or less.
   *
   * @param phi one row of {@code c³} potentials per position
   * @param c the number of labels
   * @param start the label of the two positions before the first
   * @param margin the smallest accepted lead of a choice, at least 0
   */
  public static Optional<int[]> decode(double[][] phi, int c, int start, double margin) {
    checkArgument(c > 0, "c must be > 0, got %s", c);
    checkArgument(start >= 0 && start < c, "start must be a label in [0, %s), got %s", c, start);
    checkArgument(margin >= 0, "margin must be >= 0, got %s", margin);
    int n = phi.length;
    if (n == 0) {
      return Optional.of(new int[0]);
    }
    int states = c * c;
    // score[s] for the state s = (label at t-1) * c + (label at t); back[t][s] the label at t-2.
    double[] score = new double[states];
    double[] next = new double[states];
    int[][] back = new int[n][states];
    double[][] lead = new double[n][states];
    java.util.Arrays.fill(score, Double.NEGATIVE_INFINITY);
    score[start * c + start] = 0.0;
    for (int t = 0; t < n; t++) {
      double[] p = phi[t];
      checkArgument(p.length == states * c, "phi[%s] must hold %s potentials, got %s", t, states * c, p.length);
      for (int b = 0; b < c; b++) {
        for (int y = 0; y < c; y++) {
          double best = Double.NEGATIVE_INFINITY;
          double second = Double.NEGATIVE_INFINITY;
          int arg = -1;
          for (int a = 0; a < c; a++) {
            double prev = score[a * c + b];
            if (prev == Double.NEGATIVE_INFINITY) {
              continue;
            }
            double s = prev + p[(a * c + b) * c + y];
            if (s > best) {
              second = best;
              best = s;
              arg = a;
            } else if (s > second) {
              second = s;
            }
          }
          int state = b * c + y;
          next[state] = best;
          back[t][state] = arg;
          lead[t][state] = best - second;
        }
      }
      double[] swap = score;
      score = next;
      next = swap;
    }
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    int state = -1;
    for (int s = 0; s < states; s++) {
      if (score[s] > best) {
        second = best;
        best = score[s];
        state = s;
      } else if (score[s] > second) {
        second = score[s];
      }
    }
    if (state < 0 || Double.isNaN(best) || !(best - second > margin)) {
      return Optional.empty();
    }
    int[] labels = new int[n];
    for (int t = n - 1; t >= 0; t--) {
      if (!(lead[t][state] > margin)) {
        return Optional.empty();
      }
      labels[t] = state % c;
      state = back[t][state] * c + state / c;
    }
    return Optional.of(labels);
  }
}
