package cn.scast.tianfu.it.support;

/**
 * The ports of the platform the tests start: their own (HTTP 18080, admin 14848, MariaDB 33307), so a
 * ./tianfu run on 8080/4848/33306 may serve at the same time. Failsafe passes them as system properties;
 * inside Payara the launcher publishes the HTTP port as the system property {@code tianfu.http.port}.
 */
public final class TestPorts {

    public static final int DEFAULT_HTTP = 18080;
    public static final int DEFAULT_ADMIN = 14848;
    public static final int DEFAULT_DATABASE = 33307;

    private TestPorts() {
    }

    public static int http() {
        return Integer.getInteger("tianfu.http.port", DEFAULT_HTTP);
    }

    public static int admin() {
        return Integer.getInteger("tianfu.admin.port", DEFAULT_ADMIN);
    }

    public static int database() {
        return Integer.getInteger("tianfu.db.port", DEFAULT_DATABASE);
    }
}
