package cn.scast.tianfu.membership;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void tenCharactersWithLettersAndDigitsPass() {
        assertEquals(List.of(), PasswordPolicy.problems("admin", "abcdefgh12"));
        assertEquals(List.of(), PasswordPolicy.problems("admin", "Tianfu@2026"));
        assertEquals(List.of(), PasswordPolicy.problems("admin", "科技云密码abc123"));
    }

    @Test
    void tooShortIsRefused() {
        assertEquals(List.of("新密码至少 10 个字符"), PasswordPolicy.problems("admin", "abcdef123"));
    }

    @Test
    void lettersOnlyOrDigitsOnlyAreRefused() {
        assertEquals(List.of("新密码须同时包含英文字母和数字"), PasswordPolicy.problems("admin", "abcdefghijkl"));
        assertEquals(List.of("新密码须同时包含英文字母和数字"), PasswordPolicy.problems("admin", "123456789012"));
        assertEquals(List.of("新密码须同时包含英文字母和数字"), PasswordPolicy.problems("admin", "科技云科技云科技云12"));
    }

    @Test
    void theUsernameIsRefusedWhateverItsCase() {
        assertTrue(PasswordPolicy.problems("zhang.san2026", "Zhang.San2026").contains("新密码不能与用户名相同"));
    }

    @Test
    void emptyAndOverlongAreRefused() {
        assertEquals(List.of("请输入新密码"), PasswordPolicy.problems("admin", ""));
        assertEquals(List.of("请输入新密码"), PasswordPolicy.problems("admin", null));
        assertTrue(PasswordPolicy.problems("admin", "a1".repeat(65)).contains("新密码最多 128 个字符"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // nine characters, one of them outside the BMP (two UTF-16 units): still too short
        assertTrue(PasswordPolicy.problems("admin", "abc1234\uD842\uDFB7x").contains("新密码至少 10 个字符"));
    }
}
