package cn.scast.tianfu.launcher;

import java.nio.file.Path;
import java.util.Map;

/** The run command's portal settings: how many Payara Micro nodes, on which ports, from which files. */
final class PortalSettings {

    static final String NODES = "TFKJY_PORTAL_NODES";
    static final String PORT = "TFKJY_PORTAL_PORT";
    static final String CLUSTER_PORT = "TFKJY_PORTAL_CLUSTER_PORT";

    private PortalSettings() {
    }

    /** 0 (the default): the back office alone, as before. */
    static int nodes(Map<String, String> env) {
        return number(env, NODES, 0);
    }

    /** nginx's port; the nodes take the next ones. */
    static int port(Map<String, String> env) {
        return number(env, PORT, 8000);
    }

    /** The first Hazelcast member port of the portal's cluster. */
    static int clusterPort(Map<String, String> env) {
        return number(env, CLUSTER_PORT, 5901);
    }

    static Path microJar() {
        return Path.of(System.getProperty("tianfu.payara.micro", "launcher/target/payara-micro.jar"));
    }

    static Path war() {
        return Path.of(System.getProperty("tianfu.portal.war", "portal/target/tianfu-portal.war"));
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new LaunchFailure(name + " must be a number, not " + value);
        }
    }
}
