package cn.scast.tianfu.imports;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code cities_*.csv|xlsx}: the 21 市州 (code,name,sort_order), one file per run of job {@code city-import}. */
@ApplicationScoped
public class CityImportKind implements ImportKind {

    @Override
    public String name() {
        return "city";
    }

    @Override
    public String jobName() {
        return "city-import";
    }

    @Override
    public String filePrefix() {
        return "cities_";
    }
}
