package cn.scast.tianfu.it.support;

import cn.scast.tianfu.launcher.RuntimeSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Waits until the server's matching index has applied every listing change written so far (the listing_change
 * outbox), read the way an operator would: the outbox head from the database, the index's committed position from
 * the file it keeps beside the index. A test that compares scores of two answers needs this: the change feed
 * applies each saved listing a second time shortly after the save, and index statistics (document counts, term
 * rarity) move until it has. The index holds still only while no other class saves listings, so such a test class is
 * also {@code @Isolated}.
 */
public final class MatchingIndexCaughtUp {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private MatchingIndexCaughtUp() {
    }

    /** Returns once the index position has reached the outbox head as it was when called. */
    public static void await() {
        RuntimeSettings settings = RunningPlatform.platform().settings();
        Path positionFile = settings.dataDirectory().resolve("index").resolve("listing-change.position");
        long head = outboxHead(settings);
        Await.valueOrFail("matching index applied the outbox up to change " + head, TIMEOUT,
                () -> position(positionFile), position -> position >= head);
    }

    private static long outboxHead(RuntimeSettings settings) {
        try (Connection connection = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword());
             ResultSet rs = connection.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM listing_change")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the listing_change outbox of the test database cannot be read", e);
        }
    }

    /** The committed position ("format=N position"), or -1 while there is none yet. */
    private static long position(Path file) throws IOException {
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            return parts.length == 2 ? Long.parseLong(parts[1]) : -1;
        } catch (NoSuchFileException notYet) {
            return -1;
        }
    }
}
