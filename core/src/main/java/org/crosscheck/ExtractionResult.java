package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link ClaimExtractor} found in one article, and how much of the article it could read.
 *
 * @param article the id of the article
 * @param claims the claims, in text order
 * @param sentences the number of sentences read
 * @param sentencesSkipped sentences that could hold a claim but were not analysed in depth because they are
 *     longer than the configured bound ({@link ClaimExtractor.Builder#maxSentenceTokens(int)}); their claims,
 *     if any, are missing
 * @param tokens the number of tokens in the article
 * @param warnings recoverable problems met on the way
 * @param nlpTime the time spent inside the NLP engine (CoreNLP annotation) for this article
 * @param totalTime the whole extraction time for this article, NLP included
 */
public record ExtractionResult(
    String article, List<Claim> claims, int sentences, int sentencesSkipped, int tokens, List<String> warnings,
    Duration nlpTime, Duration totalTime) {

  public ExtractionResult {
    requireNonNull(article, "article");
    claims = List.copyOf(claims);
    checkArgument(sentences >= 0 && sentencesSkipped >= 0 && sentencesSkipped <= sentences,
        "need 0 <= sentencesSkipped <= sentences, got %s and %s", sentencesSkipped, sentences);
    checkArgument(tokens >= 0, "tokens must be >= 0");
    warnings = List.copyOf(warnings);
    requireNonNull(nlpTime, "nlpTime");
    requireNonNull(totalTime, "totalTime");
  }
}
