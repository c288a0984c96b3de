/**
 * Supply–demand matching on Chinese text, independent of JPA and EJB.
 *
 * <p>Wiring: one application-wide {@link cn.scast.tianfu.matching.ListingIndex} (e.g. held by a
 * {@code @Singleton @Startup} bean with {@code @ConcurrencyManagement(BEAN)}, since the index is itself
 * thread-safe) opened on a data folder; call {@code rebuild} at startup or on demand with every listing
 * row mapped to {@link cn.scast.tianfu.matching.MatchableListing}, {@code upsert} after each listing
 * change (any status: non-published listings are removed), {@code delete} when a row is deleted, and
 * {@code commit} periodically and on shutdown. A {@link cn.scast.tianfu.matching.ListingMatcher} over the
 * index answers match requests; pass declined counterpart ids in {@link cn.scast.tianfu.matching.MatchQuery},
 * and the discipline and city codes of counterparts declined as "wrong field" / "too far" to lower similar ones.
 *
 * <p>Analysis: smartcn words (stop words of {@code stopwords.txt} and single characters left out) in the
 * keyword, title and description fields, plus one field of character bigrams over all three; a match query
 * looks words up in the keywords and bigrams in all the text (the other word fields serve explanations); weights
 * and BM25 parameters in {@link cn.scast.tianfu.matching.MatchingWeights}, chosen on bench/matching-eval (see
 * bench/README.md).
 * The index is a cache: if it is lost or its format changes, rebuild it from the database.
 */
package cn.scast.tianfu.matching;
