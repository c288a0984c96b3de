package cn.scast.tianfu.platform;

import java.util.Locale;

/**
 * What this server does in the installation. The back office (the EAR on Payara Server, the default) owns the
 * schema, the timers, the batch jobs and the demo data; a portal node (the portal WAR on a Payara Micro node,
 * started with {@code -Dtianfu.node.role=portal}) serves the public and self-service pages and the API from the
 * same code, keeps its own matching index in step with the outbox, and leaves everything else to the back office,
 * so N portal nodes never run a nightly job N times.
 */
public enum NodeRole {
    BACK_OFFICE,
    PORTAL;

    public static final String PROPERTY = "tianfu.node.role";

    /** The role this JVM was started in. */
    public static NodeRole current() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    static NodeRole parse(String setting) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "", "back-office", "backoffice" -> BACK_OFFICE;
            case "portal" -> PORTAL;
            default -> throw new IllegalStateException(PROPERTY + " must be back-office or portal, not " + setting);
        };
    }

    /** Whether this node runs the schema migration, the timers, the batch jobs and the demo data. */
    public boolean runsBackOffice() {
        return this == BACK_OFFICE;
    }
}
