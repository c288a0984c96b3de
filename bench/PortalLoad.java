import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop read load on the portal: CLIENTS threads each send, one after the other, either the public search page
 * (GET {base}/public/listings.xhtml?q=<keyword>, anonymous) or the match list (GET {base}/api/v1/listings/{id}/matches
 * ?limit=10, signed with HTTP Basic), alternately, for WARMUP then MEASURE seconds; prints throughput and latency
 * percentiles of the measured part, overall and per kind.
 * Usage: java PortalLoad.java BASE_URL USER:PASSWORD IDS_FILE KEYWORDS_FILE CLIENTS WARMUP_S MEASURE_S
 */
public class PortalLoad {

    private static final int SEARCH = 0;
    private static final int MATCH = 1;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        long[] ids = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank()).mapToLong(Long::parseLong).toArray();
        List<String> keywords = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).toList();
        int clients = Integer.parseInt(args[4]);
        long warmupNanos = Duration.ofSeconds(Long.parseLong(args[5])).toNanos();
        long measureNanos = Duration.ofSeconds(Long.parseLong(args[6])).toNanos();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long measureFrom = System.nanoTime() + warmupNanos;
        long end = measureFrom + measureNanos;
        long[][][] latencies = new long[clients][2][];
        int[][] counts = new int[clients][2];
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[c][SEARCH] = new long[1_000_000];
            latencies[c][MATCH] = new long[1_000_000];
            new Thread(() -> {
                SplittableRandom random = new SplittableRandom(20261207L + client);
                int kind = client % 2;
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        HttpRequest request = kind == SEARCH
                                ? HttpRequest.newBuilder(URI.create(base + "/public/listings.xhtml?q="
                                        + URLEncoder.encode(keywords.get(random.nextInt(keywords.size())), StandardCharsets.UTF_8)))
                                        .GET().build()
                                : HttpRequest.newBuilder(URI.create(base + "/api/v1/listings/"
                                        + ids[random.nextInt(ids.length)] + "/matches?limit=10"))
                                        .header("Authorization", auth).header("Accept", "application/json").GET().build();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        if (t0 >= measureFrom && counts[client][kind] < latencies[client][kind].length) {
                            latencies[client][kind][counts[client][kind]++] = t1 - t0;
                        }
                        kind = 1 - kind;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }, "client-" + c).start();
        }
        done.await();
        double seconds = measureNanos / 1e9;
        long[] all = new long[0];
        for (int kind : new int[] {SEARCH, MATCH}) {
            long[] mine = collect(latencies, counts, kind);
            all = concat(all, mine);
            System.out.printf("%-6s requests=%d throughput=%.1f req/s  latency ms: p50 %.1f  p95 %.1f  p99 %.1f%n",
                    kind == SEARCH ? "search" : "match", mine.length, mine.length / seconds,
                    pct(mine, 0.50), pct(mine, 0.95), pct(mine, 0.99));
        }
        Arrays.sort(all);
        System.out.printf("all    requests=%d errors=%d throughput=%.1f req/s  latency ms: p50 %.1f  p95 %.1f  p99 %.1f%n",
                all.length, errors.get(), all.length / seconds, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99));
    }

    private static long[] collect(long[][][] latencies, int[][] counts, int kind) {
        long[] out = new long[0];
        for (int c = 0; c < latencies.length; c++) {
            out = concat(out, Arrays.copyOf(latencies[c][kind], counts[c][kind]));
        }
        Arrays.sort(out);
        return out;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
