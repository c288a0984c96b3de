package cn.scast.tianfu.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 乡土人才库: a prize winner of the 乡土人才创新创业大赛 final, entered after the results. */
@Entity
@Table(name = "cts_rural_talent")
public class RuralTalent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @Column(name = "project_title", nullable = false, length = 255)
    private String projectTitle;

    @Column(nullable = false, length = 32)
    private String tier;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected RuralTalent() {
    }

    public RuralTalent(long editionId, long entryId, String name, String countyCode, String cityCode,
                       String projectTitle, String tier, Instant enteredAt) {
        this.editionId = editionId;
        this.entryId = entryId;
        this.name = name;
        this.countyCode = countyCode;
        this.cityCode = cityCode;
        this.projectTitle = projectTitle;
        this.tier = tier;
        this.enteredAt = enteredAt;
    }

    public Long getId() { return id; }
    public long getEditionId() { return editionId; }
    public long getEntryId() { return entryId; }
    public String getName() { return name; }
    public String getCountyCode() { return countyCode; }
    public String getCityCode() { return cityCode; }
    public String getProjectTitle() { return projectTitle; }
    public String getTier() { return tier; }
    public Instant getEnteredAt() { return enteredAt; }
}
