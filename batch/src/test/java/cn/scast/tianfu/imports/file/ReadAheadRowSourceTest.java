package cn.scast.tianfu.imports.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadAheadRowSourceTest {

    @TempDir
    Path dir;

    private final List<Thread> started = new CopyOnWriteArrayList<>();
    private final ThreadFactory threads = task -> {
        Thread thread = new Thread(task);
        started.add(thread);
        return thread;
    };

    @Test
    void handsOutTheSameRowsRejectsAndPositionsAsTheFileItReads() throws Exception {
        StringBuilder csv = new StringBuilder("编号,名称\n");
        for (int i = 1; i <= 40; i++) {
            if (i == 7) {
                csv.append("7,\"未闭合的引号\n");
            } else if (i == 19) {
                csv.append("19,含\u0000空字符\n");
            } else {
                csv.append(i).append(",成果").append(i).append('\n');
            }
        }
        Path file = write(csv.toString());

        List<String> direct = transcript(open(file, 0, ReadLimits.DEFAULTS));
        List<String> ahead = transcript(new ReadAheadRowSource(open(file, 0, ReadLimits.DEFAULTS), threads, 3));

        assertEquals(direct, ahead);
        assertTrue(direct.stream().anyMatch(line -> line.startsWith("rejected 8 ")), direct.toString());
        assertTrue(direct.stream().anyMatch(line -> line.startsWith("rejected 20 ")), direct.toString());
        assertTrue(direct.stream().anyMatch(line -> line.matches("row \\d+ 成果8 at \\d+")), "the row after the open quote lands");
    }

    @Test
    void resumesAfterTheCheckpointAndFailsWhereTheFileItReadsFails() throws Exception {
        StringBuilder csv = new StringBuilder("编号,名称\n");
        for (int i = 1; i <= 12; i++) {
            csv.append(i).append(",需求").append(i).append('\n');
        }
        Path file = write(csv.toString());
        ReadLimits tenRows = ReadLimits.DEFAULTS.withMaxRows(10);

        List<String> direct = transcript(open(file, 4, tenRows));
        List<String> ahead = transcript(new ReadAheadRowSource(open(file, 4, tenRows), threads, 2));

        assertEquals(direct, ahead);
        assertTrue(direct.get(1).startsWith("row 5 "), direct.toString());
        assertTrue(direct.get(direct.size() - 1).startsWith("failed TooManyRowsException"), direct.toString());
    }

    @Test
    void closingHalfWayStopsTheReadingThreadAndClosesTheFile() throws Exception {
        StringBuilder csv = new StringBuilder("编号,名称\n");
        for (int i = 1; i <= 20_000; i++) {
            csv.append(i).append(",科普资源").append(i).append('\n');
        }
        RowSource file = open(write(csv.toString()), 0, ReadLimits.DEFAULTS);
        ReadAheadRowSource source = new ReadAheadRowSource(file, threads, 100);

        assertEquals("1", source.next().orElseThrow().values().get("编号"));
        assertEquals(2, source.position());
        source.close();

        for (Thread thread : started) {
            thread.join(5_000); // it has handed over its last row; only the thread's own exit may still be under way
            assertFalse(thread.isAlive(), "the reading thread has ended");
        }
        assertThrows(IOException.class, file::next, "the file is closed");
        assertThrows(IOException.class, source::next);
        source.close();
    }

    private RowSource open(Path file, long resumeAfter, ReadLimits limits) throws Exception {
        return RowSources.open(file, Optional.empty(), Set.of(), resumeAfter, limits);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("data.csv"), text, StandardCharsets.UTF_8);
    }

    /** Every row, rejected row, failure and the end, each with the position the source reports after it. */
    private static List<String> transcript(RowSource source) throws IOException {
        List<String> events = new ArrayList<>();
        try (source) {
            events.add("header " + source.header() + " at " + source.position());
            while (true) {
                try {
                    Optional<SourceRow> row = source.next();
                    if (row.isEmpty()) {
                        events.add("end at " + source.position());
                        return events;
                    }
                    events.add("row " + row.get().lineNumber() + " " + row.get().values().get("名称")
                            + " at " + source.position());
                } catch (RowRejectedException e) {
                    events.add("rejected " + e.lineNumber() + " " + e.reason() + " at " + source.position());
                } catch (IOException | RuntimeException e) {
                    events.add("failed " + e.getClass().getSimpleName() + " " + e.getMessage() + " at "
                            + source.position());
                    return events;
                }
            }
        }
    }
}
