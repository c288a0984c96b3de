package cn.scast.tianfu.it.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Browser.type refuses text ChromeDriver cannot type, before a browser is involved. An IT only because the ear
 * module runs its tests with failsafe; it needs neither Payara nor the database.
 */
class BrowserTypingIT {

    @Test
    void textOfTheBasicMultilingualPlaneIsTyped() {
        assertDoesNotThrow(() -> Browser.requireBasicMultilingualPlane("f", "绵阳吉祥电子有限公司·〇①"));
    }

    @Test
    void aSupplementaryCharacterIsRefusedWithItsCodePointAndTheField() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Browser.requireBasicMultilingualPlane("orderForm:clientName", "绵阳𠮷祥电子有限公司"));

        assertTrue(refused.getMessage().contains("U+20BB7") && refused.getMessage().contains("orderForm:clientName"),
                refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Browser.requireBasicMultilingualPlane("f", "𠀀"));
    }
}
