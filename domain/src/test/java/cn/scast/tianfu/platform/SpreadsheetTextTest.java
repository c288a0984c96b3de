package cn.scast.tianfu.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpreadsheetTextTest {

    @Test
    void formulaStartsGetAnApostrophe() {
        assertEquals("'=cmd|' /C calc'!A0", SpreadsheetText.neutralise("=cmd|' /C calc'!A0"));
        assertEquals("'+SUM(A1)", SpreadsheetText.neutralise("+SUM(A1)"));
        assertEquals("'-2+3", SpreadsheetText.neutralise("-2+3"));
        assertEquals("'@SUM(1)", SpreadsheetText.neutralise("@SUM(1)"));
        assertEquals("'\t=1", SpreadsheetText.neutralise("\t=1"));
        assertEquals("'\rx", SpreadsheetText.neutralise("\rx"));
        assertEquals("' =1+1", SpreadsheetText.neutralise(" =1+1"));
        assertEquals("'\u3000=1+1", SpreadsheetText.neutralise("\u3000=1+1"), "ideographic space before =");
    }

    @Test
    void harmlessTextStaysAsItIs() {
        assertEquals("四川省科协", SpreadsheetText.neutralise("四川省科协"));
        assertEquals("a=b", SpreadsheetText.neutralise("a=b"));
        assertEquals("user@example.com", SpreadsheetText.neutralise("user@example.com"));
        assertEquals("", SpreadsheetText.neutralise(""));
        assertEquals("   ", SpreadsheetText.neutralise("   "));
        assertNull(SpreadsheetText.neutralise(null));
    }
}
