package cn.scast.tianfu.competition;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 报名: one contest project (youth) or rural entrant; the engine entry carries it through the rounds. */
@Entity
@Table(name = "cts_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "category_code", nullable = false, length = 32)
    private String categoryCode;

    @Column(nullable = false, length = 255)
    private String title;

    @Column(name = "entrant_name", nullable = false, length = 64)
    private String entrantName;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @Column(name = "county_code", length = 6)
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_level", length = 8)
    private SchoolLevel schoolLevel;

    @Column(length = 32)
    private String subject;

    @Column(length = 128)
    private String school;

    @Column(length = 64)
    private String tutor;

    @Column(nullable = false)
    private boolean team;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cts_member", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "seq")
    @Column(name = "name", length = 64)
    private List<String> members = new ArrayList<>();

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Registration() {
    }

    public Registration(long editionId, long entryId, String categoryCode, String title, String entrantName,
                        String cityCode, String countyCode, SchoolLevel schoolLevel, String subject, String school,
                        String tutor, List<String> members, String registeredBy, Instant registeredAt) {
        this.editionId = editionId;
        this.entryId = entryId;
        this.categoryCode = categoryCode;
        this.title = title;
        this.entrantName = entrantName;
        this.cityCode = cityCode;
        this.countyCode = countyCode;
        this.schoolLevel = schoolLevel;
        this.subject = subject;
        this.school = school;
        this.tutor = tutor;
        this.members = new ArrayList<>(members);
        this.team = members.size() > 1;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public Long getId() { return id; }
    public long getEditionId() { return editionId; }
    public long getEntryId() { return entryId; }
    public String getCategoryCode() { return categoryCode; }
    public String getTitle() { return title; }
    public String getEntrantName() { return entrantName; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public SchoolLevel getSchoolLevel() { return schoolLevel; }
    public String getSubject() { return subject; }
    public String getSchool() { return school; }
    public String getTutor() { return tutor; }
    public boolean isTeam() { return team; }
    public List<String> getMembers() { return List.copyOf(members); }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
}
