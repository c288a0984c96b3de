package cn.scast.tianfu.membership.imports;

import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import cn.scast.tianfu.membership.OrganisationType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationImportTest {

    @Test
    void typeByChineseLabelOrConstantName() throws Exception {
        assertEquals(OrganisationType.UNIVERSITY_ASSOCIATION, type("高校科协"));
        assertEquals(OrganisationType.ENTERPRISE_ASSOCIATION, type("企业科协"));
        assertEquals(OrganisationType.ENTERPRISE_OR_INSTITUTION, type("enterprise_or_institution"));
        assertNull(type(" "));
    }

    @Test
    void unknownTypeNamesTheChoices() {
        RowRejectedException rejected = assertThrows(RowRejectedException.class, () -> type("社会团体"));
        assertEquals("type", rejected.column());
        assertTrue(rejected.reason().contains("企事业单位"), rejected.reason());
    }

    private static OrganisationType type(String value) throws RowRejectedException {
        SourceRow row = new SourceRow(2, Map.of("type", value), "x," + value);
        return OrganisationImport.type(row, new RowFields(row));
    }
}
