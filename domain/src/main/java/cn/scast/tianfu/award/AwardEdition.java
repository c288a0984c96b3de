package cn.scast.tianfu.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** The award settings of one engine edition: its type, the publication window (papers) and places (差额评审). */
@Entity
@Table(name = "awd_edition")
public class AwardEdition {

    @Id
    @Column(name = "edition_id")
    private Long editionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_type", nullable = false, length = 16)
    private AwardType type;

    @Column(name = "publication_from")
    private LocalDate publicationFrom;

    @Column(name = "publication_to")
    private LocalDate publicationTo;

    @Column(name = "places")
    private Integer places;

    protected AwardEdition() {
    }

    public AwardEdition(long editionId, AwardType type, LocalDate publicationFrom, LocalDate publicationTo,
                        Integer places) {
        this.editionId = editionId;
        this.type = type;
        this.publicationFrom = publicationFrom;
        this.publicationTo = publicationTo;
        this.places = places;
    }

    /** Whether a paper published on that day may be nominated (both ends of the window included). */
    public boolean publishedInWindow(LocalDate publishedOn) {
        return publicationFrom == null || publishedOn != null && !publishedOn.isBefore(publicationFrom)
                && (publicationTo == null || !publishedOn.isAfter(publicationTo));
    }

    public Long getEditionId() { return editionId; }
    public AwardType getType() { return type; }
    public LocalDate getPublicationFrom() { return publicationFrom; }
    public LocalDate getPublicationTo() { return publicationTo; }
    public Integer getPlaces() { return places; }
}
