package org.crosscheck.examples.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.ActorCatalog;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.Language;
import org.crosscheck.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck actors}: the actor mentions in a text, resolved by the catalog. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Finds the actors mentioned in TEXT: span, actor id, names and memberOf chain.")
final class ActorsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", description = "en or ar (default: detected from the script)")
  String lang;

  @Option(names = "--date", description = "resolve roles and offices on this date (YYYY-MM-DD)")
  LocalDate date;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Mixin
  CatalogOption catalog;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "the text (several words are joined)")
  List<String> words;

  @Override
  public Integer call() {
    String text = String.join(" ", words);
    Language language;
    if (lang != null) {
      if (!lang.equals("en") && !lang.equals("ar")) {
        spec.commandLine().getErr().println("crosscheck actors: --lang must be en or ar, got " + lang);
        return CrosscheckCli.USAGE;
      }
      language = Language.of(lang);
    } else {
      long arabic = text.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
      language = arabic * 2 > text.codePoints().filter(Character::isLetter).count() ? Language.ARABIC
          : Language.ENGLISH;
    }
    ActorCatalog actors = catalog.catalog();
    List<Mention> mentions = actors.findMentions(text, language, Optional.ofNullable(date));
    var out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(CrosscheckJson.mentions(mentions, true));
    } else {
      for (Mention m : mentions) {
        out.printf(Locale.ROOT, "[%d, %d) %s%n  actor: %s (%s, %s)%s%s%n  chain: %s%n", m.start(), m.end(), m.text(),
            m.actor().id(), m.actor().name(), m.actor().kind(), m.actor().name(Language.ARABIC)
                .map(a -> ", " + a).orElse(""), m.actor().cameo().map(c -> ", CAMEO " + c).orElse(""),
            String.join(" → ", m.chain()));
        m.title().ifPresent(t -> out.printf(Locale.ROOT, "  title: %s (%s)%n", t.name(), t.id()));
      }
      if (mentions.isEmpty()) {
        out.println("(no actors found)");
      }
    }
    out.flush();
    return 0;
  }
}
