package cn.scast.tianfu.imports;

/**
 * Turns a one-row {@code INSERT … VALUES (…) ON DUPLICATE KEY UPDATE …} into the same statement with many
 * value tuples. One statement per few hundred rows costs the server one parse and one round trip instead of
 * one per row (what {@code rewriteBatchedStatements} did in Connector/J 2.x; 3.x only sends separate
 * statements or, for plain inserts, bulk packets).
 */
public final class MultiRowUpsert {

    private final String head;
    private final String tuple;
    private final String tail;
    private final int parametersPerRow;

    private MultiRowUpsert(String head, String tuple, String tail) {
        this.head = head;
        this.tuple = tuple;
        this.tail = tail;
        this.parametersPerRow = (int) tuple.chars().filter(c -> c == '?').count();
    }

    /** Splits {@code sql} around its single VALUES tuple (which may hold sub-selects in parentheses). */
    public static MultiRowUpsert of(String sql) {
        int values = sql.toUpperCase(java.util.Locale.ROOT).indexOf("VALUES (");
        if (values < 0) {
            throw new IllegalArgumentException("no VALUES (…) in " + sql);
        }
        int open = values + "VALUES ".length();
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = sql.indexOf('\'', i + 1);
                if (i < 0) {
                    break;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return new MultiRowUpsert(sql.substring(0, open), sql.substring(open, i + 1), sql.substring(i + 1));
            }
        }
        throw new IllegalArgumentException("unbalanced VALUES tuple in " + sql);
    }

    public int parametersPerRow() {
        return parametersPerRow;
    }

    /** The statement for {@code rows} value tuples. */
    public String sql(int rows) {
        StringBuilder sql = new StringBuilder(head.length() + rows * (tuple.length() + 2) + tail.length());
        sql.append(head);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(tuple);
        }
        return sql.append(tail).toString();
    }
}
