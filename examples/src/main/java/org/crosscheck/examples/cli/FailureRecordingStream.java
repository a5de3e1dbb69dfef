package org.crosscheck.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Passes bytes through and keeps the first write error, so that a {@link java.io.PrintWriter} on top, which only
 * keeps a flag, can still say why it failed ("No space left on device", "Broken pipe"). Not thread-safe.
 */
final class FailureRecordingStream extends FilterOutputStream {

  private IOException failure;

  FailureRecordingStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw record(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw record(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw record(e);
    }
  }

  private IOException record(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** The first write error, if any. */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }
}
