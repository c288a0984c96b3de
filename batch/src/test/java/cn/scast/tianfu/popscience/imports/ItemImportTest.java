package cn.scast.tianfu.popscience.imports;

import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Row checks of the 科普 item import and the 科普员 import's masking (the upserts run in the integration tests). */
class ItemImportTest {

    static final List<String> HEADER = List.of("external_id", "kind", "title", "summary", "body", "video_url",
            "activity_time", "activity_place", "topics", "audience", "city_code", "county_code", "town");

    private final ItemImport target = new ItemImport(java.time.Clock.systemUTC());

    private static SourceRow row(String... cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < HEADER.size(); i++) {
            values.put(HEADER.get(i), i < cells.length ? cells[i] : "");
        }
        return new SourceRow(2, values, String.join(",", cells));
    }

    @Test
    void aSeedRowBecomesUpsertParameters() throws RowRejectedException {
        List<Object> parameters = target.toParameters(row("PS9", "ACTIVITY", "科普大篷车", "进乡村", "", "",
                "9月20日", "邛海公园", "SPACE；BASIC", "PUBLIC", "513400", "513401", ""));
        assertEquals(List.of("PS9", "ACTIVITY", "科普大篷车", "进乡村"), parameters.subList(0, 4));
        assertEquals("SPACE,BASIC", parameters.get(8), "in taxonomy order");
        assertEquals("513401", parameters.get(11));
        assertEquals(parameters.size(), target.upsertSql().chars().filter(c -> c == '?').count());
    }

    @Test
    void badRowsNameTheColumnAndTheReason() {
        RowRejectedException topic = assertThrows(RowRejectedException.class, () -> target.toParameters(row("PS1",
                "ARTICLE", "标题", "摘要", "", "", "", "", "ASTROLOGY", "PUBLIC", "", "", "")));
        assertEquals("topics", topic.column());
        RowRejectedException video = assertThrows(RowRejectedException.class, () -> target.toParameters(row("PS2",
                "VIDEO", "标题", "摘要", "", "", "", "", "SPACE", "PUBLIC", "", "", "")));
        assertEquals("video_url", video.column());
        assertTrue(video.reason().contains("视频链接"), video.reason());
        RowRejectedException county = assertThrows(RowRejectedException.class, () -> target.toParameters(row("PS3",
                "ARTICLE", "标题", "摘要", "", "", "", "", "SPACE", "PUBLIC", "510300", "510107", "")));
        assertEquals("county_code", county.column());
    }

    @Test
    void theVolunteerReportMasksMobileNumbers() {
        assertEquals("510100,510107,某街道,张三,138****1111,",
                new VolunteerImport().redact("510100,510107,某街道,张三,13800001111,"));
    }
}
