package cn.scast.tianfu.membership;

import jakarta.persistence.*;

/** 学会: a learned society, identified by its code. */
@Entity
@Table(name = "mem_society")
public class Society {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 16, unique = true)
    private String code;
    @Column(nullable = false, length = 64)
    private String name;
    @Column(name = "discipline_code", length = 16)
    private String disciplineCode;
    @Column(name = "supervising_unit", length = 64)
    private String supervisingUnit;
    @Column(name = "founded_year")
    private Integer foundedYear;
    @Column(name = "member_count")
    private Integer memberCount;
    @Version
    private long version;

    protected Society() {
    }

    public Society(String code) {
        this.code = code;
    }

    public void update(String name, String disciplineCode, String supervisingUnit) {
        this.name = name;
        this.disciplineCode = disciplineCode;
        this.supervisingUnit = supervisingUnit;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getDisciplineCode() { return disciplineCode; }
    public String getSupervisingUnit() { return supervisingUnit; }
    public Integer getFoundedYear() { return foundedYear; }
    public Integer getMemberCount() { return memberCount; }
}
