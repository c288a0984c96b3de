package cn.scast.tianfu.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the synthetic listings of {@link MatchingBenchmark} as a listing import file ({@code listings_*.csv}), so
 * the REST latency benchmark loads them the way the cities do: through the inbox and the listing import job.
 * Codes are cut to the levels the reference data holds (discipline first level, industry division).
 * Usage: {@code BenchListingsCsv COUNT FILE EXTERNAL_ID_PREFIX}
 */
public final class BenchListingsCsv {

    private BenchListingsCsv() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        String prefix = args[2];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("external_id,side,kind,title,description,keywords,discipline_code,industry_code,city_code,amount_wan_yuan,owner_name\n");
            for (int id = 1; id <= count; id++) {
                MatchableListing listing = MatchingBenchmark.listing(id, MatchingBenchmark.SEED);
                out.write(String.join(",", prefix + id, listing.kind().side().name(), listing.kind().name(),
                        quoted(listing.title()), quoted(listing.description()), quoted(String.join(";", listing.keywords())),
                        listing.disciplineCode().substring(0, 3), listing.industryCode().substring(1, 3),
                        listing.cityCode(), "", "基准测试数据"));
                out.write('\n');
            }
        }
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
