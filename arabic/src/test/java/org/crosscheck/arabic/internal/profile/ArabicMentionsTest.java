package org.crosscheck.arabic.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorCatalog;
import org.crosscheck.Affiliation;
import org.crosscheck.Language;
import org.crosscheck.Mention;
import org.junit.jupiter.api.Test;

/** Arabic mentions composed with the Arabic mention grammar ({@code mentions.tsv}) and actor names. */
class ArabicMentionsTest {

  private static final ActorCatalog CATALOG = ActorCatalog.defaultCatalog();
  private static final Optional<LocalDate> DEC_5 = Optional.of(LocalDate.of(2024, 12, 5));

  private static List<Mention> find(String text) {
    return CATALOG.findMentions(text, Language.ARABIC, DEC_5);
  }

  private static Mention only(String text) {
    List<Mention> ms = find(text);
    assertThat(ms).as("mentions in %s", text).hasSize(1);
    return ms.get(0);
  }

  @Test
  void composesADemonymAfterItsAgentNoun() {
    Mention m = only("المسؤولين الروس");
    assertThat(m.text()).isEqualTo("المسؤولين الروس");
    assertThat(m.actor().id()).isEqualTo("RUSGOV");
  }

  @Test
  void liftsASourceCloseToTheKremlinToRussiaAndNamesItInArabic() {
    Mention m = only("مصدر مقرب من الكرملين");
    assertThat(m.isAnonymous()).isTrue();
    assertThat(m.actor().memberOf()).extracting(Affiliation::actor).containsExactly("RUSGOV");
    assertThat(m.actor().name(Language.ARABIC)).contains("مصدر مقرب من الحكومة الروسية");
  }

  @Test
  void readsSourcesQualifiedAfterTheirNoun() {
    assertThat(only("مصادر مطلعة").actor().id()).isEqualTo("anon:unaffiliated");
    assertThat(only("مصادر مطلعة").text()).isEqualTo("مصادر مطلعة");
    assertThat(only("مصادر مطلعة").actor().name(Language.ARABIC)).contains("مصدر لم يسم");
    assertThat(only("أوساط روسية").actor().id()).isEqualTo("anon:RUS");
    assertThat(only("مصدر دبلوماسي روسي").actor().id()).isEqualTo("anon:RUSGOV");
    assertThat(only("مصادر مقربة من الحكومة السورية").actor().id()).isEqualTo("anon:SYRGOV");
  }

  @Test
  void keepsArabicNamesTheCatalogLacksAfterATitle() {
    Mention m = only("نائب وزير الخارجية الروسي ألكسندر غروشكو، إن");
    assertThat(m.actor().isAdHoc()).isTrue();
    assertThat(m.actor().name()).isEqualTo("ألكسندر غروشكو");
    assertThat(m.chain()).endsWith("RUSGOV", "RUS");
    assertThat(only("قال المتحدث باسم الجيش الروسي إيغور كوناشينكوف إن").actor().name())
        .isEqualTo("إيغور كوناشينكوف");
  }

  @Test
  void readsNoDefiniteWordAsAName() {
    // "الكسندر" with a bare alef reads as definite: not a name.
    assertThat(find("نائب وزير الخارجية الروسي الكسندر غروشكو، إن")).extracting(m -> m.actor().isAdHoc())
        .containsOnly(false);
  }

  @Test
  void readsFormerBetweenATitleAndItsName() {
    Mention m = only("الرئيس السوري السابق بشار الأسد");
    assertThat(m.actor().id()).isEqualTo("bashar-al-assad");
    assertThat(m.title()).map(Actor::id).contains("president-of-syria");
  }

  @Test
  void namesACountrysSectorInArabic() {
    assertThat(CATALOG.actor("MLTREB").orElseThrow().name(Language.ARABIC)).contains("المسلحون المعارضون (مالطا)");
  }

  @Test
  void theSecurityCouncilWithoutItsAdjectiveIsTheUnsAndANationalOneKeepsItsName() {
    assertThat(only("بقرار مجلس الأمن بشأن").actor().id()).isEqualTo("un-security-council");
    assertThat(only("مجلس الأمن القومي الأمريكي").actor().id()).isEqualTo("us-national-security-council");
  }

  @Test
  void theEuropeanParliamentIsTheEusAndTheEgyptianAdjectiveNamesNoCourt() {
    // PETRARCH codes "برلمان أوروبي" as a bare IGO, the OPCW here; "مصري" is one of its names of the German judiciary.
    assertThat(only("أدان البرلمان الأوروبي القرار").actor().id()).isEqualTo("european-union");
    assertThat(find("تدعم المبادرة المصرية للحل"))
        .noneMatch(m -> m.actor().id().equals("DEUJUD"));
  }

  @Test
  void aBareDemonymNamesNoBodyOfItsState() {
    // PETRARCH files "فرنسي" under France's armed forces and "سوري" under Syria's intelligence.
    assertThat(find("ترحب بالمبادرة الفرنسية للحل")).noneMatch(m -> m.actor().id().equals("FRAMIL"));
    assertThat(find("ترفض تسليح الجيش السوري")).noneMatch(m -> m.actor().id().equals("SYRSPY"));
  }
}
