package cn.scast.tianfu.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A term of a national classification: disciplines (GB/T 13745) or industries (GB/T 4754).
 * Both are trees of codes, so one table holds them, told apart by {@link Taxonomy}.
 */
@Entity
@Cacheable
@IdClass(TaxonomyTermKey.class)
@Table(name = "ref_taxonomy_term")
public class TaxonomyTerm {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Taxonomy taxonomy;

    @Id
    @Column(length = 16)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "parent_code", length = 16)
    private String parentCode;

    @Column(nullable = false)
    private int level;

    protected TaxonomyTerm() {
    }

    public TaxonomyTerm(Taxonomy taxonomy, String code, String name, String parentCode, int level) {
        this.taxonomy = taxonomy;
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
        this.level = level;
    }

    public Taxonomy getTaxonomy() {
        return taxonomy;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public int getLevel() {
        return level;
    }
}
