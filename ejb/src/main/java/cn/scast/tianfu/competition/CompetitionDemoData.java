package cn.scast.tianfu.competition;

import cn.scast.tianfu.evaluation.intake.EditionDemoData;
import cn.scast.tianfu.platform.SeedRows;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * On a database without contest editions, configures 第39届青少年科技创新大赛 (20 places per city) and
 * 第七届乡土人才创新创业大赛 (10 per city, with a popular vote) for 2025, registration open now and the
 * rounds opening in 30 days. A failure is logged and rolled back; the application still starts.
 */
@Startup
@Singleton
@DependsOn("AwardDemoData")
@TransactionManagement(TransactionManagementType.BEAN)
public class CompetitionDemoData extends EditionDemoData {

    @EJB
    private CompetitionEditions editions;

    public CompetitionDemoData() {
        super("demo contest editions");
    }

    @Override
    protected long countEditions() {
        return editions.countEditions();
    }

    @Override
    protected String create(Instant opens, Instant closes) {
        editions.configure(CompetitionType.YOUTH, YEAR, "第39届四川省青少年科技创新大赛", false, quotas(20), opens,
                closes);
        editions.configure(CompetitionType.RURAL, YEAR, "第七届四川省乡村振兴乡土人才创新创业大赛", true, quotas(10),
                opens, closes);
        return "contest editions (青少年科技创新大赛, 乡土人才创新创业大赛)";
    }

    private static Map<String, Integer> quotas(int quota) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        SeedRows.of("cities.csv").forEach(row -> quotas.put(row[0], quota));
        return quotas;
    }
}
