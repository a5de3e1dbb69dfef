package org.crosscheck.examples.cli;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.Multimap;
import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.ParseOptions;

/**
 * The one input walker of every command: turns the paths on a command line into the articles to read, each with a
 * stable, unique id, and the paths that cannot be read, each with the reason.
 *
 * <ul>
 *   <li>A directory is walked (symbolic links followed, loops detected and reported, hidden files and folders
 *       left out) for {@code .txt}, {@code .html}, {@code .htm} and extension-less files; other files are counted
 *       in a note. A file named on the command line is read whatever its name.</li>
 *   <li>Only regular files are read: named pipes, devices and sockets are reported and never opened (opening a
 *       pipe blocks until someone writes to it); unreadable files and folders are reported with the system's
 *       reason ("permission denied") and the walk goes on.</li>
 *   <li>{@code -} is standard input, read once.</li>
 *   <li>Reports and documents this tool wrote are recognised and left out with a note.</li>
 *   <li>The same file reached twice (named and inside a folder, or through a link) is read once.</li>
 * </ul>
 *
 * <p>Article ids: for a file found under a directory argument, its path relative to that argument with {@code /}
 * separators ({@code 2024/12/02/index.html}); for a file named directly, its path as given, normalised
 * ({@code ./a.txt} is {@code a.txt}); for standard input {@code stdin:} and the first 16 hex digits of the SHA-256
 * of its bytes; for the bundled samples the file name without extension ({@code 003_308198e8ac050b6b}). When two
 * directory arguments hold the same relative path, both ids are prefixed with their argument ({@code a/x.txt},
 * {@code b/x.txt}); any id still taken gets {@code ~2}, {@code ~3}. Ids and names are cleaned of bidi and control
 * characters ({@link Names}). The same arguments over the same tree give the same ids and the same order: each
 * argument in turn, a directory depth first with each folder's entries sorted by name.
 *
 * <p>Stateless and thread-safe; a {@link Selection} is immutable.
 */
final class Inputs {

  private Inputs() {}

  private static final String SAMPLES = "/org/crosscheck/examples/samples/";

  /** The path that means standard input. */
  static final String STDIN = "-";

  /** Where an input comes from. */
  enum Origin { FILE, STDIN, SAMPLE }

