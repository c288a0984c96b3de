package cn.scast.tianfu.workstation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** 院士(专家)工作站: a host unit's workstation, its experts, and one evaluation grade per year. */
@Entity
@Table(name = "workstation")
public class Workstation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "host_unit", nullable = false, length = 100)
    private String hostUnit;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @Column(name = "established_year", nullable = false)
    private int establishedYear;

    /** Names of the academicians and experts, separated by 、 as in the association's lists. */
    @Column(nullable = false, length = 500)
    private String experts;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workstation_evaluation", joinColumns = @JoinColumn(name = "workstation_id"))
    @MapKeyColumn(name = "eval_year")
    @Enumerated(EnumType.STRING)
    @Column(name = "grade", length = 16)
    private Map<Integer, EvaluationGrade> grades = new TreeMap<>();

    protected Workstation() {
    }

    public Workstation(String name, String hostUnit, String cityCode, int establishedYear, String experts) {
        this.name = name;
        this.hostUnit = hostUnit;
        this.cityCode = cityCode;
        this.establishedYear = establishedYear;
        this.experts = experts;
    }

    /** A workstation is evaluated from the year after it was established, once per year. */
    public void grade(int year, EvaluationGrade grade) {
        if (year <= establishedYear) {
            throw new cn.scast.tianfu.platform.RuleViolation(
                    "工作站 " + establishedYear + " 年建站，" + year + " 年不能参加年度考评");
        }
        grades.put(year, grade);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getHostUnit() { return hostUnit; }
    public String getCityCode() { return cityCode; }
    public int getEstablishedYear() { return establishedYear; }
    public String getExperts() { return experts; }
    public Map<Integer, EvaluationGrade> getGrades() { return Collections.unmodifiableMap(grades); }
}
