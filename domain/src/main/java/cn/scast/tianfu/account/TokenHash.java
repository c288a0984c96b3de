package cn.scast.tianfu.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One-time link tokens: 32 random bytes in URL-safe Base64 go into the mail; only their SHA-256 (hex) is stored, so
 * a copy of the database cannot be used to reset anyone's password. A plain hash suffices: the token has 256 bits
 * of entropy, nothing to guess from a dictionary.
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token.strip()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
