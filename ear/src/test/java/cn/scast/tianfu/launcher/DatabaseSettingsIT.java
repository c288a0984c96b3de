package cn.scast.tianfu.launcher;

import cn.scast.tianfu.it.support.RunningPlatform;
import cn.scast.tianfu.it.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wrong external database setting ends in one line naming the setting, before Payara starts. The wrong password
 * is tried on the test platform's MariaDB, which checks accounts as a production server does.
 */
@ExtendWith(RunningPlatform.class)
class DatabaseSettingsIT {

    @Test
    void wrongPasswordNamesUserAndPasswordSettings() {
        RuntimeSettings settings = external("jdbc:mariadb://127.0.0.1:" + TestPorts.database() + "/mysql", "tianfu_nobody", "wrong");

        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> DatabaseProbe.requireReachable(settings));

        assertTrue(failure.getMessage().contains("TFKJY_DB_USER and TFKJY_DB_PASSWORD"), failure.getMessage());
        assertFalse(failure.getMessage().contains("\n"), "one line");
    }

    @Test
    void unreachableHostNamesTheUrlSetting() {
        RuntimeSettings settings = external("jdbc:mariadb://127.0.0.1:1/tfkjy?connectTimeout=2000", "root", "x");

        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> DatabaseProbe.requireReachable(settings));

        assertTrue(failure.getMessage().startsWith("cannot reach the database at jdbc:mariadb://127.0.0.1:1/tfkjy"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("check TFKJY_DB_URL"), failure.getMessage());
        assertFalse(failure.getMessage().contains("\n"), "one line");
    }

    @Test
    void urlWithoutSchemaIsRefusedBeforeConnecting() {
        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> PayaraServer.schemaOf("jdbc:mariadb://db:3306"));

        assertTrue(failure.getMessage().startsWith("TFKJY_DB_URL must name a schema"), failure.getMessage());
        assertEquals("tfkjy", PayaraServer.schemaOf("jdbc:mariadb://db:3306/tfkjy?useSsl=true"));
    }

    @Test
    void passwordsWithSeparatorsAreEscapedForAsadmin() {
        assertEquals("p\\:a\\=ss\\\\", PayaraServer.escape("p:a=ss\\"));
    }

    private static RuntimeSettings external(String url, String user, String password) {
        System.setProperty("tianfu.payara.home", System.getProperty("tianfu.payara.home", "/tmp"));
        System.setProperty("tianfu.ear", System.getProperty("tianfu.ear", "/tmp/tianfu.ear"));
        return RuntimeSettings.fromEnvironment(Map.of(
                RuntimeSettings.DB_URL, url, RuntimeSettings.DB_USER, user, RuntimeSettings.DB_PASSWORD, password),
                Path.of("/tmp"));
    }
}
