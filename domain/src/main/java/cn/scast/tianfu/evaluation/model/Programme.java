package cn.scast.tianfu.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An award or competition run every year, e.g. 川渝科技学术大会优秀论文 or 青少年科技创新大赛. */
@Entity
@Table(name = "evl_programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProgrammeKind kind;

    @Column(nullable = false, length = 128)
    private String name;

    protected Programme() {
    }

    public Programme(ProgrammeKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public Long getId() { return id; }
    public ProgrammeKind getKind() { return kind; }
    public String getName() { return name; }
}
