package cn.scast.tianfu.membership.imports;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalImportTest {

    @Test
    void issnCheckDigits() {
        assertTrue(JournalImport.issnCheckDigitValid("1001-9081"));
        assertTrue(JournalImport.issnCheckDigitValid("1672-173X"));
        assertFalse(JournalImport.issnCheckDigitValid("1001-9082"));
        assertFalse(JournalImport.issnCheckDigitValid("1672-1730"));
    }
}
