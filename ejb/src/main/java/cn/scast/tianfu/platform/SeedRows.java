package cn.scast.tianfu.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Rows of a simple seed CSV (no quoted commas) from the seeds jar, header skipped. */
public final class SeedRows {

    private SeedRows() {
    }

    public static List<String[]> of(String name) {
        try (InputStream in = SeedRows.class.getClassLoader().getResourceAsStream("seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed file seeds/" + name + " is missing from the EAR");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.strip().split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
