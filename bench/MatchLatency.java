import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load: CLIENTS threads each send GET {base}/api/v1/listings/{id}/matches?limit=10 for a random id
 * from IDS_FILE, one after the other, for WARMUP then MEASURE seconds; prints throughput and latency percentiles of the
 * measured part. Usage: java MatchLatency.java BASE_URL USER:PASSWORD IDS_FILE CLIENTS WARMUP_S MEASURE_S [PATH]
 * PATH (default /api/v1/listings/{id}/matches?limit=10) may name another request of a listing, such as
 * /api/v1/listings/{id}: the same load on a request that does not match shows what the rest costs.
 */
public class MatchLatency {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        long[] ids = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank()).mapToLong(Long::parseLong).toArray();
        int clients = Integer.parseInt(args[3]);
        long warmupNanos = Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        long measureNanos = Duration.ofSeconds(Long.parseLong(args[5])).toNanos();
        String path = args.length > 6 ? args[6] : "/api/v1/listings/{id}/matches?limit=10";
        boolean matches = path.contains("/matches");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + measureNanos;
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong emptyAnswers = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int client = c;
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(20261206L + client);
                int n = 0;
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        long id = ids[random.nextInt(ids.length)];
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.replace("{id}", Long.toString(id))))
                                .header("Authorization", auth).header("Accept", "application/json").GET().build();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else if (matches ? !response.body().contains("\"listingId\"") || response.body().contains("\"matches\":[]")
                                : response.body().isEmpty()) {
                            emptyAnswers.incrementAndGet();
                        }
                        if (t0 >= measureFrom && n < mine.length - 1) {
                            mine[n++] = t1 - t0;
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    mine[mine.length - 1] = n; // count kept in the last slot
                    done.countDown();
                }
            }, "client-" + c);
            thread.start();
        }
        done.await();
        long total = latencies.stream().mapToLong(a -> a[a.length - 1]).sum();
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] a : latencies) {
            int n = (int) a[a.length - 1];
            System.arraycopy(a, 0, all, k, n);
            k += n;
        }
        Arrays.sort(all);
        double seconds = measureNanos / 1e9;
        System.out.printf("GET %s%n", path);
        System.out.printf("clients=%d listings(ids)=%d requests=%d errors=%d empty=%d throughput=%.1f req/s%n",
                clients, ids.length, total, errors.get(), emptyAnswers.get(), total / seconds);
        System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                pct(all, 0.50), pct(all, 0.95), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
