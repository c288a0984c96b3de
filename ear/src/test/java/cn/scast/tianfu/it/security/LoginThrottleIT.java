package cn.scast.tianfu.it.security;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.LoginOutcome;
import cn.scast.tianfu.membership.Role;
import cn.scast.tianfu.platform.AuditEntry;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failed sign-ins are counted per account and source address. HTTP from the test always comes from one address, so
 * the address logic is exercised through AccountService inside the server, with documentation addresses
 * (RFC 5737); one HTTP path (Basic, then the admin's unlock) runs end to end.
 */
@PlatformTest
class LoginThrottleIT {

    private static final String PASSWORD = "Throttle2026pw";
    private static final String OWNER = "203.0.113.9";

    /** One attacking address per test, so that the address-wide count (across names) of one test meets no other. */
    private final String attacker = "198.51.100." + (1 + ThreadLocalRandom.current().nextInt(254));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(LoginThrottleIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AuditTrail")
    private AuditTrail audit;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Test
    void aFloodFromOneAddressBlocksThatAddressButNotTheOwnerElsewhere() {
        String name = account();
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginOutcome.Status.INVALID, wrong(name, attacker).status(), "failure " + i);
        }
        Instant before = Instant.now();
        LoginOutcome fifth = wrong(name, attacker);
        assertEquals(LoginOutcome.Status.LOCKED, fifth.status());
        assertBlockedFor(Duration.ofMinutes(1), before, fifth.lockedUntil());

        assertEquals(LoginOutcome.Status.LOCKED, accounts.authenticate(name, PASSWORD.toCharArray(), attacker).status(),
                "while blocked even the right password is refused from that address");
        assertEquals(LoginOutcome.Status.VALID, accounts.authenticate(name, PASSWORD.toCharArray(), OWNER).status(),
                "the owner signs in from another address");
        assertEquals(LoginOutcome.Status.LOCKED, wrong(name, attacker).status(), "the owner's success leaves the attacker blocked");
    }

    @Test
    void theBlockGrowsWithEveryFurtherFailureAndASuccessResets() throws Exception {
        String name = account();
        for (int i = 0; i < 5; i++) {
            wrong(name, attacker);
        }
        expireBlocks(name);
        Instant before = Instant.now();
        LoginOutcome sixth = wrong(name, attacker);
        assertEquals(LoginOutcome.Status.LOCKED, sixth.status());
        assertBlockedFor(Duration.ofMinutes(2), before, sixth.lockedUntil());

        expireBlocks(name);
        before = Instant.now();
        LoginOutcome seventh = wrong(name, attacker);
        assertBlockedFor(Duration.ofMinutes(4), before, seventh.lockedUntil());

        expireBlocks(name);
        assertEquals(LoginOutcome.Status.VALID, accounts.authenticate(name, PASSWORD.toCharArray(), attacker).status());
        assertEquals(0, failures(name, attacker), "a success forgets the failures");
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginOutcome.Status.INVALID, wrong(name, attacker).status(), "counting starts again: " + i);
        }
        assertEquals(LoginOutcome.Status.LOCKED, wrong(name, attacker).status());
    }

    @Test
    void anUnknownUsernameIsAnsweredLikeAKnownOne() {
        String known = account();
        String unknown = "nobody." + ThreadLocalRandom.current().nextInt(1_000_000);
        for (int i = 1; i <= 4; i++) {
            assertEquals(wrong(known, attacker).status(), wrong(unknown, attacker).status(), "failure " + i);
        }
        assertEquals(LoginOutcome.Status.LOCKED, wrong(known, attacker).status());
        assertEquals(LoginOutcome.Status.LOCKED, wrong(unknown, attacker).status());
        assertEquals(5, failures(unknown, attacker), "unknown names are counted like known ones");

        // Both run one password hash check: an unknown name is not answered noticeably faster. The fastest of several
        // tries is compared: another test class beside this one only ever adds time to a try.
        // Two known accounts take three wrong passwords each, fewer than it takes to lock one (a locked account checks
        // no hash).
        String[] otherKnown = {account(), account()};
        long knownFastest = Long.MAX_VALUE;
        long unknownFastest = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            knownFastest = Math.min(knownFastest, timed(otherKnown[i % 2], OWNER));
            unknownFastest = Math.min(unknownFastest, timed("nobody.timing." + i, OWNER));
        }
        assertTrue(unknownFastest * 3 > knownFastest,
                "unknown " + unknownFastest / 1_000_000 + " ms vs known " + knownFastest / 1_000_000 + " ms");
    }

    @Test
    void anAdministratorLiftsTheBlocksOverHttpAndTheLiftIsAudited() throws Exception {
        String name = account();
        for (int i = 0; i < 5; i++) {
            wrong(name, attacker);
        }
        assertEquals(LoginOutcome.Status.LOCKED, accounts.authenticate(name, PASSWORD.toCharArray(), attacker).status());

        HttpResponse<String> refused = ApiCalls.as(name, PASSWORD).delete("v1/accounts/" + name + "/login-blocks");
        assertEquals(403, refused.statusCode(), "only administrators lift blocks: " + refused.body());

        HttpResponse<String> shown = admin().get("v1/accounts/" + name + "/login-blocks");
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("\"sourceAddress\":\"" + attacker + "\"") && shown.body().contains("\"blocked\":true"),
                shown.body());

        HttpResponse<String> lifted = admin().delete("v1/accounts/" + name + "/login-blocks");
        assertEquals(200, lifted.statusCode(), lifted.body());
        assertTrue(lifted.body().contains(attacker), lifted.body());
        assertEquals(LoginOutcome.Status.VALID, accounts.authenticate(name, PASSWORD.toCharArray(), attacker).status());

        AuditEntry entry = audit.forTarget("UserAccount", name).stream()
                .filter(e -> e.getAction().equals("account.login-blocks-lift")).findFirst().orElse(null);
        assertNotNull(entry, "lift audited");
        assertEquals("admin", entry.getActor());
        assertTrue(entry.getBeforeState().contains(attacker), entry.getBeforeState());

        HttpResponse<String> unknown = admin().delete("v1/accounts/no.such.account/login-blocks");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void overHttpTheFifthWrongPasswordBlocksBasicSignInFromThatAddress() throws Exception {
        String name = account();
        ApiCalls wrongCaller = ApiCalls.as(name, "wrong-password-1");
        ApiCalls rightCaller = ApiCalls.as(name, PASSWORD);
        String ownPage = "v1/staff";
        assertEquals(200, rightCaller.get(ownPage).statusCode(), "the account works");
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> answer = wrongCaller.get(ownPage);
            assertEquals(401, answer.statusCode(), "failure " + i);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        assertEquals(401, rightCaller.get(ownPage).statusCode(), "blocked: the right password is not even checked");

        String blocks = admin().get("v1/accounts/" + name + "/login-blocks").body();
        assertTrue(blocks.contains("\"failures\":5") && blocks.contains("\"blocked\":true"), blocks);
        assertFalse(blocks.contains(attacker), blocks);

        assertEquals(200, admin().delete("v1/accounts/" + name + "/login-blocks").statusCode());
        assertEquals(200, rightCaller.get(ownPage).statusCode(), "free again after the admin lifted the block");
    }

    private String account() {
        String name = "throttle." + ThreadLocalRandom.current().nextInt(1_000_000);
        accounts.createAccount(name, "限流测试", PASSWORD.toCharArray(), EnumSet.of(Role.CITY_STAFF));
        return name;
    }

    private LoginOutcome wrong(String username, String address) {
        return accounts.authenticate(username, "not-the-password".toCharArray(), address);
    }

    private long timed(String username, String address) {
        long start = System.nanoTime();
        accounts.authenticate(username, "not-the-password".toCharArray(), address);
        return System.nanoTime() - start;
    }

    private static ApiCalls admin() {
        return ApiCalls.as("admin", "Tianfu@2026");
    }

    private static void assertBlockedFor(Duration expected, Instant before, Instant until) {
        assertNotNull(until);
        Duration actual = Duration.between(before, until);
        assertTrue(actual.compareTo(expected.minusSeconds(1)) >= 0 && actual.compareTo(expected.plusSeconds(10)) <= 0,
                "blocked for " + actual + ", expected about " + expected);
    }

    /** Lets the current block run out without waiting for it: its end moves into the past, the count stays. */
    private void expireBlocks(String username) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE login_throttle SET blocked_until = '2000-01-01 00:00:00' WHERE username = ?")) {
            update.setString(1, username);
            assertTrue(update.executeUpdate() > 0);
        }
    }

    private int failures(String username, String address) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT failures FROM login_throttle WHERE username = ? AND source_address = ?")) {
            query.setString(1, username);
            query.setString(2, address);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
