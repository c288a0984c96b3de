package cn.scast.tianfu.award;

import cn.scast.tianfu.evaluation.intake.Submission;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** 推荐: a recommending unit puts a nominee forward; the engine entry holds it through the rounds. */
@Entity
@Table(name = "awd_nomination")
@AttributeOverride(name = "entrantName", column = @Column(name = "nominee_name", nullable = false, length = 64))
@AttributeOverride(name = "submittedBy", column = @Column(name = "nominated_by", nullable = false, length = 64))
@AttributeOverride(name = "submittedAt", column = @Column(name = "nominated_at", nullable = false))
public class Nomination extends Submission {

    @Column(name = "unit_code", nullable = false, length = 16)
    private String unitCode;

    @Column(name = "nominee_unit", nullable = false, length = 128)
    private String nomineeUnit;

    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", length = 16)
    private AuthorRole authorRole;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(length = 128)
    private String venue;

    @Column(name = "person_key", nullable = false, length = 64)
    private String personKey;

    protected Nomination() {
    }

    public Nomination(long editionId, String unitCode, long entryId, String categoryCode, String title,
                      String nomineeName, String nomineeUnit, String regionCode, AuthorRole authorRole,
                      LocalDate publishedOn, String venue, String personKey, String nominatedBy, Instant nominatedAt) {
        super(editionId, entryId, categoryCode, title, nomineeName, nominatedBy, nominatedAt);
        this.unitCode = unitCode;
        this.nomineeUnit = nomineeUnit;
        this.regionCode = regionCode;
        this.authorRole = authorRole;
        this.publishedOn = publishedOn;
        this.venue = venue;
        this.personKey = personKey;
    }

    public String getUnitCode() { return unitCode; }
    public String getNomineeName() { return getEntrantName(); }
    public String getNomineeUnit() { return nomineeUnit; }
    public String getRegionCode() { return regionCode; }
    public AuthorRole getAuthorRole() { return authorRole; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getVenue() { return venue; }
    public String getPersonKey() { return personKey; }
    public String getNominatedBy() { return getSubmittedBy(); }
    public Instant getNominatedAt() { return getSubmittedAt(); }
}
