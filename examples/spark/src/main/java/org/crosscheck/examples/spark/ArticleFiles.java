package org.crosscheck.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.crosscheck.examples.cli.InputFiles;

/**
 * Lists the article files under the paths a job is given, with the ids {@code crosscheck analyze} gives them, on the
 * driver. Paths on the local file system (no scheme, {@code file:}, when the default file system is local) go
 * through the command line's own walker ({@link InputFiles#walk}), so ids, order and what is left out are the
 * same; executors then read them by the same path (a shared mount on a cluster). Paths on another file system
 * (HDFS, S3, …) are walked with Hadoop's API by the same rules for a tree of plain files: depth first, each
 * folder's entries by name, hidden names and names that are no articles left out, ids relative to the folder given
 * (or the path as given for a file), the folder in front when two folders hold one relative path, {@code ~2},
 * {@code ~3} for what is still taken. Stateless.
 */
final class ArticleFiles {

  private ArticleFiles() {}

  /**
   * A file to read.
   *
   * @param id its article id
   * @param source the file name, the article's source (as the parser gives a file)
   * @param uri where executors read it
   */
  record File(String id, String source, String uri) {}

  /** What was found and what could not be read ("name: reason"). */
  record Listing(List<File> files, List<String> skipped, List<String> notes) {}

  static Listing list(List<String> paths, Configuration conf) {
    List<File> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> local = new ArrayList<>();
    List<Path> remote = new ArrayList<>();
    for (String p : paths) {
      Path path = new Path(p);
      FileSystem fs;
      try {
        fs = path.getFileSystem(conf);
      } catch (IOException e) {
        skipped.add(InputFiles.clean(p) + ": " + e.getMessage());
        continue;
      }
      if (fs instanceof LocalFileSystem || "file".equals(fs.getScheme())) {
        local.add(path.toUri().getScheme() == null ? p : path.toUri().getPath());
      } else {
        remote.add(path);
      }
    }
    if (!local.isEmpty()) {
      InputFiles.Listing l = InputFiles.walk(local.stream().map(java.nio.file.Path::of).toList());
      l.files().forEach(f -> files.add(new File(f.id(), fileName(f.path().getFileName()),
          f.path().toAbsolutePath().toUri().toString())));
      skipped.addAll(l.skipped());
      notes.addAll(l.notes());
    }
    if (!remote.isEmpty()) {
      files.addAll(remote(remote, conf, skipped));
    }
    return new Listing(unique(files), skipped, notes);
  }

  private static String fileName(java.nio.file.Path name) {
    return name == null ? "" : name.toString();
  }

  /** Walks paths on a Hadoop file system. */
  static List<File> remote(List<Path> roots, Configuration conf, List<String> skipped) {
    List<Found> found = new ArrayList<>();
    for (Path root : roots) {
      try {
        FileSystem fs = root.getFileSystem(conf);
        FileStatus st = fs.getFileStatus(root);
        if (st.isDirectory()) {
          walk(fs, root, st.getPath(), st.getPath(), found);
        } else {
          found.add(new Found(InputFiles.clean(root.toString()), null, st.getPath()));
        }
      } catch (IOException e) {
        skipped.add(InputFiles.clean(root.toString()) + ": " + e.getMessage());
      } catch (UncheckedIOException e) {
        skipped.add(InputFiles.clean(root.toString()) + ": " + e.getCause().getMessage());
      }
    }
    Map<String, Integer> count = new HashMap<>();
    found.forEach(f -> count.merge(f.relative, 1, Integer::sum));
    List<File> out = new ArrayList<>();
    for (Found f : found) {
      String id = count.get(f.relative) > 1 && f.root != null
          ? InputFiles.clean(f.root.toString()) + "/" + f.relative : f.relative;
      out.add(new File(id, f.file.getName(), f.file.toString()));
    }
    return out;
  }

  private record Found(String relative, Path root, Path file) {}

  private static void walk(FileSystem fs, Path root, Path resolvedRoot, Path dir, List<Found> found) {
    FileStatus[] entries;
    try {
      entries = fs.listStatus(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Arrays.sort(entries, Comparator.comparing((FileStatus s) -> s.getPath().getName()));
    for (FileStatus e : entries) {
      String name = e.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      if (e.isDirectory()) {
        walk(fs, root, resolvedRoot, e.getPath(), found);
      } else if (e.isFile() && InputFiles.isArticleName(name)) {
        String relative = resolvedRoot.toUri().relativize(e.getPath().toUri()).getPath();
        found.add(new Found(InputFiles.clean(relative), root, e.getPath()));
      }
    }
  }

  /** Ids still taken after the walk's own rules (a local and a remote file) get {@code ~2}, {@code ~3}. */
  private static List<File> unique(List<File> files) {
    Set<String> taken = new HashSet<>();
    List<File> out = new ArrayList<>(files.size());
    for (File f : files) {
      String id = f.id();
      for (int n = 2; !taken.add(id); n++) {
        id = f.id() + "~" + n;
      }
      out.add(new File(id, f.source(), f.uri()));
    }
    return out;
  }
}
