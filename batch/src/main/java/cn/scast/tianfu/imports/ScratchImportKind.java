package cn.scast.tianfu.imports;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code scratch_*.csv|xlsx}: listing-like rows into import_scratch (restart tests, benchmark), job {@code scratch-import}. */
@ApplicationScoped
public class ScratchImportKind implements ImportKind {

    @Override
    public String name() {
        return "scratch";
    }

    @Override
    public String jobName() {
        return "scratch-import";
    }

    @Override
    public String filePrefix() {
        return "scratch_";
    }
}
