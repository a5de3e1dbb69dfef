package org.crosscheck.examples.cli;

import com.google.common.collect.LinkedHashMultiset;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimaps;
import com.google.common.collect.Multiset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Claim;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import org.crosscheck.Timeline;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Renders a {@link StanceReport} as one self-contained HTML page: inline CSS and SVG, no script, no external URL.
 * On top one block per disputed (holder, target), strongest first ({@link Disputes}): its sides (claims, outlets and
 * languages per stance), its conflicts, each with both evidence sentences (Arabic right to left, with an English
 * gloss of actor, target and stance), outlets, dates, voices, anonymity and the explanation, then its SVG timeline:
 * one mark per claim placed by date, coloured by stance, shaped by modality, labelled by outlet and language,
 * conflicts joined by a line. Below, the timelines of the other (holder, target) pairs, the agreements and the
 * articles. Laid out for 1280 px and for print.
 */
final class HtmlReport {

  private HtmlReport() {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private static final String CSS = """
      :root { --support: #1b7f3b; --oppose: #b3261e; --neutral: #6b6b6b; --ink: #1d1d1f; --muted: #5f6368;
              --line: #d9d9de; --card: #fafafa; }
      * { box-sizing: border-box; }
      body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif;
             color: var(--ink); margin: 0 auto; max-width: 1240px; padding: 24px 20px 48px; }
      h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 32px 0 12px;
      border-bottom: 2px solid var(--ink); padding-bottom: 4px; } h3 { font-size: 17px; margin: 20px 0 8px; }
      .summary { color: var(--muted); margin-bottom: 12px; }
      table.articles { border-collapse: collapse; width: 100%; font-size: 13px; }
      table.articles th, table.articles td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: start;
      vertical-align: top; }
      .dispute { margin: 0 0 28px; } table.sides { border-collapse: collapse; font-size: 13px; margin: 4px 0 12px; }
      table.sides th, table.sides td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: start; }
      .conflict { border: 1px solid var(--line); border-radius: 8px; background: var(--card); padding: 12px 16px;
                  margin: 0 0 16px; page-break-inside: avoid; }
      .conflict header { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
      .kind { font-weight: 700; font-size: 12px; letter-spacing: .04em; padding: 2px 8px; border-radius: 10px;
              background: #e8e8ee; }
      .kind.CONTRADICTION { background: #fde2df; } .kind.REVERSAL { background: #fff0c2; }
      .kind.HEDGE_MISMATCH { background: #e3ecff; } .kind.AGREEMENT { background: #dff3e4; }
      .score { color: var(--muted); font-size: 13px; }
      .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin-top: 10px; }
      .claim { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
      .stance { font-weight: 700; } .stance.SUPPORT { color: var(--support); } .stance.OPPOSE { color: var(--oppose); }
      .stance.NEUTRAL { color: var(--neutral); }
      .meta { color: var(--muted); font-size: 13px; }
      .anon { font-size: 12px; font-weight: 700; color: #8a4b00; }
      blockquote { margin: 6px 0; padding: 6px 10px; border-inline-start: 3px solid var(--line); background: #fcfcfd; }
      blockquote[dir=rtl] { font-size: 17px; line-height: 1.7; }
      .gloss { font-size: 13px; color: var(--ink); } .gloss b { font-weight: 600; }
      .explanation { margin-top: 8px; font-size: 14px; }
      .timeline { margin: 6px 0 18px; } .timeline svg { width: 100%; height: auto; display: block; }
      .legend { font-size: 13px; color: var(--muted); display: flex; gap: 18px; flex-wrap: wrap; }
      .legend svg { vertical-align: middle; }
      @media print { body { max-width: none; padding: 0; font-size: 11pt; } .conflict { break-inside: avoid; }
                     h2 { break-after: avoid; } a { color: inherit; text-decoration: none; } }
      """;

  static String render(List<ArticleSummary> articles, StanceReport report) {
    Map<String, ArticleSummary> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // Marks the page as this tool's, so that a report saved among the articles is not read as one.
        .append(OwnOutput.GENERATOR).append(' ').append(esc(Version.get())).append("\">\n")
        .append("<title>Crosscheck report</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    List<Disputes.Dispute> disputes = Disputes.of(report);
    h.append("<h1>Crosscheck report</h1>\n<p class=\"summary\">").append(report.conflicts().size())
        .append(" conflicts in ").append(disputes.size()).append(disputes.size() == 1 ? " dispute" : " disputes")
        .append(" and ").append(report.agreements().size()).append(" agreements in ")
        .append(report.claims().size()).append(" claims from ").append(articles.size()).append(" articles (")
        .append(languages(articles)).append(").</p>\n");

    Map<String, Claim> claims = report.claimsById();
    h.append("<section id=\"conflicts\">\n<h2>Disputes</h2>\n");
    if (disputes.isEmpty()) {
      h.append("<p>No conflicting stances were found.</p>\n");
    } else {
      legend(h);
    }
    for (Disputes.Dispute d : disputes) {
      dispute(h, d, byId, claims);
    }
    h.append("</section>\n");

    List<Timeline> quiet = Disputes.quiet(report);
    if (!quiet.isEmpty()) {
      h.append("<section id=\"timelines\">\n<h2>").append(disputes.isEmpty() ? "Stance timelines"
          : "Other stance timelines").append("</h2>\n");
      legend(h);
      ListMultimap<String, Timeline> byHolder = Multimaps.index(quiet, t -> t.holder().id());
      for (List<Timeline> ts : Multimaps.asMap(byHolder).values()) {
        h.append("<div class=\"holder\" data-holder=\"").append(esc(ts.get(0).holder().id())).append("\">\n<h3>")
            .append(esc(ts.get(0).holder().name())).append("</h3>\n");
        for (Timeline t : ts) {
          timeline(h, t, claims, List.of());
        }
        h.append("</div>\n");
      }
      h.append("</section>\n");
    }

    if (!report.agreements().isEmpty()) {
      h.append("<section id=\"agreements\">\n<h2>Agreements</h2>\n");
      for (StanceConflict a : report.agreements()) {
        conflict(h, a, byId);
      }
      h.append("</section>\n");
    }

    h.append("<section id=\"articles\">\n<h2>Articles</h2>\n<table class=\"articles\">\n<thead><tr><th>id</th>")
        .append("<th>title</th><th>outlet</th><th>published</th><th>language</th></tr></thead>\n<tbody>\n");
    for (ArticleSummary a : articles) {
      boolean rtl = a.language().isRightToLeft();
      h.append("<tr><td>").append(esc(a.id())).append("</td><td").append(rtl ? " dir=\"rtl\" lang=\"" + a.language()
          .code() + "\"" : "").append('>').append(esc(a.title())).append("</td><td").append(rtl ? " dir=\"rtl\"" : "")
          .append('>').append(esc(a.outlet().orElse("—"))).append("</td><td>")
          .append(a.published().map(DAY::format).orElse("—")).append("</td><td>")
          .append(esc(a.language().displayName())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
    h.append("<footer class=\"meta\"><p>Generated by Crosscheck. Marks: colour is the stance, shape the modality; a")
        .append(" line joins two claims in conflict.</p></footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String languages(List<ArticleSummary> articles) {
    Multiset<String> n = LinkedHashMultiset.create();
    articles.forEach(a -> n.add(a.language().displayName()));
    return String.join(", ", n.entrySet().stream().map(e -> e.getCount() + " " + e.getElement()).toList());
  }

  /** One disputed (holder, target): its sides, its conflicts, its timeline. */
  private static void dispute(StringBuilder h, Disputes.Dispute d, Map<String, ArticleSummary> articles,
      Map<String, Claim> claims) {
    h.append("<section class=\"dispute\" id=\"").append(esc(d.anchor())).append("\" data-holder=\"")
        .append(esc(d.holder().id())).append("\" data-target=\"").append(esc(d.target().id())).append("\">\n<h3>")
        .append(esc(d.holder().name())).append(" → ").append(esc(d.target().name())).append(" <span class=\"score\">")
        .append(d.conflicts().size()).append(d.conflicts().size() == 1 ? " conflict" : " conflicts")
        .append("</span></h3>\n<table class=\"sides\">\n<thead><tr><th>stance</th><th>claims</th><th>outlets</th>")
        .append("<th>languages</th></tr></thead>\n<tbody>\n");
    for (Disputes.Side side : d.sides()) {
      List<String> outlets = new ArrayList<>(side.outlets().stream().map(o -> "<bdi>" + esc(o) + "</bdi>").toList());
      if (side.unnamedOutlets() > 0) {
        outlets.add(side.unnamedOutlets() + (side.unnamedOutlets() == 1 ? " article" : " articles")
            + " without an outlet");
      }
      h.append("<tr data-stance=\"").append(side.stance()).append("\"><td><span class=\"stance ")
          .append(side.stance()).append("\">").append(side.stance()).append("</span></td><td>").append(side.claims())
          .append("</td><td>").append(side.outlets().size()).append(": ").append(String.join(", ", outlets))
          .append("</td><td>").append(esc(String.join(", ", side.languages().stream()
              .map(org.crosscheck.Language::displayName).toList()))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    for (StanceConflict c : d.conflicts()) {
      conflict(h, c, articles);
    }
    d.timeline().ifPresent(t -> timeline(h, t, claims, d.conflicts()));
    h.append("</section>\n");
  }

  private static void conflict(StringBuilder h, StanceConflict c, Map<String, ArticleSummary> articles) {
    h.append("<article class=\"conflict\" id=\"").append(esc(c.id())).append("\" data-kind=\"").append(c.kind())
        .append("\">\n<header><span class=\"kind ").append(c.kind()).append("\">").append(c.kind().name()
            .replace('_', ' ')).append("</span> <strong>").append(esc(c.holder().name())).append(" → ")
        .append(esc(c.target().name())).append("</strong> <span class=\"score\">score ")
        .append(String.format(Locale.ROOT, "%.2f", c.score())).append(" · ").append(esc(c.id())).append("</span>");
    if (c.kinds().size() > 1) {
      h.append(" <span class=\"score\">also ").append(String.join(", ", c.kinds().subList(1, c.kinds().size())
          .stream().map(k -> k.name().replace('_', ' ')).toList())).append("</span>");
    }
    h.append("</header>\n<div class=\"pair\">\n");
    for (Claim x : c.claims()) {
      claim(h, x, articles.get(x.article()));
    }
    h.append("</div>\n<p class=\"explanation\">").append(isolateRtl(esc(c.explanation()))).append("</p>\n");
    if (!c.corroborations().isEmpty()) {
      h.append("<p class=\"meta\">Corroborated by ").append(esc(String.join(", ", c.corroborations().stream()
          .map(Claim::id).toList()))).append(" (repeats of the same report).</p>\n");
    }
    h.append("</article>\n");
  }

  private static void claim(StringBuilder h, Claim c, ArticleSummary a) {
    boolean rtl = c.language().isRightToLeft();
    h.append("<div class=\"claim\" data-claim=\"").append(esc(c.id())).append("\">\n<div><span class=\"stance ")
        .append(c.stance()).append("\">").append(c.stance()).append("</span>");
    if (c.negated()) {
      h.append(c.stanceText().substring(c.stance().name().length()));
    }
    if (c.modality() != Modality.ASSERTED) {
      h.append(" · ").append(c.modality().name().toLowerCase(Locale.ROOT));
    }
    if (c.attribution().anonymous()) {
      h.append(" <span class=\"anon\">ANONYMOUS SOURCE</span>");
    }
    h.append("</div>\n<div class=\"meta\">").append(esc(c.voice().name()));
    if (!c.voice().mention().equalsIgnoreCase(c.voice().name())) {
      h.append(" (<span").append(rtl ? " dir=\"rtl\" lang=\"" + c.language().code() + "\"" : "").append('>')
          .append(esc(c.voice().mention())).append("</span>)");
    }
    List<String> agencies = c.attribution().agencies();
    if (!agencies.isEmpty()) {
      h.append(" via ").append(esc(String.join(", ", agencies)));
    }
    h.append(" · ").append(c.outlet().map(o -> "<span" + (rtl ? " dir=\"rtl\"" : "") + ">" + esc(o) + "</span>")
        .orElse("outlet not shown")).append(" · ").append(c.date().map(DAY::format)
            .orElse(c.dateText().map(t -> "\u201C" + esc(t) + "\u201D, no year").orElse("undated")))
        .append(" · ").append(esc(c.language().displayName()));
    if (a != null && !a.title().isEmpty()) {
      h.append("<br><span").append(rtl ? " dir=\"rtl\" lang=\"" + c.language().code() + "\"" : "").append(">")
          .append(esc(a.title())).append("</span>");
    }
    h.append("</div>\n<blockquote").append(rtl ? " dir=\"rtl\" lang=\"" + c.language().code() + "\"" : " lang=\""
        + c.language().code() + "\"").append('>').append(esc(c.evidence().text())).append("</blockquote>\n");
    h.append("<div class=\"gloss\">").append(rtl ? "English gloss: " : "").append("<b>").append(esc(c.actor().name()))
        .append("</b> → <b>").append(esc(c.target().map(t -> t.name()).orElse("(no target)"))).append("</b>: ")
        .append(c.stanceText()).append(", cue \u201C").append("<span")
        .append(rtl ? " dir=\"rtl\"" : "").append('>').append(esc(c.cue())).append("</span>\u201D</div>\n</div>\n");
  }

  private static void legend(StringBuilder h) {
    h.append("<div class=\"legend\">");
    for (Stance s : Stance.values()) {
      h.append("<span><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"6\" fill=\"")
          .append(color(s)).append("\"/></svg> ").append(s.name().toLowerCase(Locale.ROOT)).append("</span>");
    }
    for (Modality m : Modality.values()) {
      h.append("<span><svg width=\"14\" height=\"14\" aria-hidden=\"true\">").append(shape(m, 7, 7, "#777"))
          .append("</svg> ").append(m.name().toLowerCase(Locale.ROOT)).append("</span>");
    }
    h.append("<span><svg width=\"24\" height=\"14\" aria-hidden=\"true\"><line x1=\"2\" y1=\"7\" x2=\"22\" y2=\"7\" ")
        .append("stroke=\"#b3261e\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/></svg> conflict</span></div>\n");
  }

  private static void timeline(StringBuilder h, Timeline t, Map<String, Claim> claims, List<StanceConflict> all) {
    int width = 1200;
    int left = 150;
    int right = 40;
    int undatedLane = 150;
    List<Timeline.Entry> entries = t.entries();
    LocalDate min = null;
    LocalDate max = null;
    for (Timeline.Entry e : entries) {
      if (e.date().isPresent()) {
        LocalDate d = e.date().get();
        min = min == null || d.isBefore(min) ? d : min;
        max = max == null || d.isAfter(max) ? d : max;
      }
    }
    boolean anyUndated = entries.stream().anyMatch(e -> e.date().isEmpty());
    int axisEnd = width - right - (anyUndated ? undatedLane : 0);
    int rows = Math.max(1, entries.size());
    int height = 56 + rows * 26;
    Map<String, int[]> pos = new HashMap<>();
    h.append("<div class=\"timeline\" data-target=\"").append(esc(t.target().id())).append("\">\n<svg viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(esc(t.holder().name() + " toward " + t.target().name())).append("\">\n");
    h.append("<text x=\"0\" y=\"20\" font-size=\"14\" font-weight=\"600\">").append(esc("→ " + t.target().name()))
        .append("</text>\n");
    int axisY = height - 22;
    h.append("<line x1=\"").append(left).append("\" y1=\"").append(axisY).append("\" x2=\"").append(axisEnd)
        .append("\" y2=\"").append(axisY).append("\" stroke=\"#999\"/>\n");
    long span = min == null ? 0 : Math.max(1, ChronoUnit.DAYS.between(min, max));
    if (min != null) {
      h.append(tick(left, axisY, min)).append(min.equals(max) ? "" : tick(axisEnd, axisY, max));
    }
    if (anyUndated) {
      h.append("<text x=\"").append(axisEnd + 80).append("\" y=\"").append(axisY + 16)
          .append("\" font-size=\"11\" fill=\"#666\" text-anchor=\"middle\">undated</text>\n");
    }
    int row = 0;
    for (Timeline.Entry e : entries) {
      int x;
      if (e.date().isPresent()) {
        x = min.equals(max) ? (left + axisEnd) / 2
            : left + (int) Math.round((axisEnd - left) * ChronoUnit.DAYS.between(min, e.date().get()) / (double) span);
      } else {
        x = axisEnd + 80;
      }
      int y = 40 + row * 26;
      row++;
      pos.put(e.claim(), new int[] {x, y});
      Claim c = claims.get(e.claim());
      String label = e.outlet().orElse("no outlet") + " · " + e.language().code()
          + e.date().map(d -> " · " + d).orElse("");
      h.append("<g class=\"mark\" data-claim=\"").append(esc(e.claim())).append("\"><title>")
          .append(esc(e.claim() + ": " + e.stance() + ", " + e.modality().name().toLowerCase(Locale.ROOT)
              + (c == null ? "" : " — " + c.voice().name())))
          .append("</title>").append(shape(e.modality(), x, y, color(e.stance())))
          // Right-to-left labels are anchored at the gutter's right edge, left-to-right ones at its left edge.
          .append("<text x=\"").append(e.language().isRightToLeft() ? left - 12 : 4).append("\" y=\"")
          .append(y + 4).append("\" font-size=\"11\" fill=\"#444\"").append(e.language().isRightToLeft()
              ? " direction=\"rtl\" unicode-bidi=\"embed\"" : "").append(">")
          .append(esc(truncate(label, 24))).append("</text></g>\n");
      h.append("<line x1=\"").append(left - 6).append("\" y1=\"").append(y).append("\" x2=\"").append(x - 8)
          .append("\" y2=\"").append(y).append("\" stroke=\"#eee\"/>\n");
    }
    for (StanceConflict c : all) {
      if (!c.holder().id().equals(t.holder().id()) || !c.target().id().equals(t.target().id())) {
        continue;
      }
      int[] a = pos.get(c.claims().get(0).id());
      int[] b = pos.get(c.claims().get(1).id());
      if (a != null && b != null) {
        h.append("<line class=\"conflict-link\" data-conflict=\"").append(esc(c.id())).append("\" x1=\"")
            .append(a[0]).append("\" y1=\"").append(a[1]).append("\" x2=\"").append(b[0]).append("\" y2=\"")
            .append(b[1]).append("\" stroke=\"#b3261e\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>\n");
      }
    }
    h.append("</svg>\n</div>\n");
  }

  private static String tick(int x, int y, LocalDate d) {
    return "<line x1=\"" + x + "\" y1=\"" + (y - 4) + "\" x2=\"" + x + "\" y2=\"" + (y + 4)
        + "\" stroke=\"#999\"/><text x=\"" + x + "\" y=\"" + (y + 16) + "\" font-size=\"11\" text-anchor=\"middle\""
        + " fill=\"#666\">" + DAY.format(d) + "</text>\n";
  }

  private static String shape(Modality m, int x, int y, String fill) {
    return switch (m) {
      case ASSERTED -> "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"6\" fill=\"" + fill + "\"/>";
      case HEDGED -> "<polygon points=\"" + x + "," + (y - 7) + " " + (x + 7) + "," + y + " " + x + "," + (y + 7)
          + " " + (x - 7) + "," + y + "\" fill=\"" + fill + "\"/>";
      case CONDITIONAL -> "<rect x=\"" + (x - 6) + "\" y=\"" + (y - 6) + "\" width=\"12\" height=\"12\" fill=\""
          + fill + "\"/>";
      case FUTURE -> "<polygon points=\"" + x + "," + (y - 7) + " " + (x + 7) + "," + (y + 6) + " " + (x - 7) + ","
          + (y + 6) + "\" fill=\"" + fill + "\"/>";
    };
  }

  private static String color(Stance s) {
    return switch (s) {
      case SUPPORT -> "#1b7f3b";
      case OPPOSE -> "#b3261e";
      case NEUTRAL -> "#6b6b6b";
    };
  }

  /** At most {@code n} code points, the last an ellipsis when cut: an emoji is never split in two. */
  static String truncate(String s, int n) {
    return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n - 1)) + "…";
  }

  /**
   * XML 1.0 escaping, valid in HTML and in the inline SVG alike: quotes and apostrophes escaped for attributes,
   * and characters no page may hold (C0 controls, unpaired surrogates) removed rather than passed on.
   */
  private static String esc(String s) {
    return StringEscapeUtils.escapeXml10(s);
  }

  private static final java.util.regex.Pattern RTL_RUN = java.util.regex.Pattern.compile(
      "[\\u0590-\\u08FF][\\u0590-\\u08FF\\s\\d\"'.,:;!?()\\-\u060C\u061B\u061F]*[\\u0590-\\u08FF]|[\\u0590-\\u08FF]");

  /** Wraps right-to-left runs inside English text in {@code <bdi>} so that punctuation around them stays put. */
  static String isolateRtl(String escaped) {
    return RTL_RUN.matcher(escaped).replaceAll(m -> "<bdi dir=\"rtl\">" + java.util.regex.Matcher.quoteReplacement(
        m.group()) + "</bdi>");
  }

}
