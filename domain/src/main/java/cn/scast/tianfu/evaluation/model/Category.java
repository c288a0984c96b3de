package cn.scast.tianfu.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A category or track of an edition (学科组/赛道); jurors are assigned per category. */
@Entity
@Table(name = "evl_category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    protected Category() {
    }

    public Category(Edition edition, String code, String name) {
        this.edition = edition;
        this.code = code;
        this.name = name;
    }

    public Long getId() { return id; }
    public Edition getEdition() { return edition; }
    public String getCode() { return code; }
    public String getName() { return name; }
}
