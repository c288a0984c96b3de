package cn.scast.tianfu.membership;

import jakarta.persistence.*;

/** 科技期刊, optionally run by a society. */
@Entity
@Table(name = "mem_journal")
public class Journal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 16, unique = true)
    private String code;
    @Column(nullable = false, length = 64)
    private String name;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "society_id")
    private Society society;
    @Column(length = 9)
    private String issn;
    @Column(length = 16)
    private String cn;
    @Column(name = "discipline_code", length = 16)
    private String disciplineCode;
    @Version
    private long version;

    protected Journal() {
    }

    public Journal(String code) {
        this.code = code;
    }

    public void update(String name, Society society, String issn, String cn, String disciplineCode) {
        this.name = name;
        this.society = society;
        this.issn = issn;
        this.cn = cn;
        this.disciplineCode = disciplineCode;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Society getSociety() { return society; }
    public String getIssn() { return issn; }
    public String getCn() { return cn; }
    public String getDisciplineCode() { return disciplineCode; }
}
