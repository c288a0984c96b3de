package cn.scast.tianfu.membership.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnifiedSocialCreditCodeTest {

    // Character values: 0-9 → 0-9, A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21 N22 P23 Q24 R25 T26 U27
    // W28 X29 Y30. Weights: 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.

    private static String reasonFor(String raw) {
        return assertThrows(InvalidIdentifierException.class, () -> UnifiedSocialCreditCode.parse(raw)).reason();
    }

    @Test
    void wellKnownExampleCodeIsValid() {
        // 91350100M000100Y4: 9×1 + 1×3 + 3×9 + 5×27 + 0×19 + 1×26 + 0×16 + 0×17 + M(21)×20 + 0×29 + 0×25
        // + 0×13 + 1×8 + 0×24 + 0×10 + Y(30)×30 + 4×28 = 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640;
        // 1640 mod 31 = 28 (31×52 = 1612); 31 − 28 = 3 → check '3'.
        assertEquals('3', UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4"));
        assertTrue(UnifiedSocialCreditCode.isValid("91350100M000100Y43"));
    }

    @Test
    void huaweiTechnologiesCodeIsValid() {
        // Published code of 华为技术有限公司 (organisation code 19220382-1).
        // 9×1 + 1×3 + 4×9 + 4×27 + 0×19 + 3×26 + 0×16 + 0×17 + 1×20 + 9×29 + 2×25 + 2×13 + 0×8 + 3×24 + 8×10
        // + 2×30 + 1×28 = 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831;
        // 831 mod 31 = 25 (31×26 = 806); 31 − 25 = 6 → check '6'.
        assertEquals('6', UnifiedSocialCreditCode.checkCharacter("91440300192203821"));
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("914403001922038216");
        assertEquals('9', code.registrationAuthority());
        assertEquals('1', code.institutionCategory());
        assertEquals("440300", code.regionCode());
        assertEquals("192203821", code.organisationCode());
    }

    @Test
    void tencentCodeWithLetterCheckIsValid() {
        // Published code of 深圳市腾讯计算机系统有限公司 (organisation code 71526726-X).
        // 9×1 + 1×3 + 4×9 + 4×27 + 0×19 + 3×26 + 0×16 + 0×17 + 7×20 + 1×29 + 5×25 + 2×13 + 6×8 + 7×24 + 2×10
        // + 6×30 + X(29)×28 = 9+3+36+108+0+78+0+0+140+29+125+26+48+168+20+180+812 = 1782;
        // 1782 mod 31 = 15 (31×57 = 1767); 31 − 15 = 16 → 'G'.
        assertEquals('G', UnifiedSocialCreditCode.checkCharacter("9144030071526726X"));
        assertTrue(UnifiedSocialCreditCode.isValid("9144030071526726XG"));
    }

    @Test
    void remainderZeroGivesCheckZeroNotThirtyOne() {
        // 9151010000000000G: 9×1 + 1×3 + 5×9 + 1×27 + 0×19 + 1×26 + 0 … + G(16)×28 = 9+3+45+27+26+448 = 558
        // = 31×18, so 558 mod 31 = 0 and 31 − 0 = 31, which the standard maps to '0'.
        assertEquals('0', UnifiedSocialCreditCode.checkCharacter("9151010000000000G"));
        assertTrue(UnifiedSocialCreditCode.isValid("9151010000000000G0"));
    }

    @Test
    void socialOrganisationRegisteredWithCivilAffairsIsValid() {
        // 5 = 民政 (civil affairs), 1 = 社会团体: the kind of code a learned society member has.
        // 5×1 + 1×3 + 5×9 + 1×27 + 0×19 + 0×26 + 0×16 + 0×17 + 5×20 + 0 … + 1×28 = 5+3+45+27+100+28 = 208;
        // 208 mod 31 = 22 (31×6 = 186); 31 − 22 = 9 → '9'.
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("515100005000000019");
        assertEquals('5', code.registrationAuthority());
        assertEquals("510000", code.regionCode());
    }

    @Test
    void inputIsTrimmedAndUpperCased() {
        assertEquals("91350100M000100Y43", UnifiedSocialCreditCode.parse("  91350100m000100y43 ").value());
        assertEquals("91350100M000100Y43", UnifiedSocialCreditCode.normalise("91350100m000100y43\t"));
        assertEquals("9144030071526726XG", UnifiedSocialCreditCode.parse("９１４４０３００７１５２６７２６ＸＧ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M0O0100Y43", "9I350100M000100Y43", "91350100M000100Z43",
            "91350100M000100S43", "91350100M000100V43", "91350100m0001o0y43"})
    void lettersLeftOutOfTheCharsetAreRejected(String raw) {
        assertEquals("统一社会信用代码含有非法字符 I/O/Z/S/V", reasonFor(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4-", "91350100M000100Y4#", "91350100M0001 0Y43", "91350100M000100Y4码"})
    void otherCharactersAreRejected(String raw) {
        assertEquals("统一社会信用代码只能包含数字和大写字母", reasonFor(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "350100M000100Y4"})
    void wrongLengthIsRejected(String raw) {
        assertEquals("统一社会信用代码长度应为 18 位", reasonFor(raw));
    }

    @Test
    void wrongCheckCharacterIsRejected() {
        assertEquals("统一社会信用代码校验位错误", reasonFor("91350100M000100Y44"));
        assertEquals("统一社会信用代码校验位错误", reasonFor("914403001922038217"));
        // Swapped adjacent characters.
        assertEquals("统一社会信用代码校验位错误", reasonFor("914403001922308216"));
    }

    @Test
    void everyCharacterOtherThanTheCheckIsRejectedInLastPosition() {
        for (char c : UnifiedSocialCreditCode.CHARSET.toCharArray()) {
            boolean valid = UnifiedSocialCreditCode.isValid("91350100M000100Y4" + c);
            assertEquals(c == '3', valid, "check character " + c);
        }
    }

    @Test
    void unknownRegistrationAuthorityIsRejected() {
        String base = "B1350100M000100Y4";
        assertEquals("统一社会信用代码登记管理部门代码无效",
                reasonFor(base + UnifiedSocialCreditCode.checkCharacter(base)));
        String zero = "01350100M000100Y4";
        assertEquals("统一社会信用代码登记管理部门代码无效",
                reasonFor(zero + UnifiedSocialCreditCode.checkCharacter(zero)));
    }

    @Test
    void authoritiesAddedAfter2015AreAccepted() {
        for (String base : new String[] {"A1510100MA61R8QX0", "N2510100MA61R8QX0", "Y1510100MA61R8QX0"}) {
            assertTrue(UnifiedSocialCreditCode.isValid(base + UnifiedSocialCreditCode.checkCharacter(base)), base);
        }
    }

    @Test
    void regionCodeMustBeDigits() {
        String base = "9135A100M000100Y4";
        assertEquals("统一社会信用代码第 3–8 位应为行政区划码数字",
                reasonFor(base + UnifiedSocialCreditCode.checkCharacter(base)));
    }

    @Test
    void nullOrBlankIsRejected() {
        assertEquals("统一社会信用代码不能为空", reasonFor(null));
        assertEquals("统一社会信用代码不能为空", reasonFor(""));
    }

    @Test
    void checkCharacterRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> UnifiedSocialCreditCode.checkCharacter("9135"));
        assertThrows(IllegalArgumentException.class, () -> UnifiedSocialCreditCode.checkCharacter("91350100M000100O4"));
    }

    @Test
    void equalityAndToString() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91350100m000100y43");
        assertEquals(UnifiedSocialCreditCode.parse("91350100M000100Y43"), code);
        assertEquals(UnifiedSocialCreditCode.parse("91350100M000100Y43").hashCode(), code.hashCode());
        assertNotEquals(UnifiedSocialCreditCode.parse("914403001922038216"), code);
        assertEquals("91350100M000100Y43", code.toString());
        assertFalse(UnifiedSocialCreditCode.isValid(null));
    }
}
