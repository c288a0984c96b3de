package cn.scast.tianfu.membership.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssnTest {

    @Test
    void realIssnsPass() {
        assertTrue(Issn.isValid("1001-9081"));   // 计算机应用
        assertTrue(Issn.isValid("2688-2663"));   // MedComm
        assertTrue(Issn.isValid("0317-8471"));   // the ISO 3297 example
        assertTrue(Issn.isValid("2434-561x"));   // lower-case check character X
        assertEquals("2434-561X", Issn.normalise(" 2434-561x "));
    }

    @Test
    void wrongCheckCharacterOrFormatFails() {
        assertFalse(Issn.isValid("1001-9082"));
        assertFalse(Issn.isValid("10019081"));
        assertFalse(Issn.isValid("1001-908"));
        assertFalse(Issn.isValid(null));
    }

    @Test
    void checkCharacterTenIsX() {
        assertEquals('X', Issn.checkCharacter("2434561"));
    }
}
