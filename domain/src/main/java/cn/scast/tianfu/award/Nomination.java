package cn.scast.tianfu.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** 推荐: a recommending unit puts a nominee forward; the engine entry holds it through the rounds. */
@Entity
@Table(name = "awd_nomination")
public class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(name = "unit_code", nullable = false, length = 16)
    private String unitCode;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "category_code", nullable = false, length = 32)
    private String categoryCode;

    @Column(nullable = false, length = 255)
    private String title;

    @Column(name = "nominee_name", nullable = false, length = 64)
    private String nomineeName;

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

    @Column(name = "nominated_by", nullable = false, length = 64)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;

    protected Nomination() {
    }

    public Nomination(long editionId, String unitCode, long entryId, String categoryCode, String title,
                      String nomineeName, String nomineeUnit, String regionCode, AuthorRole authorRole,
                      LocalDate publishedOn, String venue, String personKey, String nominatedBy, Instant nominatedAt) {
        this.editionId = editionId;
        this.unitCode = unitCode;
        this.entryId = entryId;
        this.categoryCode = categoryCode;
        this.title = title;
        this.nomineeName = nomineeName;
        this.nomineeUnit = nomineeUnit;
        this.regionCode = regionCode;
        this.authorRole = authorRole;
        this.publishedOn = publishedOn;
        this.venue = venue;
        this.personKey = personKey;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = nominatedAt;
    }

    public Long getId() { return id; }
    public long getEditionId() { return editionId; }
    public String getUnitCode() { return unitCode; }
    public long getEntryId() { return entryId; }
    public String getCategoryCode() { return categoryCode; }
    public String getTitle() { return title; }
    public String getNomineeName() { return nomineeName; }
    public String getNomineeUnit() { return nomineeUnit; }
    public String getRegionCode() { return regionCode; }
    public AuthorRole getAuthorRole() { return authorRole; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getVenue() { return venue; }
    public String getPersonKey() { return personKey; }
    public String getNominatedBy() { return nominatedBy; }
    public Instant getNominatedAt() { return nominatedAt; }
}
