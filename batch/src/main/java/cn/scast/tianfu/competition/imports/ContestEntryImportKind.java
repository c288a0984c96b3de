package cn.scast.tianfu.competition.imports;

import cn.scast.tianfu.imports.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code contest_entries_*.csv|xlsx}: contest registrations from the cities, job {@code contest-entry-import}. */
@ApplicationScoped
public class ContestEntryImportKind implements ImportKind {

    @Override
    public String name() {
        return "contest-entry";
    }

    @Override
    public String jobName() {
        return "contest-entry-import";
    }

    @Override
    public String filePrefix() {
        return "contest_entries_";
    }
}
