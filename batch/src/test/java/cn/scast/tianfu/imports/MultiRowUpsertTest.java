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
    void becomesAnInsertSelectWithColumnsForPlaceholders() {
        MultiRowUpsert upsert = MultiRowUpsert.of("INSERT INTO t (a, b, c, s) VALUES (?, (SELECT id FROM x WHERE code = ?), "
                + "'P(?)', 0) ON DUPLICATE KEY UPDATE a = VALUES(a), s = s + 1");
        assertEquals("INSERT INTO t (a, b, c, s) SELECT r.v1, (SELECT id FROM x WHERE code = r.v2), 'P(?)', 0 "
                        + "FROM stage r WHERE r.k = ? ORDER BY r.line ON DUPLICATE KEY UPDATE a = VALUES(a), s = s + 1",
                upsert.insertSelect(n -> "r.v" + n, "stage r WHERE r.k = ? ORDER BY r.line"));
    }

    @Test
    void refusesStatementsWithoutATuple() {
        assertThrows(IllegalArgumentException.class, () -> MultiRowUpsert.of("UPDATE t SET a = ?"));
    }
}
