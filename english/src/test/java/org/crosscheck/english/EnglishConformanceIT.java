package org.crosscheck.english;

import org.crosscheck.Language;
import org.crosscheck.Stance;
import org.crosscheck.spi.LanguageSupportConformance;

class EnglishConformanceIT extends LanguageSupportConformance {

  @Override
  protected Language language() {
    return Language.ENGLISH;
  }

  @Override
  protected String artifactId() {
    return "crosscheck-english";
  }

  @Override
  protected String referenceText() {
    return "Kremlin spokesman Dmitry Peskov said on Monday that Russia would continue to back Syrian President "
        + "Bashar al-Assad.";
  }

  @Override
  protected String referenceActor() {
    return "RUS";
  }

  @Override
  protected String referenceTarget() {
    return "bashar-al-assad";
  }

  @Override
  protected Stance referenceStance() {
    return Stance.SUPPORT;
  }

  @Override
  protected String textWithoutClaims() {
    return "The weather in the region was mild this week.\nMarkets were quiet and traffic was light on Tuesday.";
  }

  @Override
  protected String filler() {
    return "and the";
  }
}
