package org.crosscheck;

/**
 * Root of the exceptions Crosscheck throws on purpose. Unchecked: a host application catches it where it can
 * do something useful (skip a file, report a refusal) and lets it propagate elsewhere.
 *
 * <p>The set of subclasses is closed and small: {@link ArticleParseException} (the input could not become an
 * {@link Article}), {@link UnsupportedLanguageException} (no language module for the article),
 * {@link CatalogException} (an actor catalog file or entry is invalid), {@link VocabularyException} (a word list
 * of a language module is invalid), {@link ExtractionException} (the NLP engine failed on an article) and
 * {@link LedgerException} (a {@link StanceLedger} cannot be opened or written, or refuses an article that
 * contradicts what it holds). The cause, when there is one, is always chained; no type of the underlying NLP
 * library appears in the message or the signature.
 *
 * <p>Caller mistakes (a {@code null} argument, a negative limit) are reported with the JDK's
 * {@link NullPointerException} and {@link IllegalArgumentException}, naming the parameter.
 */
public sealed class CrosscheckException extends RuntimeException
    permits ArticleParseException, UnsupportedLanguageException, CatalogException, ExtractionException,
    VocabularyException, LedgerException {

  private static final long serialVersionUID = 1L;

  CrosscheckException(String message) {
    super(message);
  }

  CrosscheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
