package cn.scast.tianfu.membership.imports;

import cn.scast.tianfu.imports.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code workers_*.csv|xlsx}: 科技工作者 from the city associations, job {@code worker-import}. */
@ApplicationScoped
public class WorkerImportKind implements ImportKind {

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public String jobName() {
        return "worker-import";
    }

    @Override
    public String filePrefix() {
        return "workers_";
    }
}
