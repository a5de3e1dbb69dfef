package org.crosscheck.examples.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.crosscheck.examples.cli.InputFiles;

/**
 * Articles made from the bundled samples for the equality test, written to a folder tree: actors and places swapped
 * for others the catalog knows, paragraphs shuffled or dropped, the month moved, some as HTML pages named
 * {@code index.html} in folders of their own (one file name, many ids). Seeded: the same count gives the same
 * files. Also a few files that no command reads (empty, binary) and some that the walker leaves out (hidden, not an
 * article by its name).
 */
final class Variants {

  private Variants() {}

  /** Names swapped pairwise, English and Arabic: all are in the catalog, so swaps make other groups. */
  private static final String[][] SWAPS = {
      {"Russia", "Turkey"}, {"Russian", "Turkish"}, {"Moscow", "Ankara"}, {"Kremlin", "White House"},
      {"Syria", "Iraq"}, {"Syrian", "Iraqi"}, {"Damascus", "Baghdad"}, {"Ukraine", "Georgia"},
      {"روسيا", "تركيا"}, {"الروسية", "التركية"}, {"موسكو", "أنقرة"}, {"سوريا", "العراق"}, {"السوري", "العراقي"},
      {"دمشق", "بغداد"}, {"الكرملين", "البيت الأبيض"}};

  private static final String[][] MONTHS = {{"December", "October"}, {"December", "March"},
      {"كانون الأول", "تشرين الأول"}, {"ديسمبر", "أكتوبر"}};

  /** Writes {@code perSample} variants of each sample, and the files no command reads; returns the count written. */
  static int write(Path dir, int perSample) throws IOException {
    List<InputFiles.Sample> samples = InputFiles.samples();
    int n = 0;
    for (InputFiles.Sample s : samples) {
      for (int v = 0; v < perSample; v++) {
        Random r = new Random(31L * n + 7);
        String text = variant(s.text(), r);
        Path file = r.nextInt(5) == 0
            ? dir.resolve("site-" + n).resolve("index.html")
            : dir.resolve("batch-" + (n % 7)).resolve(s.id()).resolve("v" + v + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, file.toString().endsWith(".html") ? html(text) : text, StandardCharsets.UTF_8);
        n++;
      }
    }
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(broken.resolve("empty.txt"), "");
    Files.write(broken.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 0, 9});
    Files.writeString(broken.resolve(".draft.txt"), "hidden: left out");
    Files.writeString(broken.resolve("notes.pdf"), "not an article by its name");
    return n;
  }

  private static String variant(String text, Random r) {
    String t = text;
    for (String[] swap : SWAPS) {
      if (r.nextInt(3) == 0) {
        t = t.replace(swap[0], "\u0000").replace(swap[1], swap[0]).replace("\u0000", swap[1]);
      }
    }
    if (r.nextInt(3) == 0) {
      String[] month = MONTHS[r.nextInt(MONTHS.length)];
      t = t.replace(month[0], month[1]);
    }
    List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
    // The first lines hold the title and the date: the body below them is shuffled or thinned.
    int head = Math.min(4, lines.size());
    List<String> body = new ArrayList<>(lines.subList(head, lines.size()));
    if (r.nextBoolean()) {
      Collections.shuffle(body, r);
    }
    if (body.size() > 3 && r.nextInt(3) == 0) {
      body.remove(r.nextInt(body.size()));
    }
    List<String> out = new ArrayList<>(lines.subList(0, head));
    out.addAll(body);
    return String.join("\n", out);
  }

  private static String html(String text) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><article>\n");
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        b.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
      }
    }
    return b.append("</article></body></html>\n").toString();
  }
}
