package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostsTest {

  @Test
  void theTitleOfAPostToFillIsNoTarget() {
    assertThat(Readings.claims("posts-title")).noneMatch(c -> c.contains("President") || c.contains("Lebanon"));
  }
}
