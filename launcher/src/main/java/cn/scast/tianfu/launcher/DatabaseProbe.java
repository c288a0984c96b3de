package cn.scast.tianfu.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;

/**
 * Connects once before Payara starts, so that a wrong URL or password ends in one line that names the
 * setting to fix instead of a wall of pool errors from the server log.
 */
public final class DatabaseProbe {

    private DatabaseProbe() {
    }

    public static void requireReachable(RuntimeSettings settings) {
        try (Connection ignored = DriverManager.getConnection(
                settings.databaseUrl(), settings.databaseUser(), settings.databasePassword())) {
            // reachable
        } catch (SQLException e) {
            throw new LaunchFailure(describe(settings, e));
        }
    }

    static String describe(RuntimeSettings settings, SQLException e) {
        String reason = firstLine(e.getMessage());
        if (settings.usesEmbeddedDatabase() && "28000".equals(e.getSQLState())) {
            return "embedded MariaDB rejected its application account '" + settings.databaseUser() + "' from "
                    + DatabaseCredentials.file(settings.dataDirectory()) + " (" + reason + "; see the server output above)";
        }
        if (e instanceof SQLInvalidAuthorizationSpecException || "28000".equals(e.getSQLState())) {
            return "database rejected user '" + settings.databaseUser() + "': check "
                    + RuntimeSettings.DB_USER + " and " + RuntimeSettings.DB_PASSWORD + " (" + reason + ")";
        }
        if ("42000".equals(e.getSQLState())) {
            return "database schema in " + RuntimeSettings.DB_URL + " does not exist or is not accessible: " + reason;
        }
        return "cannot reach the database at " + settings.databaseUrl() + ": check " + RuntimeSettings.DB_URL
                + " (" + reason + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
