package org.crosscheck;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.crosscheck.internal.json.JsonCodec;

/**
 * JSON for Crosscheck's values, schema version {@value #SCHEMA_VERSION}. The command-line tool writes these
 * documents; hosts use them to store or forward results. Field names are a contract: they change only with the
 * schema version.
 *
 * <ul>
 *   <li>article: {@code {"id","source","title","outlet","published","publishedTime","language","paragraphs"
 *       (count),"warnings":[…]}} (+ {@code "text"} on request), {@code null} where a value is unknown;</li>
 *   <li>claim: {@code {"id","article","language","actor":{"id","name","mention","kind","catalogued"},
 *       "speaker":{…}|null,"target":{…}|null,"stance","cue","negated","modality","attribution":{"chain":[{"role",
 *       "name","actorId"}],"anonymous","direct"},"evidence":{"text","start","end"},"date","dateSource","dateText",
 *       "confidence"}};</li>
 *   <li>conflict: {@code {"id","kind","holder":{"id","name","kind"},"target":{…},"claims":[ids],
 *       "corroborations":[ids],"score","reasons":[…],"explanation","kinds":[…]}} ({@code "kinds"} is an addition
 *       to version 1: readers that do not know it ignore it);</li>
 *   <li>ledger event (one line each): {@code {"event":"new"|"changed"|"withdrawn","conflict":{…},"article",
 *       "previous"}} ({@code "previous"} for {@code "changed"} only);</li>
 *   <li>analysis: {@code {"schemaVersion","articles":[…],"claims":[…],"conflicts":[…],"agreements":[…],
 *       "timelines":[{"holder","target","entries":[{"date","stance","modality","outlet","language","claim"}]}]}}.
 *   </li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class CrosscheckJson {

  /** The version of the documents this class writes and reads. */
  public static final int SCHEMA_VERSION = JsonCodec.SCHEMA_VERSION;

  private CrosscheckJson() {}

  /** {@code {"articles":[…]}}, as the {@code parse} command writes it. */
  public static String articles(List<Article> articles, boolean withText, boolean pretty) {
    requireNonNull(articles, "articles");
    ObjectNode o = JsonCodec.object();
    ArrayNode arr = o.putArray("articles");
    articles.forEach(a -> arr.add(JsonCodec.article(a, withText)));
    return JsonCodec.write(o, pretty);
  }

  /** {@code {"articles":[…],"claims":[…]}}, as the {@code extract} command writes it. */
  public static String extraction(List<ArticleSummary> articles, List<Claim> claims, boolean pretty) {
    requireNonNull(articles, "articles");
    requireNonNull(claims, "claims");
    ObjectNode o = JsonCodec.object();
    o.put("schemaVersion", SCHEMA_VERSION);
    ArrayNode arr = o.putArray("articles");
    articles.forEach(a -> arr.add(JsonCodec.article(a)));
    ArrayNode cs = o.putArray("claims");
    claims.forEach(c -> cs.add(JsonCodec.claim(c)));
    return JsonCodec.write(o, pretty);
  }

  /** The analysis document, as the {@code analyze} command writes it. */
  public static String analysis(List<ArticleSummary> articles, StanceReport report, boolean pretty) {
    requireNonNull(articles, "articles");
    requireNonNull(report, "report");
    return JsonCodec.write(JsonCodec.report(articles, report), pretty);
  }

  /**
   * Mentions as the {@code actors} command writes them: {@code {"mentions":[{"text","start","end","actor":{"id",
   * "name","nameAr","kind","cameo"},"chain":[ids]}]}}.
   */
  public static String mentions(List<Mention> mentions, boolean pretty) {
    return JsonCodec.write(JsonCodec.mentions(requireNonNull(mentions, "mentions")), pretty);
  }

  /** One article. */
  public static String toJson(Article article) {
    return JsonCodec.write(JsonCodec.article(requireNonNull(article, "article"), true), false);
  }

  /** One claim. */
  public static String toJson(Claim claim) {
    return JsonCodec.write(JsonCodec.claim(requireNonNull(claim, "claim")), false);
  }

  /** One conflict (its claims by id). */
  public static String toJson(StanceConflict conflict) {
    return JsonCodec.write(JsonCodec.conflict(requireNonNull(conflict, "conflict")), false);
  }

  /**
   * One ledger event as one line of JSON, as the {@code watch} command prints it:
   * {@code {"event":"new"|"changed"|"withdrawn","conflict":{…a conflict as in analyze…},"article":"<id>"}}, with
   * {@code "previous":"<id>"} (the conflict's id before) for {@code "changed"}.
   */
  public static String toJson(LedgerUpdate.Event event) {
    requireNonNull(event, "event");
    ObjectNode o = JsonCodec.object();
    o.put("event", event.change().name().toLowerCase(java.util.Locale.ROOT));
    o.set("conflict", JsonCodec.conflict(event.conflict()));
    o.put("article", event.article());
    event.previous().ifPresent(p -> o.put("previous", p.id()));
    return JsonCodec.write(o, false);
  }

  /**
   * Reads the report back from an analysis document.
   *
   * @throws IllegalArgumentException if the text is not an analysis document of this schema version
   */
  public static StanceReport readReport(String json) {
    requireNonNull(json, "json");
    try {
      return JsonCodec.readReport(JsonCodec.read(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads one claim written by {@link #toJson(Claim)}. */
  public static Claim readClaim(String json) {
    requireNonNull(json, "json");
    try {
      return JsonCodec.readClaim(JsonCodec.read(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
