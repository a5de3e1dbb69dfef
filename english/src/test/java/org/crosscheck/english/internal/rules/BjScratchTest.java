package org.crosscheck.english.internal.rules;

import org.junit.jupiter.api.Test;

class BjScratchTest {
  @Test
  void print() {
    for (String id : System.getProperty("bj.ids", "").split(",")) {
      if (!id.isBlank()) {
        System.out.println("BJ " + id + " " + Readings.claims(id));
      }
    }
  }
}
