package cn.scast.tianfu.award;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Who a nominee is, for "one per person per edition": SHA-256 of name and unit after NFKC and without
 * blanks, so that full-width letters or a stray space do not make a second person.
 */
public final class PersonKey {

    private PersonKey() {
    }

    public static String of(String name, String unit) {
        String text = normalise(name) + "|" + normalise(unit);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
