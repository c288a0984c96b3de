package cn.scast.tianfu.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin keyfile and domain.xml changes of the launcher, checked without starting the server. */
class DomainHardeningIT {

    /** The admin line of Payara 6.2025.10's fresh domain1, whose admin password is empty. */
    private static final String PAYARA_DEFAULT =
            "admin;{SSHA256}KmDHfsWXWeoRBbY3XMIaW7x95ljvpJlqx/aIeDZakL22/1BrYLp7Ig==;asadmin";

    @Test
    void readsPayarasOwnEncoding() {
        String encoded = PAYARA_DEFAULT.split(";")[1];

        assertTrue(AdminKeyfile.matches(encoded, ""));
        assertFalse(AdminKeyfile.matches(encoded, "admin"));
    }

    @Test
    void replacesAnotherPasswordAndKeepsAMatchingOne(@TempDir Path directory) throws IOException {
        Path keyfile = directory.resolve("admin-keyfile");
        Files.writeString(keyfile, PAYARA_DEFAULT + "\n");

        assertTrue(AdminKeyfile.ensurePassword(keyfile, "admin", "s3cretPassw0rd"));
        String line = Files.readString(keyfile).strip();
        assertTrue(line.startsWith("admin;{SSHA256}") && line.endsWith(";asadmin"), line);
        assertTrue(AdminKeyfile.matches(line.split(";")[1], "s3cretPassw0rd"));

        assertFalse(AdminKeyfile.ensurePassword(keyfile, "admin", "s3cretPassw0rd"), "already set: unchanged");
        assertEquals(line, Files.readString(keyfile).strip());
    }

    @Test
    void hardenedDomainHasNoVersionHeadersAndAnAdminListenerOnLoopback() {
        String xml = """
                <protocol name="http-listener-1">
                    <http default-virtual-server="server" max-connections="250">
                <protocol name="admin-listener">
                    <http default-virtual-server="__asadmin" xpowered-by="true" encoded-slash-enabled="true">
                <network-listener port="8080" protocol="http-listener-1" transport="tcp" name="http-listener-1" thread-pool="http-thread-pool"></network-listener>
                <network-listener port="4848" protocol="admin-listener" transport="tcp" name="admin-listener" thread-pool="admin-thread-pool"></network-listener>
                """;

        String hardened = DomainConfiguration.withoutVersionHeaders(DomainConfiguration.adminListenerOnLoopback(xml));

        assertEquals(2, hardened.split("xpowered-by=\"false\" server-header=\"false\"", -1).length - 1, hardened);
        assertFalse(hardened.contains("xpowered-by=\"true\""), hardened);
        assertTrue(hardened.contains("<network-listener address=\"127.0.0.1\" port=\"4848\""), hardened);
        assertFalse(hardened.contains("address=\"127.0.0.1\" port=\"8080\""), hardened);
        assertEquals(hardened, DomainConfiguration.withoutVersionHeaders(DomainConfiguration.adminListenerOnLoopback(hardened)),
                "idempotent");
    }

    @Test
    void portsOfTheServerConfigMoveTogetherAndOnlyThere() {
        String xml = """
                <config name="server-config">
                    <iiop-listener address="0.0.0.0" port="3700" id="orb-listener-1" lazy-init="true" />
                    <jmx-connector auth-realm-name="admin-realm" security-enabled="false" address="0.0.0.0" port="8686" name="system" />
                    <network-listener port="8080" protocol="http-listener-1" transport="tcp" name="http-listener-1" thread-pool="http-thread-pool"></network-listener>
                    <network-listener port="8181" protocol="http-listener-2" transport="tcp" name="http-listener-2" thread-pool="http-thread-pool"></network-listener>
                    <network-listener address="127.0.0.1" port="4848" protocol="admin-listener" transport="tcp" name="admin-listener" thread-pool="admin-thread-pool"></network-listener>
                </config>
                <config name="default-config">
                    <network-listener port="${HTTP_LISTENER_PORT}" protocol="http-listener-1" transport="tcp" name="http-listener-1" thread-pool="http-thread-pool"></network-listener>
                </config>
                """;

        String moved = DomainConfiguration.withPorts(xml, 18080, 14848);

        assertTrue(moved.contains("port=\"18080\" protocol=\"http-listener-1\""), moved);
        assertTrue(moved.contains("port=\"18181\" protocol=\"http-listener-2\""), moved);
        assertTrue(moved.contains("address=\"127.0.0.1\" port=\"14848\" protocol=\"admin-listener\""), moved);
        assertTrue(moved.contains("port=\"13700\" id=\"orb-listener-1\""), moved);
        assertTrue(moved.contains("port=\"18686\" name=\"system\""), moved);
        assertTrue(moved.contains("port=\"${HTTP_LISTENER_PORT}\""), "other configs untouched: " + moved);
        assertEquals(moved, DomainConfiguration.withPorts(moved, 18080, 14848), "idempotent");
        assertEquals(xml, DomainConfiguration.withPorts(moved, 8080, 4848), "back to the defaults");
    }

    @Test
    void extraJvmOptionsOfAnEarlierStartAreReplacedNotPiledUp() {
        String xml = """
                <config name="server-config">
                  <java-config>
                    <jvm-options>-Xmx2g</jvm-options>
                  </java-config>
                </config>
                """;

        String first = DomainConfiguration.withExtraJvmOptions(xml, List.of("-XX:TieredStopAtLevel=1", "-Da=<b>"));
        assertTrue(first.contains("<jvm-options>-XX:TieredStopAtLevel=1</jvm-options>"), first);
        assertTrue(first.contains("<jvm-options>-Da=&lt;b&gt;</jvm-options>"), first);
        assertTrue(first.indexOf("-Da=&lt;b&gt;</jvm-options>") < first.indexOf("</java-config>"), first);

        String second = DomainConfiguration.withExtraJvmOptions(first, List.of("-XX:+UseSerialGC"));
        assertFalse(second.contains("TieredStopAtLevel"), second);
        assertFalse(second.contains("-Da="), second);
        assertTrue(second.contains("<jvm-options>-XX:+UseSerialGC</jvm-options>"), second);
        assertTrue(second.contains("<jvm-options>-Xmx2g</jvm-options>"), "Payara's own options stay: " + second);
        assertEquals(second, DomainConfiguration.withExtraJvmOptions(second, List.of("-XX:+UseSerialGC")), "idempotent");

        String none = DomainConfiguration.withExtraJvmOptions(second, List.of());
        assertFalse(none.contains("UseSerialGC") || none.contains("extraJvmOptions"), "none asked for: none left: " + none);
        assertTrue(none.contains("<jvm-options>-Xmx2g</jvm-options>"), none);
    }

    @Test
    void noJmsBrokerIsStarted() {
        String xml = """
                <jms-service addresslist-behavior="priority" default-jms-host="default_JMS_host" type="EMBEDDED">
                <jms-service default-jms-host="default_JMS_host" type="LOCAL">
                """;

        String disabled = DomainConfiguration.withoutJmsBroker(xml);

        assertEquals(2, disabled.split("type=\"DISABLED\"", -1).length - 1, disabled);
        assertFalse(disabled.contains("EMBEDDED") || disabled.contains("LOCAL"), disabled);
        assertEquals(disabled, DomainConfiguration.withoutJmsBroker(disabled), "idempotent");
    }
}
