package org.crosscheck.examples.cli;

import java.util.Locale;

/** What to tell a user whose JVM ran out of heap. Stateless. */
final class Memory {

  private Memory() {}

  /**
   * "out of memory reading x.txt: the JVM's maximum heap is 48 MiB; give it more, e.g. java -Xmx2g -jar …". Both
   * languages' models take about 1 GiB; long articles and each extra thread take more.
   *
   * @param what what was being done, or {@code null}
   */
  static String advice(String what) {
    long maxMib = Runtime.getRuntime().maxMemory() >> 20;
    long suggestGib = Math.max(2, (maxMib * 2 + 1023) / 1024);
    return String.format(Locale.ROOT, "out of memory%s: the JVM's maximum heap is %d MiB. Give it more, e.g. "
        + "java -Xmx%dg -jar crosscheck.jar … (the English and Arabic models take about 1 GiB; long articles and "
        + "more --threads take more)", what == null ? "" : " " + what, maxMib, suggestGib);
  }
}
