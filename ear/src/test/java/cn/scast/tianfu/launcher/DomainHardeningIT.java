package cn.scast.tianfu.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
