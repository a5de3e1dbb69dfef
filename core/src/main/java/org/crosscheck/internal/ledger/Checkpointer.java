package org.crosscheck.internal.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies committed transactions from the write-ahead log into the database file on a background daemon thread, on
 * its own connection, so that an add never pays for a checkpoint: SQLite's automatic checkpoint runs inside the
 * commit that crosses its threshold and would turn that one add into a slow one. PASSIVE checkpoints wait for no
 * reader or writer. The ledger keeps a high automatic threshold as a safety valve, should this thread fall behind.
 * Thread-safe.
 */
final class Checkpointer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
  private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final Connection conn;
  private final Thread thread;
  private volatile boolean stopped;
  private volatile boolean pending;

  Checkpointer(Connection conn, String name) {
    this.conn = conn;
    this.thread = new Thread(this::loop, "crosscheck-ledger-checkpoint " + name);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Tells the thread that a transaction was committed. */
  void committed() {
    pending = true;
  }

  private void loop() {
    while (!stopped) {
      LockSupport.parkNanos(this, PERIOD_NANOS);
      if (pending && !stopped) {
        pending = false;
        try (Statement st = conn.createStatement()) {
          st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
          // A busy database or a full disk: the next round or SQLite's own threshold will catch up.
          LOG.debug("ledger checkpoint failed: {}", e.getMessage());
          pending = true;
        }
      }
    }
  }

  @Override
  public void close() {
    stopped = true;
    LockSupport.unpark(thread);
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      conn.close();
    } catch (SQLException e) {
      LOG.debug("closing the checkpoint connection failed: {}", e.getMessage());
    }
  }
}
