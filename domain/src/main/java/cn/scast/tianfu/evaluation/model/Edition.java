package cn.scast.tianfu.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One year of a programme (届), e.g. 川渝科技学术大会优秀论文 2024. */
@Entity
@Table(name = "evl_edition")
public class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "edition_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 160)
    private String name;

    protected Edition() {
    }

    public Edition(Programme programme, int year, String name) {
        this.programme = programme;
        this.year = year;
        this.name = name;
    }

    public Long getId() { return id; }
    public Programme getProgramme() { return programme; }
    public int getYear() { return year; }
    public String getName() { return name; }
}
