package org.crosscheck.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The inputs of a command: files, directories (their article files, sorted), or the bundled samples. */
final class Inputs {

  private Inputs() {}

  /** One input: a name for messages and a way to read it. */
  record Input(String name, Path path, String resource) {
    boolean isResource() {
      return resource != null;
    }

    String readResource() {
      try (InputStream in = Inputs.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled sample " + resource);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final String SAMPLES = "/org/crosscheck/examples/samples/";

  /** The five sample articles bundled with the examples (two Arabic, three English, December 2024). */
  static List<Input> samples() {
    List<Input> out = new ArrayList<>();
    try (InputStream in = Inputs.class.getResourceAsStream(SAMPLES + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("the bundled samples are missing");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(new Input(line.strip(), null, SAMPLES + line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Expands files and directories; no paths means the bundled samples when {@code samplesWhenEmpty}. */
  static List<Input> of(List<Path> paths, boolean samplesWhenEmpty) {
    if (paths == null || paths.isEmpty()) {
      return samplesWhenEmpty ? samples() : List.of();
    }
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(Inputs::isArticleFile).sorted()
              .forEach(f -> out.add(new Input(p.relativize(f).toString().isEmpty() ? f.toString()
                  : f.toString(), f, null)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
        }
      } else {
        out.add(new Input(p.toString(), p, null));
      }
    }
    return out;
  }

  private static boolean isArticleFile(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm")
        || !n.contains("."));
  }
}
