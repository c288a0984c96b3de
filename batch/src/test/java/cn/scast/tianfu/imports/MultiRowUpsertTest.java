package cn.scast.tianfu.imports;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultiRowUpsertTest {

    @Test
    void repeatsTheTupleWithSubSelectsAndConstants() {
        MultiRowUpsert upsert = MultiRowUpsert.of("INSERT INTO t (a, b, c, s) VALUES (?, (SELECT id FROM x WHERE code = ?), "
                + "'P(1)', 0) ON DUPLICATE KEY UPDATE a = VALUES(a)");
        assertEquals(2, upsert.parametersPerRow());
        assertEquals("INSERT INTO t (a, b, c, s) VALUES (?, (SELECT id FROM x WHERE code = ?), 'P(1)', 0), "
                + "(?, (SELECT id FROM x WHERE code = ?), 'P(1)', 0) ON DUPLICATE KEY UPDATE a = VALUES(a)", upsert.sql(2));
        assertEquals("INSERT INTO t (a, b, c, s) VALUES (?, (SELECT id FROM x WHERE code = ?), 'P(1)', 0) "
                + "ON DUPLICATE KEY UPDATE a = VALUES(a)", upsert.sql(1));
    }

    @Test
    void refusesStatementsWithoutATuple() {
        assertThrows(IllegalArgumentException.class, () -> MultiRowUpsert.of("UPDATE t SET a = ?"));
    }
}
