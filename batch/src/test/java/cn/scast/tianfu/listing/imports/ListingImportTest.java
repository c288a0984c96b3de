package cn.scast.tianfu.listing.imports;

import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import cn.scast.tianfu.platform.ChinaTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Row checks of the listing import (the upsert itself runs in the integration tests). */
class ListingImportTest {

    static final List<String> HEADER = List.of("external_id", "side", "kind", "title", "description", "keywords",
            "discipline_code", "industry_code", "city_code", "amount_wan_yuan", "owner_name");

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    private final ListingImport target = new ListingImport(Clock.fixed(NOW, ChinaTime.ZONE));

    @BeforeEach
    void knownCodes() {
        target.useKnownCodes(Set.of("430", "550", "61030"), Set.of("38", "75"), Set.of("510100", "511800"));
    }

    private static SourceRow row(String... cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < HEADER.size(); i++) {
            values.put(HEADER.get(i), i < cells.length ? cells[i] : "");
        }
        return new SourceRow(2, values, String.join(",", cells));
    }

    @Test
    void seedStyleRowBecomesUpsertParameters() throws RowRejectedException {
        List<Object> parameters = target.toParameters(row("L0001", "SUPPLY", "SCIENCE_POPULARISATION",
                "茶文化与茶叶科学科普课程", "面向青少年的科普课程", "茶叶;茶文化；科普课程", "550", "75", "511800", "", "四川农业大学"));

        assertEquals(Arrays.asList("L0001", "SUPPLY", "SCIENCE_POPULARISATION", "茶文化与茶叶科学科普课程",
                "面向青少年的科普课程", "茶叶;茶文化;科普课程", "550", "75", "511800", null, "四川农业大学"), parameters.subList(0, 11));
        assertEquals(java.sql.Timestamp.from(NOW), parameters.get(11), "created_at: now by the injected clock");
        assertEquals(parameters.size(), target.upsertSql().chars().filter(c -> c == '?').count());
    }

    @Test
    void amountIsDecimalInTenThousandYuan() throws RowRejectedException {
        List<Object> parameters = target.toParameters(row("L0002", "DEMAND", "RESEARCH_CHALLENGE", "攻关", "", "",
                "430", "38", "510100", "1000.5", ""));

        assertEquals(new BigDecimal("1000.5"), parameters.get(9));
        assertNull(parameters.get(10));
    }

    @Test
    void kindMustBelongToTheSide() {
        RowRejectedException refused = assertThrows(RowRejectedException.class, () -> target.toParameters(
                row("L0003", "SUPPLY", "REQUIREMENT", "标题")));

        assertEquals("kind", refused.column());
        assertTrue(refused.reason().contains("不一致"), refused.reason());
    }

    @Test
    void unknownCodesAreRefusedWithTheirColumn() {
        assertEquals("discipline_code", refusedColumn(row("L4", "DEMAND", "REQUIREMENT", "标题", "", "", "99999")));
        assertEquals("industry_code", refusedColumn(row("L5", "DEMAND", "REQUIREMENT", "标题", "", "", "430", "99")));
        assertEquals("city_code", refusedColumn(row("L6", "DEMAND", "REQUIREMENT", "标题", "", "", "430", "38", "519900")));
        assertEquals("city_code", refusedColumn(row("L7", "DEMAND", "REQUIREMENT", "标题", "", "", "", "", "510104")));
    }

    @Test
    void badValuesAreRefusedWithTheirColumn() {
        assertEquals("title", refusedColumn(row("L8", "DEMAND", "REQUIREMENT", "")));
        assertEquals("title", refusedColumn(row("L9", "DEMAND", "REQUIREMENT", "长".repeat(101))));
        assertEquals("side", refusedColumn(row("L10", "BOTH", "REQUIREMENT", "标题")));
        assertEquals("amount_wan_yuan", refusedColumn(row("L11", "DEMAND", "REQUIREMENT", "标题", "", "", "", "", "", "-1")));
        assertEquals("amount_wan_yuan", refusedColumn(row("L12", "DEMAND", "REQUIREMENT", "标题", "", "", "", "", "", "一百")));
        assertEquals("external_id", refusedColumn(row("", "DEMAND", "REQUIREMENT", "标题")));
    }

    private String refusedColumn(SourceRow row) {
        return assertThrows(RowRejectedException.class, () -> target.toParameters(row)).column();
    }
}
