package org.crosscheck;

/**
 * A {@link StanceLedger} cannot do what was asked: its file cannot be opened, is not a ledger or was written by a
 * newer version; the database failed; or an article contradicts what the ledger holds (the same article id with
 * other content, a claim id already used by another article). The ledger is left as it was before the call.
 */
public final class LedgerException extends CrosscheckException {

  private static final long serialVersionUID = 1L;

  public LedgerException(String message) {
    super(message);
  }

  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
