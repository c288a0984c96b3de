package cn.scast.tianfu.platform;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens of links sent by mail or SMS (one-time links, vote links, subscribers' links): 32 random bytes in URL-safe
 * Base64 go into the message; only their SHA-256 (hex) is stored, so a copy of the database opens no link. A plain
 * hash suffices: the token has 256 bits of entropy, nothing to guess from a dictionary.
 */
public final class TokenHash {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHash() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token, 64 hex digits; null or blank tokens hash to a value no stored token has. */
    public static String of(String token) {
        return Sha256.hex((token == null ? "" : token.strip()).getBytes(StandardCharsets.UTF_8));
    }
}
