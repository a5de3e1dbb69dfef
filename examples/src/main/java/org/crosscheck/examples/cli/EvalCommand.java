package org.crosscheck.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.Actor;
import org.crosscheck.ActorCatalog;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Language;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck eval}: measures extraction and conflict detection on labelled development sets. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures accuracy on labelled cases.",
    subcommands = {EvalCommand.Claims.class, EvalCommand.Conflicts.class})
final class EvalCommand {

  private static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> readJsonLines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A named pipe would block the open forever; the cases come from a file.
      throw new IOException(Names.clean(file.toString()) + ": " + FileKinds.describe(file) + ", not a regular file");
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new IOException(file + ":" + n + ": not valid JSON: " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  /** One sentence as an article of the given language. */
  static Optional<Article> article(ArticleParser parser, String id, String text, Language language,
      Optional<String> outlet) {
    try {
      Article a = parser.parse(text);
      return Optional.of(new Article(id, id, a.title(), outlet, a.published(), a.publishedTime(), language,
          a.text(), a.paragraphs(), a.warnings()));
    } catch (CrosscheckException e) {
      return Optional.empty();
    }
  }

  static <T, R> List<R> parallel(List<T> items, int threads, java.util.function.Function<T, R> f) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<R>> fs = new ArrayList<>();
      for (T t : items) {
        fs.add(pool.submit(() -> f.apply(t)));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> x : fs) {
        out.add(x.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** What both eval verbs share: the file of cases, the output format, the threads, and how the result is printed. */
  abstract static class Verb implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @Mixin
    ThreadsOption threads;

    @Parameters(paramLabel = "FILE", description = "a JSON Lines file of labelled cases")
    Path file;

    /** Prints the metrics as one JSON object, or as the text table {@code table} writes. */
    void print(ObjectNode metrics, java.util.function.Consumer<java.io.PrintWriter> table) throws IOException {
      var out = spec.commandLine().getOut();
      if (format == Format.JSON) {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(metrics));
      } else {
        table.accept(out);
      }
      out.flush();
    }
  }

  /** {@code eval claims}: actor-found and target-found rates, stance accuracy and macro-F1. */
  @Command(name = "claims", mixinStandardHelpOptions = true,
      description = "Reads *.claims.jsonl ({\"id\",\"language\",\"text\",\"actor\":{\"text\",\"code\"},"
          + "\"target\":{…}|null,\"stance\"}) and prints cases, actor-found rate, target-found rate, stance accuracy "
          + "on found cases and macro-F1 over SUPPORT and OPPOSE.")
  static final class Claims extends Verb {

    /** One case's result; {@code claims} renders what was extracted, for the list of misses. */
    record Outcome(String id, boolean actor, boolean hasTarget, boolean target, String gold, String predicted,
        List<String> claims) {
      Outcome {
        claims = List.copyOf(claims);
      }

      boolean missed() {
        return !actor || hasTarget && !target || !gold.equals(predicted);
      }
    }

    @Option(names = "--misses", description = "also list each case whose actor, target or stance was missed, with "
        + "the claims extracted from it (for error analysis)")
    boolean misses;

    @Override
    public Integer call() throws IOException {
      List<JsonNode> cases = readJsonLines(file);
      ArticleParser parser = ArticleParser.create();
      ClaimExtractor extractor = ClaimExtractor.create();
      ActorCatalog catalog = ActorCatalog.defaultCatalog();
      List<Outcome> outcomes = parallel(cases, threads.get(), c -> evaluate(c, parser, extractor, catalog));
      int n = outcomes.size();
      int actorFound = 0;
      int withTarget = 0;
      int targetFound = 0;
      int correct = 0;
      for (Outcome o : outcomes) {
        actorFound += o.actor() ? 1 : 0;
        withTarget += o.hasTarget() ? 1 : 0;
        targetFound += o.hasTarget() && o.target() ? 1 : 0;
        correct += o.actor() && o.gold().equals(o.predicted()) ? 1 : 0;
      }
      double f1 = 0;
      int classes = 0;
      for (String cls : List.of("SUPPORT", "OPPOSE")) {
        long tp = outcomes.stream().filter(o -> cls.equals(o.predicted()) && cls.equals(o.gold())).count();
        long pp = outcomes.stream().filter(o -> cls.equals(o.predicted())).count();
        long gp = outcomes.stream().filter(o -> cls.equals(o.gold())).count();
        if (gp == 0) {
          continue;
        }
        classes++;
        double p = pp == 0 ? 0 : tp / (double) pp;
        double r = tp / (double) gp;
        f1 += p + r == 0 ? 0 : 2 * p * r / (p + r);
      }
      double macro = classes == 0 ? 0 : f1 / classes;
      ObjectNode o = JSON.createObjectNode();
      o.put("cases", n);
      o.put("actorFound", round(n == 0 ? 0 : actorFound / (double) n));
      o.put("targetFound", round(withTarget == 0 ? 0 : targetFound / (double) withTarget));
      o.put("stanceAccuracy", round(actorFound == 0 ? 0 : correct / (double) actorFound));
      o.put("macroF1", round(macro));
      if (misses) {
        var list = o.putArray("misses");
        for (Outcome m : outcomes) {
          if (m.missed()) {
            var e = list.addObject();
            e.put("id", m.id());
            e.put("actor", m.actor());
            e.put("target", !m.hasTarget() || m.target());
            e.put("gold", m.gold());
            e.put("predicted", m.predicted());
            m.claims().forEach(e.putArray("claims")::add);
          }
        }
      }
      int found = actorFound;
      int targets = withTarget;
      int targetHits = targetFound;
      int right = correct;
      double mf1 = macro;
      print(o, out -> {
        out.printf(Locale.ROOT, "%-28s %s%n", "file", file);
        out.printf(Locale.ROOT, "%-28s %d%n", "cases", n);
        out.printf(Locale.ROOT, "%-28s %.3f (%d of %d)%n", "actor found", o.get("actorFound").asDouble(), found, n);
        out.printf(Locale.ROOT, "%-28s %.3f (%d of %d with a target)%n", "target found",
            o.get("targetFound").asDouble(), targetHits, targets);
        out.printf(Locale.ROOT, "%-28s %.3f (%d of %d found)%n", "stance accuracy (found)",
            o.get("stanceAccuracy").asDouble(), right, found);
        out.printf(Locale.ROOT, "%-28s %.3f%n", "macro-F1 (SUPPORT, OPPOSE)", mf1);
        if (misses) {
          for (Outcome m : outcomes) {
            if (m.missed()) {
              out.printf(Locale.ROOT, "miss %s actor=%s target=%s stance=%s/%s claims=%s%n", m.id(),
                  m.actor() ? "found" : "missed", !m.hasTarget() ? "none" : m.target() ? "found" : "missed",
                  m.gold(), m.predicted(), m.claims());
            }
          }
        }
      });
      return 0;
    }

    private Outcome evaluate(JsonNode c, ArticleParser parser, ClaimExtractor extractor, ActorCatalog catalog) {
      String gold = c.path("stance").asText();
      JsonNode ga = c.path("actor");
      JsonNode gt = c.path("target");
      boolean hasTarget = gt != null && !gt.isNull() && !gt.isMissingNode();
      Language lang = Language.of(c.path("language").asText("en"));
      String id = c.path("id").asText("case");
      Optional<Article> a = article(parser, id, c.path("text").asText(), lang,
          Optional.empty());
      if (a.isEmpty() || !extractor.languages().contains(lang)) {
        return new Outcome(id, false, hasTarget, false, gold, "NONE", List.of());
      }
      List<Claim> claims;
      try {
        claims = extractor.extract(a.get()).claims();
      } catch (CrosscheckException e) {
        return new Outcome(id, false, hasTarget, false, gold, "NONE", List.of("error: " + e.getMessage()));
      }
      Claim best = null;
      double bestScore = -1;
      boolean bestActor = false;
      boolean bestTarget = false;
      for (Claim cl : claims) {
        boolean am = matches(cl.actor(), ga, catalog) || cl.speaker().map(s -> matches(s, ga, catalog)).orElse(false)
            && cl.actor().isAnonymous();
        boolean tm = hasTarget && cl.target().map(t -> matches(t, gt, catalog)).orElse(false);
        double score = (am ? 2 : 0) + (tm ? 1 : 0) + cl.confidence() / 10;
        if (am && score > bestScore) {
          best = cl;
          bestScore = score;
          bestActor = true;
          bestTarget = tm;
        }
      }
      boolean anyTarget = hasTarget && claims.stream().anyMatch(cl -> cl.target()
          .map(t -> matches(t, gt, catalog)).orElse(false));
      List<String> rendered = claims.stream().map(cl -> cl.actor().mention() + " -" + cl.stance() + "-> "
          + cl.target().map(ActorRef::mention).orElse("-")).toList();
      return new Outcome(id, bestActor, hasTarget, bestTarget || anyTarget, gold,
          best == null ? "NONE" : best.stance().name(), rendered);
    }
  }

  /** Whether a claim's actor reference matches a gold actor {"text","code"}: by words or by country code. */
  static boolean matches(ActorRef ref, JsonNode gold, ActorCatalog catalog) {
    String text = fold(gold.path("text").asText(""));
    String code = gold.path("code").asText("");
    String mention = fold(ref.mention());
    String name = fold(ref.name());
    if (!text.isEmpty() && (mention.contains(text) || text.contains(mention) && mention.length() >= 3
        || name.contains(text) || text.contains(name) && name.length() >= 3
        || wordsWithin(text, mention) || wordsWithin(text, name))) {
      return true;
    }
    org.crosscheck.ActorId typed = ref.typedId();
    if (code.length() >= 3 && !(typed instanceof org.crosscheck.ActorId.AdHoc)) {
      String id = typed instanceof org.crosscheck.ActorId.Anonymous anon ? anon.affiliation().orElse(ref.id())
          : ref.id();
      for (String x : catalog.chain(id, Optional.empty())) {
        Optional<Actor> a = catalog.actor(x);
        if (a.isPresent() && a.get().cameo().map(cm -> cm.startsWith(code.substring(0, 3))).orElse(false)
            && a.get().kind() != ActorKind.MEDIA) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether every word of a gold span of two words or more is a word of the mention: annotators' spans sometimes give
   * a name's words out of order ("التركي الجيش" for "الجيش التركي").
   */
  private static boolean wordsWithin(String gold, String mention) {
    List<String> g = List.of(gold.split(" "));
    return g.size() > 1 && !mention.isEmpty() && List.of(mention.split(" ")).containsAll(g);
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** {@code eval conflicts}: precision, recall and F1 of predicted conflicts between two texts. */
  @Command(name = "conflicts", mixinStandardHelpOptions = true,
      description = "Reads *.conflicts.jsonl ({\"id\",\"language\",\"a\",\"b\",\"conflict\"}): each pair as two "
          + "articles from different sources; a conflict of any kind but AGREEMENT between them is a predicted "
          + "conflict. Prints cases, precision, recall and F1 of conflict=true.")
  static final class Conflicts extends Verb {

    @Override
    public Integer call() throws IOException {
      List<JsonNode> cases = readJsonLines(file);
      ArticleParser parser = ArticleParser.create();
      ClaimExtractor extractor = ClaimExtractor.create();
      StanceComparator comparator = StanceComparator.create();
      List<boolean[]> results = parallel(cases, threads.get(),
          c -> new boolean[] {c.path("conflict").asBoolean(), predict(c, parser, extractor, comparator)});
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (boolean[] r : results) {
        tp += r[0] && r[1] ? 1 : 0;
        fp += !r[0] && r[1] ? 1 : 0;
        fn += r[0] && !r[1] ? 1 : 0;
      }
      double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      ObjectNode o = JSON.createObjectNode();
      o.put("cases", results.size());
      o.put("precision", round(p));
      o.put("recall", round(r));
      o.put("f1", round(f1));
      int truePos = tp;
      int predicted = tp + fp;
      int positives = tp + fn;
      double precision = p;
      double recall = r;
      double score = f1;
      print(o, out -> out.printf(Locale.ROOT, "%-12s %s%n%-12s %d%n%-12s %.3f (%d of %d predicted)%n"
          + "%-12s %.3f (%d of %d)%n%-12s %.3f%n", "file", file, "cases", results.size(), "precision", precision,
          truePos, predicted, "recall", recall, truePos, positives, "F1", score));
      return 0;
    }

    private boolean predict(JsonNode c, ArticleParser parser, ClaimExtractor extractor,
        StanceComparator comparator) {
      Language lang = Language.of(c.path("language").asText("ar"));
      String id = c.path("id").asText("case");
      Optional<Article> a = article(parser, id + "-a", c.path("a").asText(), lang, Optional.of("source A"));
      Optional<Article> b = article(parser, id + "-b", c.path("b").asText(), lang, Optional.of("source B"));
      if (a.isEmpty() || b.isEmpty() || !extractor.languages().contains(lang)) {
        return false;
      }
      List<Claim> claims = new ArrayList<>();
      try {
        claims.addAll(extractor.extract(a.get()).claims());
        claims.addAll(extractor.extract(b.get()).claims());
      } catch (CrosscheckException e) {
        return false;
      }
      StanceReport report = comparator.compare(claims);
      for (StanceConflict x : report.conflicts()) {
        boolean fromA = x.claims().stream().anyMatch(cl -> cl.article().equals(a.get().id()));
        boolean fromB = x.claims().stream().anyMatch(cl -> cl.article().equals(b.get().id()));
        if (fromA && fromB) {
          return true;
        }
      }
      return false;
    }
  }

}
