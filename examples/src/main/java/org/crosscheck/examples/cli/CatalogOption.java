package org.crosscheck.examples.cli;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ActorCatalog;
import org.crosscheck.CatalogException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --catalog FILE} option: actor catalog files (JSON Lines, see the README) loaded over the bundled
 * catalog. A broken file is a usage error (exit code 2) naming {@code file:line} and the reason, before any work.
 */
final class CatalogOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--catalog", paramLabel = "FILE", description = "also load the actors of this catalog file "
      + "(JSON Lines; repeatable; later files win)")
  List<Path> files;

  /** The bundled catalog, with the files loaded over it. */
  ActorCatalog catalog() {
    if (files == null || files.isEmpty()) {
      return ActorCatalog.defaultCatalog();
    }
    try {
      ActorCatalog.Builder b = ActorCatalog.defaultCatalog().toBuilder();
      for (Path f : files) {
        b.load(f);
      }
      return b.build();
    } catch (CatalogException e) {
      throw new ParameterException(spec.commandLine(), "--catalog " + Names.clean(e.getMessage()));
    }
  }
}
