package org.crosscheck.english;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Unit tests run without the 474 MB model jar (Surefire leaves it off the class path; the ITs keep it): a test
 * that needs the models belongs in an IT. CoreNLP's code stays available.
 */
class UnitTestClassPathTest {

  @Test
  void hasCoreNlpButNotTheEnglishModels() throws ClassNotFoundException {
    ClassLoader cl = getClass().getClassLoader();
    assertThat(Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP", false, cl)).isNotNull();
    assertThat(cl.getResource("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger")).isNull();
  }
}
