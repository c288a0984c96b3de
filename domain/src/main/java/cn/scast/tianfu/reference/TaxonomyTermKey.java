package cn.scast.tianfu.reference;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of {@link TaxonomyTerm} (a class, not a record: JPA sets its fields reflectively). */
public class TaxonomyTermKey implements Serializable {

    private Taxonomy taxonomy;
    private String code;

    public TaxonomyTermKey() {
    }

    public TaxonomyTermKey(Taxonomy taxonomy, String code) {
        this.taxonomy = taxonomy;
        this.code = code;
    }

    public Taxonomy getTaxonomy() {
        return taxonomy;
    }

    public String getCode() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaxonomyTermKey key && taxonomy == key.taxonomy && Objects.equals(code, key.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taxonomy, code);
    }
}
