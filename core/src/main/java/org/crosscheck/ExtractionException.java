package org.crosscheck;

/**
 * The NLP engine behind a language module failed on an article, or its models could not be loaded. The cause
 * is chained; its type belongs to the engine and is not part of Crosscheck's API.
 */
public final class ExtractionException extends CrosscheckException {

  private static final long serialVersionUID = 1L;

  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }

  public ExtractionException(String message) {
    super(message);
  }
}
