package cn.scast.tianfu.popscience.imports;

import cn.scast.tianfu.imports.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code popsci_volunteers_*.csv|xlsx}: the 科普员 registry from the cities, job {@code popscience-volunteer-import}. */
@ApplicationScoped
public class VolunteerImportKind implements ImportKind {

    @Override
    public String name() {
        return "popsci-volunteer";
    }

    @Override
    public String jobName() {
        return "popscience-volunteer-import";
    }

    @Override
    public String filePrefix() {
        return "popsci_volunteers_";
    }
}
