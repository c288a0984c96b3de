package cn.scast.tianfu.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextTest {

    @Test
    void blankTextIsNoValue() {
        assertNull(Text.strippedOrNull(null));
        assertNull(Text.strippedOrNull(""));
        assertNull(Text.strippedOrNull(" \t\n"));
        assertNull(Text.strippedOrNull("\u3000"), "an ideographic space (全角空格) is white space too");
    }

    @Test
    void otherTextLosesOnlyItsOuterWhiteSpace() {
        assertEquals("成都市 科协", Text.strippedOrNull("\u3000 成都市 科协\t"));
        assertEquals("𠮷野家", Text.strippedOrNull("𠮷野家"));
    }
}
