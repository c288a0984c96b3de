package cn.scast.tianfu.membership.imports;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkerImportTest {

    private final WorkerImport target = new WorkerImport();

    @Test
    void idNumbersAreMaskedInTheReportedRow() {
        assertEquals("张三,510104********123X,13800138000",
                target.redact("张三,51010419800101123X,13800138000"));
        assertEquals("\"510104********0011\"", target.redact("\"510104198001010011\""));
    }

    @Test
    void otherDigitRunsAreLeftAlone() {
        // 19 digits (e.g. an account number) and an 11-digit phone are not ID numbers
        assertEquals("1234567890123456789,13800138000", target.redact("1234567890123456789,13800138000"));
        assertEquals(null, target.redact(null));
    }
}
