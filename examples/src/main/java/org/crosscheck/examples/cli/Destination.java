package org.crosscheck.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Where a command writes its result: standard output, or the file {@code --output} names. The file is checked
 * before any work (its folder exists and can be written to; it is not a folder), written next to its final place
 * under a hidden temporary name and moved there only once complete, so a failed run never leaves half a report
 * in place of the last good one. Write errors are never swallowed: {@link #checkpoint()} and {@link #commit()}
 * throw {@link OutputException}. Pipes and devices ({@code /dev/stdout}) are written directly. Not thread-safe.
 */
final class Destination implements AutoCloseable {

  private final PrintWriter writer;
  private final Path file;
  private final Path temp;
  private final FailureRecordingStream stream;
  private boolean committed;

  private Destination(PrintWriter writer, Path file, Path temp, FailureRecordingStream stream) {
    this.writer = writer;
    this.file = file;
    this.temp = temp;
    this.stream = stream;
  }

  /**
   * Standard output when {@code output} is {@code null}, else the file.
   *
   * @throws ParameterException (exit code 2) when the file cannot be written
   */
  static Destination open(CommandSpec spec, Path output) {
    if (output == null) {
      return new Destination(spec.commandLine().getOut(), null, null, null);
    }
    String name = Names.clean(output.toString());
    if (Files.isDirectory(output)) {
      throw usage(spec, name + ": a folder, not a file");
    }
    Path parent = output.toAbsolutePath().getParent();
    if (!Files.exists(parent)) {
      throw usage(spec, Names.clean(parent.toString()) + ": no such folder");
    }
    if (!Files.isDirectory(parent)) {
      throw usage(spec, Names.clean(parent.toString()) + ": not a folder");
    }
    boolean special = Files.exists(output) && !Files.isRegularFile(output);
    if (!special && !Files.isWritable(parent) || Files.exists(output) && !Files.isWritable(output)) {
      throw usage(spec, name + ": permission denied");
    }
    try {
      Path temp = special ? null : Files.createTempFile(parent, "." + output.getFileName() + ".", ".tmp");
      OutputStream raw = Files.newOutputStream(special ? output : temp);
      FailureRecordingStream stream = new FailureRecordingStream(raw);
      PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
          1 << 16));
      return new Destination(w, output, temp, stream);
    } catch (IOException e) {
      throw usage(spec, name + ": " + Inputs.reason(e));
    }
  }

  private static ParameterException usage(CommandSpec spec, String why) {
    return new ParameterException(spec.commandLine(), "--output " + why);
  }

  /** The writer; {@link #checkpoint()} after each record that should be out. */
  PrintWriter writer() {
    return writer;
  }

  /** Flushes what was written so far; throws when it could not be written. */
  void checkpoint() {
    if (writer.checkError()) {
      throw failure();
    }
  }

  private OutputException failure() {
    if (file == null) {
      return new OutputException("cannot write to standard output", null, true);
    }
    IOException cause = stream.failure().orElse(null);
    return new OutputException("cannot write " + Names.clean(file.toString())
        + (cause == null ? "" : ": " + cause.getMessage()), cause, false);
  }

  /** Completes the output: flushed, checked, and for a file closed and moved into place. */
  void commit() {
    checkpoint();
    if (file != null) {
      writer.close();
      if (writer.checkError()) {
        throw failure();
      }
      if (temp != null) {
        try {
          try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new OutputException("cannot write " + Names.clean(file.toString()) + ": " + Inputs.reason(e), e,
              false);
        }
      }
    }
    committed = true;
  }

  /** Whether the output is a file rather than standard output. */
  boolean isFile() {
    return file != null;
  }

  @Override
  public void close() {
    if (file != null && !committed) {
      writer.close();
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // Nothing more to do: the temporary file is hidden and says what it is.
        }
      }
    }
  }
}
