package cn.scast.tianfu.imports.file;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil\",\"x\")", "=1+1", "=",
            "+SUM(A1:A9)", "+1+1", "+cmd|x", "@SUM(1+1)", "@foo", "-2+3", "-cmd|' /C calc'!A0", "-SUM(A1)",
            "--1", "\t=1+1", "\r=1+1", "\t+SUM(A1)", "\r\n@x", " =1", "\u3000=1", "-1-1", "+2-3", "-12.5.1",
            "-1,23", "-1,2345", "-.", "-e5", "-1e", "-1e+", "-1%%", "-1 2", "+", "+ 1-2", "+86 138x0000000", "-１２"})
    void rejectsFormulaLikeValues(String value) {
        String reason = CellChecks.formulaInjectionReason(value);
        assertTrue(reason != null && reason.startsWith("单元格内容疑似公式注入（以 "), value + " -> " + reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.5", "-12", "-0.5", "-.5", "-1,234.50", "-3%", "-1.5E3", "-1e-5", "+12.5", "+100",
            "-1,234,567.89", "-1.", "- 12 ", "-12.5 ",
            "+86 13800000000", "+86-138-0000-0000", "+86 (28) 8765-4321", "+8613800000000", "-",
            "12.5", "13800000000", "张三", "a=b", "user@example.com", "C++", "\t12", "", "   "})
    void acceptsLookAlikes(String value) {
        assertNull(CellChecks.formulaInjectionReason(value), value);
    }

    @Test
    void reasonNamesTheLeadingCharacter() {
        assertEquals("单元格内容疑似公式注入（以 = 开头）", CellChecks.formulaInjectionReason("=A1"));
        assertEquals("单元格内容疑似公式注入（以 + 开头）", CellChecks.formulaInjectionReason("+A1"));
        assertEquals("单元格内容疑似公式注入（以 - 开头）", CellChecks.formulaInjectionReason("-A1"));
        assertEquals("单元格内容疑似公式注入（以 @ 开头）", CellChecks.formulaInjectionReason("@A1"));
        assertEquals("单元格内容疑似公式注入（以 = 开头）", CellChecks.formulaInjectionReason("\t=A1"));
    }

    @Test
    void phoneNeedsSevenDigits() {
        assertNull(CellChecks.formulaInjectionReason("+86 1234567"));
        assertTrue(CellChecks.isFormulaLike("+86 1234"));
    }

    @Test
    void lengthReason() {
        assertNull(CellChecks.lengthReason(65_535, 65_535));
        assertEquals("单元格超过最大长度 65535 字符（实际 65536）", CellChecks.lengthReason(65_535, 65_536));
    }

    @Test
    void checkCombinesLengthAndFormula() {
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxCellLength(5);
        assertEquals("单元格超过最大长度 5 字符（实际 6）", CellChecks.check("=12345", limits));
        assertEquals("单元格内容疑似公式注入（以 = 开头）", CellChecks.check("=1", limits));
        assertNull(CellChecks.check("ok", limits));
    }
}
