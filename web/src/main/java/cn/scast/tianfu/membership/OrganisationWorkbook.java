package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.XlsxExport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The organisations of a filter as an .xlsx file. */
public final class OrganisationWorkbook {

    private static final List<String> HEADERS = List.of("编号", "单位名称", "单位类型", "统一社会信用代码", "所在市州");
    private static final Map<OrganisationType, String> TYPES = Map.of(
            OrganisationType.ENTERPRISE_OR_INSTITUTION, "企事业单位",
            OrganisationType.UNIVERSITY_ASSOCIATION, "高校科协",
            OrganisationType.ENTERPRISE_ASSOCIATION, "企业科协");

    private OrganisationWorkbook() {
    }

    public static Path write(OrganisationService organisations, String namePrefix, String cityCode, OrganisationType type)
            throws XlsxExport.TooManyRows, IOException {
        long matching = organisations.countUpTo(namePrefix, cityCode, type, XlsxExport.MAX_ROWS);
        return XlsxExport.write("会员单位", HEADERS, matching,
                after -> organisations.exportBatch(namePrefix, cityCode, type, after),
                o -> Arrays.asList(o.id(), o.name(), TYPES.get(o.type()), o.creditCode(), o.cityCode()));
    }
}
