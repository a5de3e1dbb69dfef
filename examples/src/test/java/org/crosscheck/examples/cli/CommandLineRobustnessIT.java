package org.crosscheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestClaims.claim;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.Claim;
import org.crosscheck.Language;
import org.crosscheck.Stance;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceReport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line under hostile input and hostile surroundings: pipes, unreadable folders, a full disk, odd
 * encodings and file names, a foreign locale, too little heap, broken catalog files. Each test stands for a defect
 * found by trying the tool; the in-process runs share one JVM (and its CoreNLP pipelines), the runs that need a real
 * process (standard output, the manifest, the heap, another user) start {@code target/crosscheck.jar}.
 */
class CommandLineRobustnessIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String EN = "Russia backs Syria\nThe Kremlin said on Monday that Russia would continue to support "
      + "the Syrian government.\n";
  static final String AR = "روسيا تدعم سوريا\nقال الكرملين يوم الاثنين إن روسيا ستواصل دعم الحكومة السورية.\n";

  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CrosscheckCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** Runs the built jar in its own JVM; {@code prefix} runs it through another program (setpriv). */
  static Run jar(List<String> jvm, List<String> prefix, File stdout, String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-jar");
    cmd.add(Path.of("target", "crosscheck.jar").toAbsolutePath().toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Path out = Files.createTempFile("crosscheck-out", ".txt");
    Path err = Files.createTempFile("crosscheck-err", ".txt");
    pb.redirectOutput(stdout != null ? stdout : out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the process ends").isTrue();
    Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  static Run jar(String... args) throws IOException, InterruptedException {
    return jar(List.of(), List.of(), null, null, args);
  }

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static int count(String haystack, String needle) {
    return haystack.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void skipsANamedPipeAmongTheInputsInsteadOfHanging() throws Exception {
    write("in/a.txt", EN);
    TestFiles.mkfifo(dir.resolve("in/b.txt"));
    TestFiles.mkfifo(dir.resolve("named.txt"));
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> run("extract", "--format", "json",
        dir.resolve("in").toString(), dir.resolve("named.txt").toString()));
    assertThat(r.exit()).as(r.err()).isEqualTo(CrosscheckCli.SOME_FAILED);
    assertThat(r.err()).contains("skipped " + dir.resolve("in/b.txt") + ": a named pipe: not a regular file",
        "skipped " + dir.resolve("named.txt") + ": a named pipe: not a regular file");
    assertThat(JSON.readTree(r.out()).get("articles")).hasSize(1);
  }

  @Test
  void readsTheRestWhenASubdirectoryOrAFileIsUnreadable() throws Exception {
    write("ok.txt", EN);
    write("locked/inside.txt", AR);
    write("secret.txt", AR);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(dir.resolve("secret.txt"), PosixFilePermissions.fromString("---------"));
    try {
      boolean root = !TestFiles.permissionsBind(dir.resolve("locked"));
      // As root, permission bits bind nobody: the tool then runs as user "nobody", for whom they do.
      Run r = jar(List.of(), root ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
          : List.of(), null, null, "parse", "--format", "json", dir.toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(CrosscheckCli.SOME_FAILED);
      assertThat(r.err()).contains("skipped " + dir.resolve("locked") + ": permission denied",
          "skipped " + dir.resolve("secret.txt") + ": permission denied").doesNotContain("Exception");
      assertThat(JSON.readTree(r.out()).get("articles")).singleElement()
          .satisfies(a -> assertThat(a.get("id").asText()).isEqualTo("ok.txt"));
    } finally {
      Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void failsWithAMessageWhenStandardOutputOrTheOutputFileCannotBeWritten() throws Exception {
    Path a = write("a.txt", EN);
    Run r = jar(List.of(), List.of(), new File("/dev/full"), null, "parse", a.toString());
    assertThat(r.exit()).isEqualTo(CrosscheckCli.OUTPUT_FAILED);
    assertThat(r.err()).contains("cannot write to standard output", "No space left on device");
    Run file = run("analyze", "--output", "/dev/full", a.toString());
    assertThat(file.exit()).isEqualTo(CrosscheckCli.OUTPUT_FAILED);
    assertThat(file.err()).contains("cannot write /dev/full");
    try (PrintWriter full = new PrintWriter(new FileOutputStream("/dev/full"))) {
      int exit = CrosscheckCli.run(full, new PrintWriter(new StringWriter()), "parse", a.toString());
      assertThat(exit).isEqualTo(CrosscheckCli.OUTPUT_FAILED);
    }
  }

  @Test
  void writesAnHtmlReportWhoseOutletHasAnEmojiWhereLabelsAreCut() throws IOException {
    // The timeline labels "outlet · language · date" are cut at 24 characters: here inside the emoji.
    write("a.html", "<!DOCTYPE html><html><head><meta property=\"og:site_name\" content=\"ABCDEFGHIJKLMNOPQRSTUV"
        + "\uD83E\uDD8A Times\"><title>Russia backs Syria</title></head><body><article><h1>Russia backs Syria</h1><p>"
        + "The Kremlin said on Monday that Russia would continue to support the Syrian government.</p></article>"
        + "</body></html>");
    Path report = dir.resolve("out/report.html");
    Files.createDirectories(report.getParent());
    Run r = run("analyze", "--format", "html", "--output", report.toString(), dir.resolve("a.html").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    // Two marks: the headline's claim and the body's, both from the same outlet.
    assertThat(Jsoup.parse(html).select("g.mark text").eachText()).hasSize(2).allSatisfy(label -> assertThat(label)
        .startsWith("ABCDEFGHIJKLMNOPQRSTUV").endsWith("…").doesNotContain("\uFFFD", "?"));
  }

  @Test
  void refusesAnOutputFolderThatDoesNotExistBeforeReadingAnything() throws IOException {
    write("a.txt", EN);
    Run r = run("analyze", "--output", dir.resolve("missing/report.html").toString(), dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--output", dir.resolve("missing") + ": no such folder")
        .doesNotContain("articles (");
    Path readOnly = Files.createDirectories(dir.resolve("readonly"));
    Run notADir = run("analyze", "--output", dir.resolve("a.txt/report.html").toString(), dir.toString());
    assertThat(notADir.exit()).isEqualTo(2);
    assertThat(notADir.err()).contains(dir.resolve("a.txt") + ": not a folder");
    Run aDir = run("analyze", "--output", readOnly.toString(), dir.toString());
    assertThat(aDir.exit()).isEqualTo(2);
    assertThat(aDir.err()).contains(readOnly + ": a folder, not a file");
  }

  @Test
  void exitsWith3AndSaysSoWhenAFolderHoldsNoArticle() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run r = run("analyze", empty.toString());
    assertThat(r.exit()).isEqualTo(CrosscheckCli.ALL_FAILED);
    assertThat(r.err()).contains("nothing to read: no article file in " + empty);
    write("photos/a.jpg", "not an article");
    Run photos = run("extract", dir.resolve("photos").toString());
    assertThat(photos.exit()).isEqualTo(CrosscheckCli.ALL_FAILED);
    assertThat(photos.err()).contains("1 file was left out", "nothing to read");
  }

  @Test
  void readsUtf16FilesWithAByteOrderMark() throws IOException {
    byte[] body = AR.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Path f = Files.write(dir.resolve("utf16.txt"), bytes);
    Run r = run("parse", "--format", "json", f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).get("articles").get(0).get("title").asText()).isEqualTo("روسيا تدعم سوريا");
  }

  @Test
  void extractAcceptsTheArticlesParseAcceptsAndBothTakeMaxChars() throws IOException {
    // 1.06 million characters: above the extractor's own default of 1 MiB, below the parser's 2 MiB. Sentences
    // that hold no claim keep the CoreNLP work to the light pass.
    StringBuilder b = new StringBuilder(EN);
    while (b.length() < 1_060_000) {
      b.append("Fields and rivers stretch beyond the old stone bridge near the quiet village. ");
    }
    b.append('\n');
    Path big = write("big.txt", b.toString());
    Run r = run("extract", "--format", "json", big.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).get("articles")).hasSize(1);
    Run small = run("extract", "--max-chars", "100000", big.toString());
    assertThat(small.exit()).isEqualTo(CrosscheckCli.ALL_FAILED);
    assertThat(small.err()).contains("big.txt", "--max-chars");
    assertThat(run("parse", "--max-chars", "100000", big.toString()).err()).contains("--max-chars");
  }

  @Test
  void leavesItsOwnReportOutWhenItIsWrittenIntoTheFolderItReads() throws IOException {
    write("a.txt", EN);
    Run first = run("analyze", "--format", "html", "--output", dir.resolve("report.html").toString(),
        dir.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    Run text = run("analyze", "--output", dir.resolve("report.txt").toString(), dir.toString());
    assertThat(text.exit()).as(text.err()).isZero();
    Run again = run("parse", "--format", "json", dir.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(JSON.readTree(again.out()).get("articles")).hasSize(1);
    assertThat(again.err()).contains(dir.resolve("report.html") + " is a Crosscheck HTML report",
        dir.resolve("report.txt") + " is a Crosscheck analysis report");
  }

  @Test
  void stripsBidiControlsOfFileNamesFromEveryOutput() throws IOException {
    write("evil\u202Etxt.exe.txt", EN);
    write("evil\u2067empty.txt", "");
    for (String format : List.of("text", "json")) {
      Run r = run("parse", "--format", format, dir.toString());
      assertThat(r.out() + r.err()).as(format).doesNotContain("\u202E", "\u2067").contains("eviltxt.exe.txt");
    }
    Run r = run("extract", "--format", "jsonl", dir.toString());
    assertThat(r.out() + r.err()).doesNotContain("\u202E", "\u2067").contains("eviltxt.exe.txt", "evilempty.txt");
  }

  @Test
  void readsStandardInputForADash() throws IOException {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(AR.getBytes(StandardCharsets.UTF_8)));
      Run r = run("parse", "--format", "json", "-");
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode a = JSON.readTree(r.out()).get("articles").get(0);
      assertThat(a.get("id").asText()).matches("stdin:[0-9a-f]{16}");
      assertThat(a.get("source").asText()).isEqualTo("stdin");
      assertThat(a.get("title").asText()).isEqualTo("روسيا تدعم سوريا");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void printsLatinDigitsUnderAnArabicLocale() throws IOException {
    Path a = write("a.txt", EN);
    Locale before = Locale.getDefault();
    Run rootParse = run("parse", a.toString());
    Run rootExtract = run("extract", a.toString());
    Run rootActors = run("actors", "--lang", "ar", "قال المتحدث باسم الكرملين دميتري بيسكوف");
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(String.format("%d", 12)).as("the JVM formats Arabic-Indic digits in this locale").isEqualTo("١٢");
      assertThat(run("parse", a.toString())).isEqualTo(rootParse);
      Run extract = run("extract", a.toString());
      assertThat(extract.out()).isEqualTo(rootExtract.out());
      // Two claims: the headline's ("Russia backs Syria") and the body's.
      assertThat(extract.err()).matches("(?s)crosscheck: 1 articles \\(0 failed\\), 2 claims, [0-9.]+ s, [0-9.]+ "
          + "articles/s, [0-9]+ tokens/s\\R");
      assertThat(run("actors", "--lang", "ar", "قال المتحدث باسم الكرملين دميتري بيسكوف")).isEqualTo(rootActors);
    } finally {
      Locale.setDefault(before);
    }
    assertThat(rootParse.out()).contains("paragraphs: 1");
  }

  @Test
  void printsThePomVersionFromTheJarManifest() throws Exception {
    Run r = jar("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).isEqualTo("crosscheck " + System.getProperty("crosscheck.version"));
  }

  @Test
  void namesAFileOnceInEachMessage() throws IOException {
    write("a.txt", EN);
    write("empty.txt", "  \n");
    write("binary.txt", "a\u0000b");
    Run r = run("parse", dir.toString());
    assertThat(r.exit()).isEqualTo(CrosscheckCli.SOME_FAILED);
    List<String> lines = r.err().lines().filter(l -> l.contains("empty.txt") || l.contains("binary.txt")).toList();
    assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(count(l, ".txt")).as(l).isEqualTo(1));
  }

  @Test
  void givesFilesOfTheSameNameInDifferentFoldersDifferentIds() throws IOException {
    write("2024/12/02/index.txt", EN);
    write("2024/12/03/index.txt", AR);
    Run r = run("parse", "--format", "json", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> ids = new ArrayList<>();
    JSON.readTree(r.out()).get("articles").forEach(a -> ids.add(a.get("id").asText()));
    assertThat(ids).containsExactly("2024/12/02/index.txt", "2024/12/03/index.txt");
  }

  @Test
  void terminatesOnASymbolicLinkLoopAndReportsItOnce() throws Exception {
    write("sub/a.txt", EN);
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("parse", dir.toString()));
    assertThat(r.exit()).isEqualTo(CrosscheckCli.SOME_FAILED);
    assertThat(count(r.err(), "sub/loop")).isEqualTo(1);
    assertThat(r.err()).contains("sub/loop: a symbolic link loop");
    assertThat(r.out()).contains("sub/a.txt");
  }

  @Test
  void saysHowMuchHeapToGiveWhenMemoryRunsOut() throws Exception {
    Path a = write("a.txt", EN);
    Run r = jar(List.of("-Xmx48m"), List.of(), null, null, "extract", a.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(CrosscheckCli.ALL_FAILED);
    assertThat(r.err()).contains("out of memory", "-Xmx").doesNotContain("\tat ");
  }

  @Test
  void streamsJsonLinesWithATypeOnEachLine() throws IOException {
    write("a.txt", EN);
    write("b.txt", AR);
    Run r = run("analyze", "--format", "jsonl", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> types = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      JsonNode n = JSON.readTree(line);
      types.add(n.get("type").asText());
      if (n.get("type").asText().equals("claim")) {
        assertThat(n.has("actor") && n.has("stance") && n.has("evidence")).isTrue();
      }
    }
    assertThat(types).startsWith("article").contains("claim");
    Run e = run("extract", "--format", "jsonl", dir.toString());
    assertThat(e.out().lines().map(l -> {
      try {
        return JSON.readTree(l).get("type").asText();
      } catch (IOException x) {
        throw new AssertionError(l, x);
      }
    }).distinct().toList()).containsExactly("article", "claim");
  }

  @Test
  void refusesBrokenCatalogFilesWithTheLineAndTheReason() throws IOException {
    String ok = "{\"id\":\"jane-roe\",\"kind\":\"PERSON\",\"names\":{\"en\":[\"Jane Roe\"]}}";
    List<String[]> cases = List.of(
        new String[] {ok + " trailing", "2: trailing"},
        new String[] {"{\"id\":\"a\",\"id\":\"b\",\"kind\":\"PERSON\",\"names\":{\"en\":[\"A\"]}}", "2: duplicate"},
        new String[] {"{\"id\":\"a\",\"kind\":\"PERSON\",\"names\":{\"en\":[\"A\"]},\"memberOf\":[{\"id\":\"RUS\","
            + "\"holds\":\"yes\"}]}", "2: field 'holds' must be true or false"},
        new String[] {"{\"id\":\"a\",\"kind\":\"PERSON\",\"names\":{\"en\":[\"A\"]},\"memberOf\":[{\"id\":\"b\"}]}\n"
            + "{\"id\":\"b\",\"kind\":\"PERSON\",\"names\":{\"en\":[\"B\"]},\"memberOf\":[{\"id\":\"a\"}]}",
            "memberOf cycle: a → b → a"},
        new String[] {"{\"id\":\"a\",\"kind\":\"PERSON\",\"names\":{\"en\":[\"" + "A".repeat(2_000_000) + "\"]}}",
            "2: the line is longer than"});
    for (String[] c : cases) {
      Path f = write("catalog.jsonl", ok + "\n" + c[0] + "\n");
      Run r = run("actors", "--catalog", f.toString(), "Jane Roe met Moscow");
      assertThat(r.exit()).as(c[1]).isEqualTo(2);
      assertThat(r.err()).as(c[1]).contains(f + ":").contains(c[1]);
    }
    byte[] latin1 = (ok + "\n{\"id\":\"caf\u00e9\",\"kind\":\"PERSON\",\"names\":{\"en\":[\"Caf\u00e9\"]}}\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    Path f = Files.write(dir.resolve("latin1.jsonl"), latin1);
    Run r = run("actors", "--catalog", f.toString(), "Jane Roe");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(f + ":2: not valid UTF-8");
    Path good = write("good.jsonl", ok + "\n");
    Run found = run("actors", "--catalog", good.toString(), "Jane Roe met Moscow");
    assertThat(found.exit()).as(found.err()).isZero();
    assertThat(found.out()).contains("jane-roe");
  }

  @Test
  void keepsCharactersWholeWhereExplanationsCutEvidence() throws IOException {
    // Explanations quote at most 240 characters of the evidence: the emoji straddles the cut.
    String sentence = "Russia will keep backing the Syrian government" + ".".repeat(190) + "\uD83E\uDD8A" + " and more"
        + " words follow here to make the sentence longer than the excerpt.";
    Claim a = claim("a#1").article("a", Language.ENGLISH, "Outlet A").by("RUS").toward("SYR")
        .stance(Stance.SUPPORT, "backing").on("2024-12-02").sentence(sentence).build();
    Claim b = claim("b#1").article("b", Language.ENGLISH, "Outlet B").by("RUS").toward("SYR")
        .stance(Stance.OPPOSE, "condemned").on("2024-12-03").sentence(sentence.replace("keep backing",
            "condemn")).build();
    StanceReport report = StanceComparator.create().compare(List.of(a, b));
    assertThat(report.conflicts()).isNotEmpty();
    Matcher lone = Pattern.compile("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]")
        .matcher(report.conflicts().get(0).explanation());
    assertThat(lone.find()).as("a lone surrogate in the explanation").isFalse();
    Path out = dir.resolve("report.html");
    Files.writeString(out, HtmlReport.render(List.of(), report), StandardCharsets.UTF_8);
    assertThat(Files.readString(out)).contains("\uD83E\uDD8A");
  }
}
