/**
 * Crosscheck core: the API ({@code org.crosscheck}), the plug-in interfaces for language modules
 * ({@code org.crosscheck.spi}) and everything language-neutral. Internals are not exported.
 */
module org.crosscheck {
  requires com.google.common;
  requires org.jsoup;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires java.sql;
  requires org.xerial.sqlitejdbc;

  exports org.crosscheck;
  exports org.crosscheck.spi;

  uses org.crosscheck.spi.LanguageSupport;
}
