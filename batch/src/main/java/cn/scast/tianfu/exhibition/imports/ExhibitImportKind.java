package cn.scast.tianfu.exhibition.imports;

import cn.scast.tianfu.imports.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code exhibits_*.csv|xlsx}: exhibits of the online exhibition, job {@code exhibit-import}. */
@ApplicationScoped
public class ExhibitImportKind implements ImportKind {

    @Override
    public String name() {
        return "exhibit";
    }

    @Override
    public String jobName() {
        return "exhibit-import";
    }

    @Override
    public String filePrefix() {
        return "exhibits_";
    }
}
