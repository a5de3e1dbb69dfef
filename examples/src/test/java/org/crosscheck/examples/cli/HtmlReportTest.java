package org.crosscheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestClaims.claim;

import java.util.List;
import org.crosscheck.Claim;
import org.crosscheck.Language;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  static void assertSelfContained(Document doc) {
    for (Element e : doc.select("[src], [href], link, script, iframe, img, object, embed")) {
      String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      assertThat(url).as("no external resource in %s", e.tagName()).doesNotContain("http:", "https:", "//");
    }
    assertThat(doc.select("script, link[rel=stylesheet], iframe")).isEmpty();
    assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
  }

  @Test
  void rendersConflictsEvidenceAndTimelinesWithRightToLeftArabic() {
    Claim en = claim("en#1").article("en", Language.ENGLISH, null).by("RUS").saidBy("dmitry-peskov")
        .toward("bashar-al-assad").stance(Stance.SUPPORT, "continue to back").modality(Modality.FUTURE)
        .on("2024-12-02").sentence("Peskov stated that Russia would continue to back Assad.").build();
    Claim ar = claim("ar#1").article("ar", Language.ARABIC, "بغداد اليوم").by("RUS").anonymousSource()
        .toward("bashar-al-assad").stance(Stance.OPPOSE, "لا خطة لإنقاذ").negated().on("2024-12-06")
        .sentence("لا خطة لدى روسيا لإنقاذ الأسد").build();
    StanceReport report = StanceComparator.create().compare(List.of(en, ar));
    Document doc = Jsoup.parse(HtmlReport.render(List.of(), report));

    assertThat(doc.select("#conflicts article.conflict")).hasSize(report.conflicts().size()).isNotEmpty();
    String id = report.conflicts().get(0).id();
    Element conflict = doc.getElementById(id);
    assertThat(conflict).isNotNull();
    assertThat(conflict.select("div.claim").eachAttr("data-claim")).containsExactly("en#1", "ar#1");
    Element arabic = conflict.selectFirst("div.claim[data-claim=ar#1] blockquote");
    assertThat(arabic.attr("dir")).isEqualTo("rtl");
    assertThat(arabic.attr("lang")).isEqualTo("ar");
    assertThat(arabic.text()).isEqualTo("لا خطة لدى روسيا لإنقاذ الأسد");
    assertThat(conflict.selectFirst("div.claim[data-claim=ar#1] .gloss").text())
        .contains("English gloss", "Russia", "Bashar al-Assad", "OPPOSE");
    assertThat(conflict.select(".anon").text()).contains("ANONYMOUS");
    assertThat(conflict.selectFirst(".explanation").text()).isEqualTo(report.conflicts().get(0).explanation());

    // The dispute leads: its sides, its conflict, its timeline.
    Element russia = doc.selectFirst("#conflicts section.dispute[data-holder=RUS][data-target=syria-assad-government]");
    assertThat(russia).isNotNull();
    assertThat(russia.select("table.sides tr[data-stance]").eachAttr("data-stance"))
        .containsExactly("SUPPORT", "OPPOSE");
    assertThat(russia.selectFirst("tr[data-stance=OPPOSE]").text()).contains("بغداد اليوم", "Arabic");
    assertThat(russia.selectFirst("tr[data-stance=SUPPORT]").text()).contains("1 article without an outlet",
        "English");
    assertThat(russia.select("article.conflict")).hasSize(1);
    assertThat(russia.select("svg g.mark").eachAttr("data-claim")).containsExactlyInAnyOrder("en#1", "ar#1");
    assertThat(russia.select("svg line.conflict-link[data-conflict=" + id + "]")).hasSize(1);
    assertThat(russia.select("svg rect, svg circle, svg polygon")).isNotEmpty();
    assertSelfContained(doc);
  }

  @Test
  void escapesText() {
    Claim evil = claim("x").article("x", Language.ENGLISH, "<script>alert(1)</script>").by("RUS").toward("SYR")
        .stance(Stance.SUPPORT, "<b>").on("2024-12-02").sentence("A <img src=x onerror=alert(1)> sentence.").build();
    Document doc = Jsoup.parse(HtmlReport.render(List.of(), StanceComparator.create().compare(List.of(evil))));
    assertThat(doc.select("script, img")).isEmpty();
  }
}
