package cn.scast.tianfu.membership.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MobilePhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", " 13800138000 ", "138 0013 8000", "138-0013-8000", "+8613800138000",
            "+86 138 0013 8000", "+86-138-0013-8000", "0086 13800138000", "0086-138-0013-8000",
            "１３８００１３８０００", "＋８６ １３８００１３８０００"})
    void acceptedSpellingsNormaliseToElevenDigits(String raw) {
        assertEquals("13800138000", MobilePhoneNumber.parse(raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "15912345678", "16612345678", "17712345678",
            "18812345678", "19912345678"})
    void allSecondDigitsThreeToNineAreAccepted(String raw) {
        assertTrue(MobilePhoneNumber.isValid(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "10800138000", "23800138000", "1380013800", "138001380001",
            "8613800138000", "+8513800138000", "+852 9123 4567", "+86+8613800138000", "1380013800O",
            "(138)00138000", "138.0013.8000", "086 13800138000", "13800138000+86", "１３８００１３８００"})
    void malformedNumbersAreRejectedWithChineseReason(String raw) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> MobilePhoneNumber.parse(raw));
        assertEquals("手机号码格式不正确", e.reason());
        assertFalse(MobilePhoneNumber.isValid(raw));
    }

    @Test
    void arabicIndicDigitsAreNotTakenForDigits() {
        // "13" + Arabic-Indic ٨٠٠١٣٨٠٠٠ would match 1[3-9]\d{9} with UNICODE_CHARACTER_CLASS; stored numbers
        // must be ASCII.
        assertFalse(MobilePhoneNumber.isValid("13٨٠٠١٣٨٠٠٠"));
    }

    @Test
    void nullOrBlankIsRejected() {
        assertEquals("手机号码不能为空",
                assertThrows(InvalidIdentifierException.class, () -> MobilePhoneNumber.parse(null)).reason());
        assertEquals("手机号码不能为空",
                assertThrows(InvalidIdentifierException.class, () -> MobilePhoneNumber.parse(" ")).reason());
    }

    @Test
    void maskedAndToStringHideTheMiddleDigits() {
        MobilePhoneNumber phone = MobilePhoneNumber.parse("+86 138 0013 8000");
        assertEquals("138****8000", phone.masked());
        assertEquals("138****8000", phone.toString());
        assertFalse(phone.toString().contains("13800138000"));
    }

    @Test
    void equalityIsByNormalisedNumber() {
        assertEquals(MobilePhoneNumber.parse("13800138000"), MobilePhoneNumber.parse("+86-138-0013-8000"));
        assertEquals(MobilePhoneNumber.parse("13800138000").hashCode(),
                MobilePhoneNumber.parse("0086 13800138000").hashCode());
    }
}
