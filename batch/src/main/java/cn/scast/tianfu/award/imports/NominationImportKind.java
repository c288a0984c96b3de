package cn.scast.tianfu.award.imports;

import cn.scast.tianfu.imports.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code nominations_*.csv|xlsx}: award nominations of the recommending units, job {@code award-nomination-import}. */
@ApplicationScoped
public class NominationImportKind implements ImportKind {

    @Override
    public String name() {
        return "award-nomination";
    }

    @Override
    public String jobName() {
        return "award-nomination-import";
    }

    @Override
    public String filePrefix() {
        return "nominations_";
    }
}
