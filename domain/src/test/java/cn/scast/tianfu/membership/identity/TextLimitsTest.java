package cn.scast.tianfu.membership.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLimitsTest {

    /** 𠮷 U+20BB7, outside the BMP: two UTF-16 units, one character for MariaDB utf8mb4. */
    private static final String JI = "\uD842\uDFB7";

    @Test
    void supplementaryCharacterCountsAsOne() {
        assertEquals(2, JI.length());
        assertEquals(1, TextLimits.codePointLength(JI));
        assertEquals(3, TextLimits.codePointLength("吉" + JI + "祥"));
        assertEquals(0, TextLimits.codePointLength(null));
        assertEquals(0, TextLimits.codePointLength(""));
    }

    @Test
    void sixtyFourRareCharactersFitSixtyFourColumn() {
        String name = JI.repeat(64);
        assertEquals(128, name.length()); // @Size(max = 64) would wrongly reject this
        assertTrue(TextLimits.fits(name, 64));
        assertFalse(TextLimits.fits(name + "a", 64));
        assertTrue(TextLimits.fits(null, 0));
    }

    @Test
    void truncateNeverSplitsASurrogatePair() {
        String name = "张" + JI + JI;
        assertEquals("张" + JI, TextLimits.truncate(name, 2));
        assertEquals("张", TextLimits.truncate(name, 1));
        assertEquals(name, TextLimits.truncate(name, 3));
        assertEquals(name, TextLimits.truncate(name, 99));
        assertEquals("", TextLimits.truncate(name, 0));
        assertNull(TextLimits.truncate(null, 5));
        assertThrows(IllegalArgumentException.class, () -> TextLimits.truncate(name, -1));
    }
}
