package org.crosscheck.spi;

import java.util.List;

/**
 * A sentence (or a piece of one) as a language module annotated it: at least its tokens, with offsets in the
 * article text. Modules add what their rules read (a dependency graph, a tree, named-entity tags). Instances are
 * read by one thread at a time.
 */
public interface SentenceView {

  /** The tokens, in order; never empty. */
  List<Token> tokens();

  /** Offset of the first character in the article text. */
  default int start() {
    return tokens().get(0).begin();
  }

  /** Offset after the last character in the article text. */
  default int end() {
    return tokens().get(tokens().size() - 1).end();
  }
}
