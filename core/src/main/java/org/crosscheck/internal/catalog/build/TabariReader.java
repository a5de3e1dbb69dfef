package org.crosscheck.internal.catalog.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TABARI/PETRARCH {@code .actors} dictionaries: an entry is a phrase at the start of a line (words joined by
 * {@code _}, a trailing {@code _} marking the end of a word), followed by {@code +alias} lines and by codes in
 * brackets, inline or on indented lines, optionally dated: {@code [RUSGOV >080508]}, {@code [RUSELI 700101-990809]},
 * {@code [IRQGOV 20101221-20140908]}, {@code [SYR <061231]}. Comments start with {@code #}.
 */
final class TabariReader {

  private TabariReader() {}

  /** A code with its validity. */
  record Code(String code, Optional<LocalDate> from, Optional<LocalDate> until) {
    boolean dated() {
      return from.isPresent() || until.isPresent();
    }
  }

  /** One dictionary entry. */
  record Entry(String name, List<String> aliases, List<Code> codes, int line) {}

  private static final Pattern CODE = Pattern.compile("\\[\\s*([A-Z~-]{2,})\\s*([^\\]]*)\\]");

  static List<Entry> read(Path file) throws IOException {
    // Some PETRARCH files carry a few Latin-1 bytes; decode leniently, the damaged names are obscure ones.
    String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    List<Entry> out = new ArrayList<>();
    String name = null;
    List<String> aliases = new ArrayList<>();
    List<Code> codes = new ArrayList<>();
    int start = 0;
    int n = 0;
    for (String raw : content.split("\r?\n")) {
      n++;
      String line = raw;
      int hash = line.indexOf('#');
      String body = hash >= 0 ? line.substring(0, hash) : line;
      if (body.isBlank()) {
        continue;
      }
      boolean indented = Character.isWhitespace(body.charAt(0));
      String t = body.strip();
      if (!indented && !t.startsWith("+") && !t.startsWith("[")) {
        if (name != null) {
          out.add(new Entry(name, List.copyOf(aliases), List.copyOf(codes), start));
        }
        name = phrase(t);
        aliases.clear();
        codes.clear();
        start = n;
        codes.addAll(codes(t));
      } else if (t.startsWith("+")) {
        String a = phrase(t.substring(1));
        if (!a.isEmpty()) {
          aliases.add(a);
        }
        codes.addAll(codes(t));
      } else {
        codes.addAll(codes(t));
      }
    }
    if (name != null) {
      out.add(new Entry(name, List.copyOf(aliases), List.copyOf(codes), start));
    }
    return out;
  }

  /** The phrase before any code, with {@code _} as spaces. */
  static String phrase(String s) {
    int b = s.indexOf('[');
    String p = b >= 0 ? s.substring(0, b) : s;
    p = p.replace('_', ' ').replace('+', ' ').strip().replaceAll("\\s+", " ");
    return p;
  }

  static List<Code> codes(String s) {
    List<Code> out = new ArrayList<>();
    Matcher m = CODE.matcher(s);
    while (m.find()) {
      String code = m.group(1);
      if (code.startsWith("-")) {
        continue;
      }
      String d = m.group(2).strip();
      Optional<LocalDate> from = Optional.empty();
      Optional<LocalDate> until = Optional.empty();
      if (d.startsWith(">")) {
        from = date(d.substring(1));
      } else if (d.startsWith("<")) {
        until = date(d.substring(1));
      } else if (d.contains("-")) {
        String[] p = d.split("-", 2);
        from = date(p[0]);
        until = date(p[1]);
        // PETRARCH's Arabic dictionary writes 18000101 for an open end.
        if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
          until = Optional.empty();
        }
      }
      out.add(new Code(code, from, until));
    }
    return out;
  }

  /** yymmdd (pivot 1930) or yyyymmdd. */
  static Optional<LocalDate> date(String s) {
    String d = s.strip();
    try {
      if (d.length() == 8) {
        return Optional.of(LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
            Math.max(1, Integer.parseInt(d.substring(6, 8)))));
      }
      if (d.length() == 6) {
        int yy = Integer.parseInt(d.substring(0, 2));
        int year = yy <= 30 ? 2000 + yy : 1900 + yy;
        return Optional.of(LocalDate.of(year, Math.max(1, Integer.parseInt(d.substring(2, 4))),
            Math.max(1, Integer.parseInt(d.substring(4, 6)))));
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
