package cn.scast.tianfu.membership;

import java.sql.SQLException;

/** Recognises a unique-key violation in a persistence exception's causes. */
final class Constraints {

    private Constraints() {
    }

    static boolean isDuplicateKey(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
