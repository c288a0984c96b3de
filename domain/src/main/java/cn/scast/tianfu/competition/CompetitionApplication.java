package cn.scast.tianfu.competition;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A contest entry applied for by its school, tutor or (乡土人才) the entrant, waiting for the city office: a youth
 * project with school level, subject, school, tutor and its 查新报告, or a rural entrant with county and track.
 * Approval turns it into a {@link Registration} (within the city's quota); rejection needs a reason.
 */
@Entity
@Table(name = "cts_application")
public class CompetitionApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(nullable = false, length = 64)
    private String applicant;

    @Column(nullable = false)
    private String title;

    @Column(name = "entrant_name", nullable = false, length = 64)
    private String entrantName;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @Column(name = "county_code", length = 6)
    private String countyCode;

    @Column(length = 32)
    private String track;

    @Column(name = "school_level", length = 8)
    private String schoolLevel;

    @Column(length = 32)
    private String subject;

    @Column(length = 128)
    private String school;

    @Column(length = 64)
    private String tutor;

    /** Other group members, separated by 、 (none for an individual project). */
    @Column(length = 255)
    private String members;

    @Column(name = "report_name")
    private String reportName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "report_content")
    private byte[] reportContent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CompetitionApplicationStatus status = CompetitionApplicationStatus.PENDING;

    @Column(length = 255)
    private String reason;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected CompetitionApplication() {
    }

    public CompetitionApplication(long editionId, String applicant, String title, String entrantName, String cityCode,
                              String schoolLevel, String subject, String school, String tutor, String members,
                              Instant now) {
        this.editionId = editionId;
        this.applicant = applicant;
        this.title = title;
        this.entrantName = entrantName;
        this.cityCode = cityCode;
        this.schoolLevel = schoolLevel;
        this.subject = subject;
        this.school = school;
        this.tutor = tutor;
        this.members = members;
        this.submittedAt = now;
    }

    /** A rural entrant: county and track instead of school details. */
    public static CompetitionApplication rural(long editionId, String applicant, String title, String entrantName,
                                           String cityCode, String countyCode, String track, String members,
                                           Instant now) {
        CompetitionApplication application = new CompetitionApplication(editionId, applicant, title, entrantName, cityCode,
                null, null, null, null, members, now);
        application.countyCode = countyCode;
        application.track = track;
        return application;
    }

    public void attachReport(String fileName, byte[] content) {
        this.reportName = fileName;
        this.reportContent = content;
    }

    public void approve(long registrationId, String by, Instant now) {
        this.status = CompetitionApplicationStatus.APPROVED;
        this.registrationId = registrationId;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public void reject(String reason, String by, Instant now) {
        this.status = CompetitionApplicationStatus.REJECTED;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public long getEditionId() { return editionId; }
    public String getApplicant() { return applicant; }
    public String getTitle() { return title; }
    public String getEntrantName() { return entrantName; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getTrack() { return track; }
    public String getSchoolLevel() { return schoolLevel; }
    public String getSubject() { return subject; }
    public String getSchool() { return school; }
    public String getTutor() { return tutor; }
    public String getMembers() { return members; }
    public String getReportName() { return reportName; }
    public byte[] getReportContent() { return reportContent; }
    public CompetitionApplicationStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public Long getRegistrationId() { return registrationId; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getDecidedBy() { return decidedBy; }
}
