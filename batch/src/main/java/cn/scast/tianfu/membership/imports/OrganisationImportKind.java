package cn.scast.tianfu.membership.imports;

import cn.scast.tianfu.imports.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code organisations_*.csv|xlsx}: 企事业单位, 高校科协 and 企业科协, job {@code organisation-import}. */
@ApplicationScoped
public class OrganisationImportKind implements ImportKind {

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public String jobName() {
        return "organisation-import";
    }

    @Override
    public String filePrefix() {
        return "organisations_";
    }
}
