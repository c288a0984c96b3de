package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens of public subscribers' links (confirmation, unsubscribe and manage, read tracking): 32 random bytes in
 * URL-safe Base64 go into the mail or SMS, only their SHA-256 is stored. Codes are 6 random digits.
 */
public final class SubscriberTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SubscriberTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** SHA-256 (hex) of a token; a missing token hashes to a value no stored token has. */
    public static String hash(String token) {
        return Sha256.hex((token == null ? "" : token.strip()).getBytes(StandardCharsets.UTF_8));
    }
}