  /**
   * One article to read.
   *
   * @param id the article id (see {@link Inputs})
   * @param name how messages name it: the path as found, {@code (standard input)}, or the sample's file name
   * @param origin where it comes from
   * @param path the file, for {@link Origin#FILE}
   */
  record Input(String id, String name, Origin origin, Optional<Path> path, Optional<String> resource,
      Optional<byte[]> content) {

    Input {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(origin, "origin");
      requireNonNull(path, "path");
      requireNonNull(resource, "resource");
      requireNonNull(content, "content");
    }

    static Input file(String id, String name, Path path) {
      return new Input(id, name, Origin.FILE, Optional.of(path), Optional.empty(), Optional.empty());
    }

    /** Parses this input into an article with this input's id. */
    Article parse(ArticleParser parser) {
      return switch (origin) {
        case FILE -> parser.parse(path.orElseThrow(), id);
        case STDIN -> parser.parse(new ByteArrayInputStream(content.orElseThrow()), id, "stdin");
        case SAMPLE -> {
          try (InputStream in = Inputs.class.getResourceAsStream(resource.orElseThrow())) {
            if (in == null) {
              throw new IllegalStateException("missing bundled sample " + resource.orElseThrow());
            }
            yield parser.parse(in, id, name);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    }

    /** The text of a bundled sample (for tests and benchmarks). */
    String readResource() {
      try (InputStream in = Inputs.class.getResourceAsStream(resource.orElseThrow())) {
        if (in == null) {
          throw new IllegalStateException("missing bundled sample " + resource.orElseThrow());
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A path that is not read, and why ("permission denied", "a named pipe: not a regular file"). */
  record Skipped(String name, String reason) {
    Skipped {
      requireNonNull(name, "name");
      requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return name + ": " + reason;
    }
  }

  /**
   * What a walk found.
   *
   * @param inputs the articles to read, in order
   * @param skipped paths that could not be read: they make a command's exit code 1 (or 3 when nothing is left)
   * @param notes paths left out on purpose (this tool's own reports, a file reached twice, files that are not
   *     articles by their name): worth a line on standard error, not a failure
   */
  record Selection(List<Input> inputs, List<Skipped> skipped, List<String> notes) {
    Selection {
      inputs = List.copyOf(inputs);
      skipped = List.copyOf(skipped);
      notes = List.copyOf(notes);
    }
  }

  /** The five sample articles bundled with the examples (two Arabic, three English, December 2024). */
  static List<Input> samples() {
    ImmutableList.Builder<Input> out = ImmutableList.builder();
    try (InputStream in = Inputs.class.getResourceAsStream(SAMPLES + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("the bundled samples are missing");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty()) {
          out.add(new Input(name.replaceFirst("\\.[^.]+$", ""), name, Origin.SAMPLE, Optional.empty(),
              Optional.of(SAMPLES + name), Optional.empty()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.build();
  }

  /** {@link #walk(List, boolean, int)} without the samples and with the default size limit. */
  static Selection walk(List<Path> paths) {
    return walk(paths, false, ParseOptions.DEFAULT_MAX_CHARS);
  }

  /**
   * Walks the paths.
   *
   * @param samplesWhenEmpty whether no path at all means the bundled samples
   * @param maxChars the parser's limit: standard input is read up to the bytes it allows and one more
   */
  static Selection walk(List<Path> paths, boolean samplesWhenEmpty, int maxChars) {
    if (paths == null || paths.isEmpty()) {
      return new Selection(samplesWhenEmpty ? samples() : List.of(), List.of(), List.of());
    }
    Walk w = new Walk((long) maxChars * 4 + 1);
    for (Path p : paths) {
      w.argument(p);
    }
    return w.finish();
  }

  /** Whether a file found in a folder is an article by its name. */
  static boolean isArticleName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || !n.contains(".");
  }

  /** A file found and the directory argument it was found under, if any. */
  private record Found(Input input, Optional<Path> root, String relative) {}

  /** The state of one walk. Not thread-safe. */
  private static final class Walk {
    private final long maxStdinBytes;
    private final List<Found> found = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Object, String> seen = new HashMap<>();
    private int notArticles;
    private boolean stdinRead;

    Walk(long maxStdinBytes) {
      this.maxStdinBytes = maxStdinBytes;
    }

    void argument(Path p) {
      String name = Names.clean(p.toString());
      if (p.toString().equals(STDIN)) {
        stdin();
        return;
      }
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        skipped.add(new Skipped(name, Files.isSymbolicLink(p) ? "a broken symbolic link"
            : "no such file or directory"));
        return;
      } catch (IOException e) {
        skipped.add(new Skipped(name, reason(e)));
        return;
      }
      if (attrs.isDirectory()) {
        directory(p);
      } else if (attrs.isRegularFile()) {
        candidate(p, attrs, name, Optional.empty(), Names.clean(p.normalize().toString()));
      } else {
        special(p, attrs, name);
      }
    }

    /** A pipe, device or socket: reported once, however often it is reached, and never opened. */
    private void special(Path p, BasicFileAttributes attrs, String name) {
      if (seen.putIfAbsent(key(p, attrs), name) == null) {
        skipped.add(new Skipped(name, FileKinds.describe(p) + ": not a regular file, not opened"));
      }
    }

    private void stdin() {
      if (stdinRead) {
        notes.add("standard input (-) is named twice: read once");
        return;
      }
      stdinRead = true;
      byte[] bytes;
      try {
        bytes = System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxStdinBytes));
      } catch (IOException e) {
        skipped.add(new Skipped("(standard input)", reason(e)));
        return;
      }
      String id = "stdin:" + Hashing.sha256().hashBytes(bytes).toString().substring(0, 16);
      found.add(new Found(new Input(id, "(standard input)", Origin.STDIN, Optional.empty(), Optional.empty(),
          Optional.of(bytes)), Optional.empty(), id));
    }

    private void directory(Path root) {
      List<Object> ancestors = new ArrayList<>();
      try {
        ancestors.add(key(root, Files.readAttributes(root, BasicFileAttributes.class)));
      } catch (IOException e) {
        skipped.add(new Skipped(Names.clean(root.toString()), reason(e)));
        return;
      }
      directory(root, root, ancestors);
    }

    /** Depth first, each folder's entries sorted by name: the same tree always gives the same order. */
    private void directory(Path root, Path dir, List<Object> ancestors) {
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        ds.forEach(entries::add);
      } catch (IOException | DirectoryIteratorException e) {
        IOException io = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
        skipped.add(new Skipped(Names.clean(dir.toString()), reason(io)));
        return;
      }
      entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
      for (Path entry : entries) {
        if (isHidden(entry)) {
          continue;
        }
        String name = Names.clean(entry.toString());
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
          skipped.add(new Skipped(name, Files.isSymbolicLink(entry) ? "a broken symbolic link" : reason(e)));
          continue;
        } catch (IOException e) {
          skipped.add(new Skipped(name, reason(e)));
          continue;
        }
        if (attrs.isDirectory()) {
          Object key = key(entry, attrs);
          if (ancestors.contains(key)) {
            skipped.add(new Skipped(name, reason(new FileSystemLoopException(entry.toString()))));
          } else {
            ancestors.add(key);
            directory(root, entry, ancestors);
            ancestors.remove(ancestors.size() - 1);
          }
        } else if (!attrs.isRegularFile()) {
          special(entry, attrs, name);
        } else if (!isArticleName(entry.getFileName().toString())) {
          notArticles++;
        } else {
          candidate(entry, attrs, name, Optional.of(root), relative(root, entry));
        }
      }
    }

    private void candidate(Path file, BasicFileAttributes attrs, String name, Optional<Path> root, String id) {
      Object key = key(file, attrs);
      String first = seen.putIfAbsent(key, name);
      if (first != null) {
        notes.add(name + " is the same file as " + first + ": read once");
        return;
      }
      // The head tells this tool's own reports apart; reading it also finds files that cannot be opened.
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(OwnOutput.HEAD_BYTES);
      } catch (IOException e) {
        skipped.add(new Skipped(name, reason(e)));
        return;
      }
      String own = OwnOutput.describe(new String(head, StandardCharsets.UTF_8));
      if (own != null) {
        notes.add(name + " is " + own + ", not an article: left out");
        return;
      }
      found.add(new Found(Input.file(id, name, file), root, id));
    }

    Selection finish() {
      if (notArticles > 0) {
        notes.add(notArticles + (notArticles == 1 ? " file was" : " files were") + " left out: only .txt, .html, "
            + ".htm and extension-less files are read from folders (name a file to read it anyway)");
      }
      return new Selection(uniqueIds(), skipped, notes);
    }

    /** Qualifies ids that two directory arguments share with their argument; numbers what is still taken. */
    private List<Input> uniqueIds() {
      Multimap<String, Found> byId = LinkedHashMultimap.create();
      found.forEach(f -> byId.put(f.input().id(), f));
      List<Input> out = new ArrayList<>();
      Set<String> taken = new java.util.HashSet<>();
      for (Found f : found) {
        String id = f.input().id();
        if (byId.get(id).size() > 1 && f.root().isPresent()) {
          id = Names.clean(f.root().get().normalize().toString()) + "/" + f.relative();
        }
        String unique = id;
        for (int n = 2; !taken.add(unique); n++) {
          unique = id + "~" + n;
        }
        Input in = f.input();
        out.add(new Input(unique, in.name(), in.origin(), in.path(), in.resource(), in.content()));
      }
      return out;
    }
  }

  private static boolean isHidden(Path p) {
    Path n = p.getFileName();
    return n != null && n.toString().startsWith(".");
  }

  private static String relative(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    root.relativize(file).forEach(x -> parts.add(x.toString()));
    return Names.clean(String.join("/", parts));
  }

  /** What identifies a file or folder however it is reached: device and inode where the system has them. */
  private static Object key(Path file, BasicFileAttributes attrs) {
    return attrs.fileKey() != null ? attrs.fileKey() : realPath(file);
  }

  private static Object realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /** The reason an I/O error gives, in the words of the system rather than of a Java exception class. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "a symbolic link loop (it leads back to a folder being read)";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory (it disappeared while being read?)";
    }
    String m = e.getMessage();
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      m = fse.getReason();
    }
    return m == null ? e.getClass().getSimpleName() : Names.clean(m).toLowerCase(Locale.ROOT);
  }
}
