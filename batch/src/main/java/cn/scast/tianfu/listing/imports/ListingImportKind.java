package cn.scast.tianfu.listing.imports;

import cn.scast.tianfu.imports.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code listings_*.csv|xlsx}: supply and demand listings from the cities, job {@code listing-import}. */
@ApplicationScoped
public class ListingImportKind implements ImportKind {

    @Override
    public String name() {
        return "listing";
    }

    @Override
    public String jobName() {
        return "listing-import";
    }

    @Override
    public String filePrefix() {
        return "listings_";
    }
}
