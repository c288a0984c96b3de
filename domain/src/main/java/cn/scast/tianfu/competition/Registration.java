package cn.scast.tianfu.competition;

import cn.scast.tianfu.evaluation.intake.Submission;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 报名: one contest project (youth) or rural entrant; the engine entry carries it through the rounds. */
@Entity
@Table(name = "cts_registration")
@AttributeOverride(name = "submittedBy", column = @Column(name = "registered_by", nullable = false, length = 64))
@AttributeOverride(name = "submittedAt", column = @Column(name = "registered_at", nullable = false))
public class Registration extends Submission {

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

    protected Registration() {
    }

    public Registration(long editionId, long entryId, String categoryCode, String title, String entrantName,
                        String cityCode, String countyCode, SchoolLevel schoolLevel, String subject, String school,
                        String tutor, List<String> members, String registeredBy, Instant registeredAt) {
        super(editionId, entryId, categoryCode, title, entrantName, registeredBy, registeredAt);
        this.cityCode = cityCode;
        this.countyCode = countyCode;
        this.schoolLevel = schoolLevel;
        this.subject = subject;
        this.school = school;
        this.tutor = tutor;
        this.members = new ArrayList<>(members);
        this.team = members.size() > 1;
    }

    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public SchoolLevel getSchoolLevel() { return schoolLevel; }
    public String getSubject() { return subject; }
    public String getSchool() { return school; }
    public String getTutor() { return tutor; }
    public boolean isTeam() { return team; }
    public List<String> getMembers() { return List.copyOf(members); }
    public String getRegisteredBy() { return getSubmittedBy(); }
    public Instant getRegisteredAt() { return getSubmittedAt(); }
}
