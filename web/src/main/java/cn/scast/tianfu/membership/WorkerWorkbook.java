package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.XlsxExport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The workers of a filter as an .xlsx file (same filters and privacy as the search). */
public final class WorkerWorkbook {

    private static final List<String> HEADERS = List.of("编号", "姓名", "身份证号（脱敏）", "手机号码", "电子邮箱", "所在市州",
            "区县代码", "学科代码", "职称/职务", "所属单位");

    private WorkerWorkbook() {
    }

    public static Path write(WorkerService workers, String namePrefix, String cityCode, Long societyId)
            throws XlsxExport.TooManyRows, IOException {
        long matching = workers.countUpTo(namePrefix, cityCode, societyId, XlsxExport.MAX_ROWS);
        Map<String, String> cities = workers.cities();
        return XlsxExport.write("科技工作者", HEADERS, matching,
                after -> workers.exportBatch(namePrefix, cityCode, societyId, after),
                w -> Arrays.asList(w.id(), w.name(), w.idMasked(), w.mobile(), w.email(),
                        cities.getOrDefault(w.cityCode(), w.cityCode()), w.countyCode(), w.disciplineCode(), w.title(),
                        w.organisationName()));
    }
}
