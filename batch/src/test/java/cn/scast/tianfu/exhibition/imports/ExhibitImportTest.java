package cn.scast.tianfu.exhibition.imports;

import cn.scast.tianfu.imports.ImportKind;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Row checks of the exhibit import (the upsert itself runs in the integration tests). */
class ExhibitImportTest {

    static final List<String> HEADER = List.of("code", "collection", "award_year", "name", "field", "unit", "city",
            "story", "portrait_path", "demo");

    private final ExhibitImport target = new ExhibitImport();

    private static SourceRow row(String... cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < HEADER.size(); i++) {
            values.put(HEADER.get(i), i < cells.length ? cells[i] : "");
        }
        return new SourceRow(3, values, String.join(",", cells));
    }

    private String refusedColumn(String... cells) {
        RowRejectedException refused = assertThrows(RowRejectedException.class, () -> target.toParameters(row(cells)));
        assertEquals(3, refused.lineNumber());
        return refused.column();
    }

    @Test
    void aSeedRowBecomesUpsertParameters() throws RowRejectedException {
        List<Object> parameters = target.toParameters(row("ZM-D001", "MOST_BEAUTIFUL", "2024", "示例·陈书予", "智能制造",
                "示例重型装备有限公司", "德阳市", "一段故事。", "images/exhibits/chen.png", "Y"));

        assertEquals(Arrays.asList("ZM-D001", "MOST_BEAUTIFUL", 2024, "示例·陈书予", "智能制造", "示例重型装备有限公司",
                "德阳市", "一段故事。", "images/exhibits/chen.png", true), parameters);
        assertEquals(parameters.size(), target.upsertSql().chars().filter(c -> c == '?').count());
        assertEquals("ZM-D001", target.uniqueKey(parameters));
    }

    @Test
    void theChineseCollectionNameIsAcceptedAndOptionalCellsMayBeEmpty() throws RowRejectedException {
        List<Object> parameters = target.toParameters(row("BB-0001", "四川百年百杰科学家", "", "邓稼先", "", "", "",
                "故事", "", ""));

        assertEquals(Arrays.asList("BB-0001", "CENTURY_SCIENTISTS", null, "邓稼先", null, null, null, "故事", null, false),
                parameters);
    }

    @Test
    void badRowsAreRefusedNamingTheColumn() {
        assertEquals("code", refusedColumn("", "MOST_BEAUTIFUL", "2024", "某人", "", "", "", "故事", "", ""));
        assertEquals("code", refusedColumn("带 空格", "MOST_BEAUTIFUL", "2024", "某人", "", "", "", "故事", "", ""));
        assertEquals("collection", refusedColumn("X1", "院士", "2024", "某人", "", "", "", "故事", "", ""));
        assertEquals("award_year", refusedColumn("X1", "MOST_BEAUTIFUL", "二〇二四", "某人", "", "", "", "故事", "", ""));
        assertEquals("award_year", refusedColumn("X1", "MOST_BEAUTIFUL", "1800", "某人", "", "", "", "故事", "", ""));
        assertEquals("name", refusedColumn("X1", "MOST_BEAUTIFUL", "2024", "", "", "", "", "故事", "", ""));
        assertEquals("story", refusedColumn("X1", "MOST_BEAUTIFUL", "2024", "某人", "", "", "", "", "", ""));
        assertEquals("story", refusedColumn("X1", "MOST_BEAUTIFUL", "2024", "某人", "", "", "", "第一段\n第二段", "", ""));
        assertEquals("story", refusedColumn("X1", "MOST_BEAUTIFUL", "2024", "某人", "", "", "", "长".repeat(1001), "", ""));
        assertEquals("portrait_path", refusedColumn("X1", "MOST_BEAUTIFUL", "2024", "某人", "", "", "", "故事",
                "https://example.com/a.png", ""));
        assertEquals("portrait_path", refusedColumn("X1", "MOST_BEAUTIFUL", "2024", "某人", "", "", "", "故事",
                "../../etc/passwd.png", ""));
        assertEquals("demo", refusedColumn("X1", "MOST_BEAUTIFUL", "2024", "某人", "", "", "", "故事", "", "maybe"));
    }

    @Test
    void theReasonIsChinese() {
        RowRejectedException refused = assertThrows(RowRejectedException.class, () -> target.toParameters(
                row("X1", "院士", "2024", "某人", "", "", "", "故事", "", "")));
        assertTrue(refused.reason().contains("最美科技工作者"), refused.reason());
    }

    @Test
    void theInboxRecognisesExhibitFiles() {
        ImportKind kind = ImportKind.of(new ExhibitImport());
        assertEquals("file-import", kind.jobName());
        assertEquals("exhibit", kind.jobParameters("/in/exhibits_2025.csv", null).getProperty("target"));
        assertTrue(kind.matches("exhibits_2025.csv") && kind.matches("EXHIBITS_2025.xlsx"));
        assertTrue(!kind.matches("exhibits_2025.txt") && !kind.matches("listings_2025.csv"));
    }
}
