package cn.scast.tianfu.imports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StageRowsTest {

    @Test
    void writesIndexAndParametersInLoadDataDefaultFormat() {
        List<Object> items = List.of(
                new ValidRow(2, Arrays.asList(7L, "成都\t\"高新\"", null, new BigDecimal("1E+3"))),
                new ValidRow(3, Arrays.asList(8, "a\\b\nc\r\0", true, LocalDate.of(2026, 12, 6))));
        String text = new String(StageRows.encode(items, 4), StandardCharsets.UTF_8);
        assertEquals("0\t7\t成都\\t\"高新\"\t\\N\t1000\n"
                + "1\t8\ta\\\\b\\nc\\r\\0\t1\t2026-12-06\n", text);
    }

    @Test
    void writesTimestampsAsLocalTimeWithMicroseconds() {
        Timestamp at = Timestamp.valueOf(LocalDateTime.of(2026, 12, 6, 0, 30, 5, 123_456_789));
        String text = new String(StageRows.encode(List.of(new ValidRow(2, List.of(at))), 1), StandardCharsets.UTF_8);
        assertEquals("0\t2026-12-06 00:30:05.123456\n", text);
    }

    @Test
    void givesUpOnTypesWithoutASafeTextForm() {
        assertNull(StageRows.encode(List.of(new ValidRow(2, List.of(new byte[] {1}))), 1));
    }
}
