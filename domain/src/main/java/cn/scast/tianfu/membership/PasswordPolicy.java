package cn.scast.tianfu.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be: at least ten characters, letters and digits, not the username. Whether it
 * repeats the old password needs the stored hash and is checked by the account service.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The reasons (Chinese) a new password is refused; empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("请输入新密码");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            problems.add("新密码至少 " + MINIMUM_LENGTH + " 个字符");
        }
        if (length > MAXIMUM_LENGTH) {
            problems.add("新密码最多 " + MAXIMUM_LENGTH + " 个字符");
        }
        boolean letter = password.codePoints().anyMatch(c -> c < 128 && Character.isLetter(c));
        boolean digit = password.codePoints().anyMatch(c -> c >= '0' && c <= '9');
        if (!letter || !digit) {
            problems.add("新密码须同时包含英文字母和数字");
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            problems.add("新密码不能与用户名相同");
        }
        return problems;
    }
}
