package cn.scast.tianfu.popscience.imports;

import cn.scast.tianfu.imports.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code popsci_items_*.csv|xlsx}: 科普 items from the cities (published, not pushed), job {@code popscience-item-import}. */
@ApplicationScoped
public class ItemImportKind implements ImportKind {

    @Override
    public String name() {
        return "popsci-item";
    }

    @Override
    public String jobName() {
        return "popscience-item-import";
    }

    @Override
    public String filePrefix() {
        return "popsci_items_";
    }
}
