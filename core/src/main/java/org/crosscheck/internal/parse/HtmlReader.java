package org.crosscheck.internal.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.crosscheck.internal.text.Alternation;
import org.crosscheck.internal.text.DateFinder;
import org.crosscheck.spi.Vocabulary;

/**
 * Reads an HTML page with jsoup: the title, outlet and date from the page's metadata ({@code og:title},
 * {@code <title>}, {@code og:site_name}, {@code article:published_time}, {@code <time datetime>}, JSON-LD
 * {@code datePublished}), and the body from {@code <article>}, {@code <main>} or the page, without navigation,
 * scripts, comments and share blocks, one line per block element, so that the text rules of
 * {@link TextArticleReader} apply to what is left.
 */
final class HtmlReader {

  private HtmlReader() {}

  record Page(String lines, TextArticleReader.Hints hints) {}

  private static final String NOISE = "script, style, noscript, template, svg, canvas, iframe, form, button, input, "
      + "select, textarea, nav, header, footer, aside, figure figcaption, [aria-hidden=true], [role=navigation], "
      + "[role=banner], [role=contentinfo], [hidden]";
  private static final Pattern NOISE_CLASS = noiseClasses();
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final Pattern LD_PUBLISHER = Pattern.compile(
      "\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{2,80})\"");

  /** Class and id words of furniture elements, from {@code noise-classes.tsv}: share bars, menus, widgets. */
  private static Pattern noiseClasses() {
    String words = Alternation.of(Vocabulary.words(HtmlReader.class, "noise-classes.tsv"));
    return Pattern.compile("(?i)(^|[\\s_-])(" + words + ")($|[\\s_-])");
  }

  /** Reads a page; {@code dates} reads the publication date of its metadata. */
  static Page read(String html, String baseUri, DateFinder dates) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    Optional<String> title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"),
        Optional.of(doc.title()).map(HtmlReader::stripSiteSuffix), text(doc.selectFirst("h1")));
    Optional<String> outlet = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"),
        ldMatch(doc, LD_PUBLISHER), siteSuffix(doc.title()));
    Optional<String> dateRaw = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "og:published_time"),
        meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "date"), meta(doc, "dc.date"),
        attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
        attr(doc.selectFirst("[itemprop=datePublished]"), "datetime"),
        attr(doc.selectFirst("time[datetime]"), "datetime"), ldMatch(doc, LD_DATE));
    Optional<LocalDate> date = Optional.empty();
    Optional<LocalTime> time = Optional.empty();
    if (dateRaw.isPresent()) {
      for (DateFinder.Match m : dates.find(dateRaw.get(), 0, dateRaw.get().length(), null)) {
        if (m.kind() == DateFinder.Kind.FULL) {
          date = m.date();
          time = m.time();
          break;
        }
      }
    }

    Element root = firstNonNull(doc.selectFirst("article [itemprop=articleBody]"),
        doc.selectFirst("[itemprop=articleBody]"), doc.selectFirst("article"), doc.selectFirst("main"),
        doc.selectFirst("[role=main]"), doc.body());
    StringBuilder out = new StringBuilder();
    if (root != null) {
      Element body = root.clone();
      body.select(NOISE).remove();
      for (Element e : body.select("*")) {
        String cls = e.className() + " " + e.id();
        if (!cls.isBlank() && NOISE_CLASS.matcher(cls).find() && e.parent() != null) {
          e.remove();
        }
      }
      collect(body, out);
    }
    String lines = out.toString();
    return new Page(lines, new TextArticleReader.Hints(title, outlet, date, time));
  }

  /** One line per block element; text of inline elements joins the block it sits in. Comments are not text. */
  private static void collect(Element root, StringBuilder out) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.text());
        } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          out.append('\n');
        }
      }
    }, root);
  }

  private static Optional<String> meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return attr(e, "content");
  }

  private static Optional<String> attr(Element e, String name) {
    if (e == null) {
      return Optional.empty();
    }
    String v = e.attr(name).strip();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private static Optional<String> text(Element e) {
    return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
  }

  private static Optional<String> ldMatch(Document doc, Pattern p) {
    Elements scripts = doc.select("script[type=application/ld+json]");
    for (Element s : scripts) {
      String data = s.data();
      if (data.length() > 200_000) {
        data = data.substring(0, 200_000);
      }
      Matcher m = p.matcher(data);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static final Pattern SITE_SEP = Pattern.compile("\\s+[|–—-]\\s+");

  private static String stripSiteSuffix(String title) {
    String[] parts = SITE_SEP.split(title);
    return parts.length > 1 && parts[parts.length - 1].length() < parts[0].length() ? title.substring(0,
        title.length() - parts[parts.length - 1].length()).replaceAll("\\s+[|–—-]\\s+$", "").strip() : title;
  }

  private static Optional<String> siteSuffix(String title) {
    String[] parts = SITE_SEP.split(title);
    if (parts.length > 1 && parts[parts.length - 1].length() < parts[0].length()
        && parts[parts.length - 1].split("\\s+").length <= 5) {
      return Optional.of(parts[parts.length - 1].strip());
    }
    return Optional.empty();
  }

  @SafeVarargs
  private static Optional<String> firstNonBlank(Optional<String>... options) {
    for (Optional<String> o : options) {
      if (o.isPresent() && !o.get().isBlank()) {
        return Optional.of(o.get().strip());
      }
    }
    return Optional.empty();
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
