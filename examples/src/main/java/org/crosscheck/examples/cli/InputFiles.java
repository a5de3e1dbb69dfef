package org.crosscheck.examples.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line's input walker ({@code Inputs}) for other programs of the examples, such as the Spark job: the
 * articles that {@code crosscheck extract} and {@code analyze} read for the same paths, under the same ids and in
 * the same order, and the bundled samples. Stateless and thread-safe; the values are immutable.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * An article file found by the walker.
   *
   * @param id the article id the command line gives it ({@code 2024/12/02/index.html})
   * @param name how messages name it (the path as found)
   * @param path the file
   */
  public record Found(String id, String name, Path path) {
    public Found {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(path, "path");
    }
  }

  /**
   * What a walk found.
   *
   * @param files the articles to read, in the command line's order
   * @param skipped paths that cannot be read, each with its reason ({@code "a.txt: permission denied"})
   * @param notes paths left out on purpose (this tool's reports, a file reached twice, files that are not articles
   *     by their name)
   */
  public record Listing(List<Found> files, List<String> skipped, List<String> notes) {
    public Listing {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
      notes = List.copyOf(notes);
    }
  }

  /**
   * A bundled sample article.
   *
   * @param id its id, the file name without extension ({@code 003_308198e8ac050b6b})
   * @param name its file name, the article's source
   * @param text its content
   */
  public record Sample(String id, String name, String text) {
    public Sample {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(text, "text");
    }
  }

  /** Walks files and directories as the command line does (standard input, {@code -}, is not read here). */
  public static Listing walk(List<Path> paths) {
    requireNonNull(paths, "paths");
    Inputs.Selection s = Inputs.walk(paths.stream().filter(p -> !p.toString().equals(Inputs.STDIN)).toList());
    return new Listing(s.inputs().stream().map(i -> new Found(i.id(), i.name(), i.path().orElseThrow())).toList(),
        s.skipped().stream().map(Inputs.Skipped::toString).toList(), s.notes());
  }

  /**
   * Whether the walker reads a file it finds in a folder: {@code .txt}, {@code .html}, {@code .htm} and
   * extension-less names. Hidden names (starting with a dot) are left out before this rule.
   */
  public static boolean isArticleName(String fileName) {
    return Inputs.isArticleName(requireNonNull(fileName, "fileName"));
  }

  /** A name or id as the command line cleans it: without bidi and zero-width controls, other controls as '?'. */
  public static String clean(String name) {
    return Names.clean(requireNonNull(name, "name"));
  }

  /** The five bundled sample articles, in the order {@code crosscheck analyze} reads them with no paths. */
  public static List<Sample> samples() {
    return Inputs.samples().stream().map(i -> new Sample(i.id(), i.name(), i.readResource())).toList();
  }
}
