package cn.scast.tianfu.award;

import cn.scast.tianfu.evaluation.intake.EditionDemoData;
import cn.scast.tianfu.platform.SeedRows;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * On a database without award editions, configures the 2025 edition of each award so nominations can be
 * tried at once: the provincial societies of seeds/societies.csv recommend papers, societies, journals and
 * events (quotas 3/1/1/1), the 21 cities recommend 最美科技工作者 (2 each, 10 places: 差额评审). Nominations
 * are open now; the rounds open in 30 days. Runs after the evaluation demo data, like it a convenience:
 * a failure is logged and rolled back.
 */
@Startup
@Singleton
@DependsOn("PaperAwardDemoEvaluation")
@TransactionManagement(TransactionManagementType.BEAN)
public class AwardDemoData extends EditionDemoData {

    @EJB
    private AwardEditions editions;

    public AwardDemoData() {
        super("demo award editions");
    }

    @Override
    protected long countEditions() {
        return editions.countEditions();
    }

    @Override
    protected String create(Instant opens, Instant closes) {
        editions.create(AwardType.PAPER, YEAR, YEAR + "年度川渝科技学术大会优秀科技论文", LocalDate.of(2024, 7, 1),
                LocalDate.of(2025, 6, 30), null, societies(3), opens, closes);
        editions.create(AwardType.SOCIETY, YEAR, YEAR + "年度川渝一流学会", null, null, null, societies(1), opens, closes);
        editions.create(AwardType.JOURNAL, YEAR, YEAR + "年度川渝一流科技期刊", null, null, null, societies(1), opens,
                closes);
        editions.create(AwardType.EVENT, YEAR, YEAR + "年度川渝具有影响力的学术活动", null, null, null, societies(1),
                opens, closes);
        editions.create(AwardType.WORKER, YEAR, YEAR + "年四川“最美科技工作者”", null, null, 10, cities(2), opens,
                closes);
        return "award editions (优秀论文, 一流学会, 一流科技期刊, 学术活动, 最美科技工作者)";
    }

    private static List<QuotaSpec> societies(int quota) {
        List<QuotaSpec> units = new ArrayList<>();
        for (String[] row : SeedRows.of("societies.csv")) {
            units.add(new QuotaSpec(row[0], row[1], "SOCIETY", quota));
        }
        return units;
    }

    private static List<QuotaSpec> cities(int quota) {
        List<QuotaSpec> units = new ArrayList<>();
        for (String[] row : SeedRows.of("cities.csv")) {
            units.add(new QuotaSpec(row[0], row[1] + "科协", "CITY", quota));
        }
        return units;
    }
}
