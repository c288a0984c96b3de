package cn.scast.tianfu.it.platform;

import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.RunningPlatform;
import cn.scast.tianfu.it.support.TestPorts;
import cn.scast.tianfu.launcher.AdminCredentials;
import cn.scast.tianfu.launcher.DatabaseCredentials;
import cn.scast.tianfu.launcher.RuntimeSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Secure defaults of the platform the run command and the tests start: the embedded MariaDB is reachable on
 * the loopback address only and checks passwords, Payara's admin interface wants the generated password and
 * listens on the loopback address only, as do remote EJB and JMX, no HTTP response names the server and its
 * version, and what lies outside the application (the server's root, unknown paths and methods) is answered in
 * Chinese.
 */
@ClientTest
class SecureDefaultsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void databaseIsNotReachableFromOtherAddresses() {
        Optional<InetAddress> address = nonLoopbackIpv4Address();
        assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address: bind address not checked");

        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:mariadb://" + address.get().getHostAddress() + ":" + databasePort()
                        + "/tfkjy?connectTimeout=5000", appAccount().appUser(), appAccount().appPassword()).close());

        assertTrue(causedBy(refused, ConnectException.class), "expected a refused connection, got " + refused);
    }

    @Test
    void rootWithoutOrWithAWrongPasswordIsRefused() {
        for (String password : new String[] {"", "tianfu", "wrong-password"}) {
            SQLException denied = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(loopbackUrl(), "root", password).close(),
                    "root with password '" + password + "' must be refused");
            assertEquals("28000", denied.getSQLState(), denied.getMessage());
        }
        SQLException unknownUser = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(loopbackUrl(), "nobody", "").close());
        assertEquals("28000", unknownUser.getSQLState(), unknownUser.getMessage());
    }

    @Test
    void applicationAccountSeesItsSchemaOnly() throws SQLException {
        DatabaseCredentials account = appAccount();

        try (Connection connection = DriverManager.getConnection(loopbackUrl(), account.appUser(), account.appPassword());
             ResultSet databases = connection.createStatement().executeQuery("SHOW DATABASES")) {
            Set<String> names = new TreeSet<>();
            while (databases.next()) {
                names.add(databases.getString(1));
            }
            assertEquals(new TreeSet<>(Set.of("information_schema", "tfkjy")), names);
        }
        SQLException wrongPassword = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                loopbackUrl(), account.appUser(), account.appPassword() + "x").close());
        assertEquals("28000", wrongPassword.getSQLState(), wrongPassword.getMessage());
    }

    @Test
    void credentialsAreReadableByTheirOwnerOnly() throws IOException {
        Path data = RunningPlatform.dataDirectory();
        for (Path file : new Path[] {DatabaseCredentials.file(data), RunningPlatform.platform().admin().passwordFile()}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(DatabaseCredentials.file(data).getParent())));
    }

    @Test
    void adminInterfaceWantsTheGeneratedPassword() throws IOException, InterruptedException {
        String url = "http://localhost:" + TestPorts.admin() + "/management/domain.json";
        AdminCredentials admin = RunningPlatform.platform().admin();

        assertEquals(401, get(url, Optional.empty()).statusCode());
        assertEquals(401, get(url, Optional.of(admin.user() + ":wrong")).statusCode());
        HttpResponse<String> authorised = get(url, Optional.of(admin.user() + ":" + admin.password()));
        assertEquals(200, authorised.statusCode(), authorised.body());
    }

    @Test
    void adminInterfaceListensOnLoopbackOnly() throws IOException {
        Optional<InetAddress> address = nonLoopbackIpv4Address();
        assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address: bind address not checked");

        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(address.get(), TestPorts.admin()), 5000));
        }
    }

    @Test
    void aResourceRequestItCannotServeGetsTheChineseErrorPage() throws IOException, InterruptedException {
        for (String path : new String[] {"/jakarta.faces.resource/web.xml.xhtml?ln=../WEB-INF",
                "/jakarta.faces.resource/no-such.js.xhtml?ln=primefaces"}) {
            HttpResponse<String> refused = get(Deployments.BASE_URL + path, Optional.empty());
            assertEquals(404, refused.statusCode(), path + ": " + refused.body());
            assertTrue(refused.body().contains("页面不存在"), path + ": " + refused.body());
            assertFalse(refused.body().contains("<web-app"), path + ": " + refused.body());
        }
        HttpResponse<String> served = get(Deployments.BASE_URL + "/jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces",
                Optional.empty());
        assertEquals(200, served.statusCode());
        assertTrue(served.body().contains("jQuery"), "a real resource is still served");
    }

    @Test
    void responsesDoNotNameTheServerOrItsVersion() throws IOException, InterruptedException {
        for (String url : new String[] {Deployments.BASE_URL + "/login.xhtml", Deployments.BASE_URL + "/api/health",
                Deployments.BASE_URL + "/no-such-page"}) {
            HttpResponse<String> response = get(url, Optional.empty());

            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(),
                    url + " X-Powered-By: " + response.headers().allValues("X-Powered-By"));
            Optional<String> server = response.headers().firstValue("Server");
            assertFalse(server.isPresent() && server.get().matches(".*\\d.*"), url + " Server: " + server.orElse(""));
        }
    }

    @Test
    void theServerOutsideTheApplicationAnswersInChineseAndLeadsToIt() throws IOException, InterruptedException {
        HttpResponse<String> root = get(Deployments.SERVER_URL + "/", Optional.empty());
        assertEquals(200, root.statusCode(), root.body());
        assertTrue(root.body().contains("天府科技云") && root.body().contains("url=/tfkjy/"), root.body());
        assertFalse(root.body().contains("Payara"), root.body());

        HttpResponse<String> unknown = get(Deployments.SERVER_URL + "/no-such-place", Optional.empty());
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("页面不存在"), unknown.body());
        assertFalse(unknown.body().contains("Payara"), unknown.body());

        HttpResponse<String> metrics = get(Deployments.SERVER_URL + "/metrics", Optional.empty());
        assertFalse(metrics.statusCode() == 200 || metrics.body().contains("connection_pool"),
                "the JVM's and pools' metrics are not served to anyone: " + metrics.statusCode());
        assertFalse(metrics.body().contains("Payara"), metrics.body());
    }

    @Test
    void anUnknownMethodIsAnsweredInChinese() throws IOException, InterruptedException {
        for (String url : new String[] {Deployments.BASE_URL + "/", Deployments.SERVER_URL + "/"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .method("FOOBAR", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(501, answer.statusCode(), url + ": " + answer.body());
            assertTrue(answer.body().contains("不支持的请求方法"), url + ": " + answer.body());
            assertFalse(answer.body().contains("Payara"), url + ": " + answer.body());
        }
    }

    @Test
    void remoteEjbAndJmxAreNotReachableFromOtherAddresses() throws IOException {
        Optional<InetAddress> address = nonLoopbackIpv4Address();
        assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address: bind address not checked");
        int offset = TestPorts.http() - 8080; // the launcher moves these ports by as much as HTTP moved

        for (int port : new int[] {3700 + offset, 8686 + offset}) {
            try (Socket socket = new Socket()) {
                assertThrows(ConnectException.class,
                        () -> socket.connect(new InetSocketAddress(address.get(), port), 5000), "port " + port);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000); // it does listen
            }
        }
    }

    @Test
    void theServerListensBeyondTheLoopbackAddressOnlyForHttp() throws IOException {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("net")), "no /proc: listening sockets not checked");
        String domain = RunningPlatform.platform().serverLog().getParent().getParent().toString();
        long pid = serverPid(proc, domain);
        Set<String> sockets = new TreeSet<>();
        try (var fds = Files.list(proc.resolve(pid + "/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while the list was read
                }
            }
        }
        Set<Integer> open = new TreeSet<>();
        for (String table : new String[] {"tcp", "tcp6"}) {
            for (String line : Files.readAllLines(proc.resolve("net/" + table)).stream().skip(1).toList()) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                boolean listening = f[3].equals("0A");
                boolean loopback = local[0].equals("0100007F") || local[0].endsWith("0100007F") && local[0].length() == 32
                        || local[0].equals("00000000000000000000000001000000");
                if (listening && sockets.contains(f[9]) && !loopback) {
                    open.add(Integer.parseInt(local[1], 16));
                }
            }
        }
        int offset = TestPorts.http() - 8080;
        assertEquals(new TreeSet<>(Set.of(TestPorts.http(), 8181 + offset)), open,
                "ports of the server (pid " + pid + ") on addresses other than 127.0.0.1: only HTTP and HTTPS");
    }

    private static long serverPid(Path proc, String domainDirectory) throws IOException {
        try (var entries = Files.list(proc)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String command = Files.readString(entry.resolve("cmdline"), StandardCharsets.UTF_8).replace('\0', ' ');
                    if (command.contains("ASMain") && command.contains(domainDirectory)) {
                        return Long.parseLong(entry.getFileName().toString());
                    }
                } catch (IOException gone) {
                    // the process ended while the list was read
                }
            }
        }
        throw new AssertionError("no Payara process for " + domainDirectory);
    }

    private HttpResponse<String> get(String url, Optional<String> basicCredentials)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        basicCredentials.ifPresent(credentials -> request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static DatabaseCredentials appAccount() {
        return DatabaseCredentials.loadOrCreate(RunningPlatform.dataDirectory());
    }

    private static int databasePort() {
        return RunningPlatform.platform().settings().embeddedDatabasePort();
    }

    private static String loopbackUrl() {
        return "jdbc:mariadb://127.0.0.1:" + databasePort() + "/" + RuntimeSettings.SCHEMA + "?connectTimeout=5000";
    }

    private static Optional<InetAddress> nonLoopbackIpv4Address() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(SecureDefaultsIT::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp() && !networkInterface.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
