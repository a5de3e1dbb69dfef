package org.crosscheck.arabic;

import org.crosscheck.Language;
import org.crosscheck.Stance;
import org.crosscheck.spi.LanguageSupportConformance;

class ArabicConformanceIT extends LanguageSupportConformance {

  @Override
  protected Language language() {
    return Language.ARABIC;
  }

  @Override
  protected String artifactId() {
    return "crosscheck-arabic";
  }

  @Override
  protected String referenceText() {
    return "قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا ستواصل دعم الرئيس السوري بشار الأسد.";
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
    return "كان الطقس معتدلا في المنطقة هذا الأسبوع.\nوكانت الأسواق هادئة يوم الثلاثاء.";
  }

  @Override
  protected String filler() {
    return "في الوقت";
  }
}
