package cn.scast.tianfu.evaluation.model;

import cn.scast.tianfu.evaluation.EntryProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A submission to an edition (申报项目/参赛作品) and the round it has currently reached. */
@Entity
@Table(name = "evl_entry")
public class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne
    @JoinColumn(name = "current_round_id")
    private EvaluationRound currentRound;

    @Column(nullable = false, length = 255)
    private String title;

    @Column(name = "entrant_name", nullable = false, length = 128)
    private String entrantName;

    @Column(length = 128)
    private String organisation;

    @Column(name = "recommending_unit", length = 128)
    private String recommendingUnit;

    protected Entry() {
    }

    public Entry(Edition edition, Category category, String title, String entrantName, String organisation,
                 String recommendingUnit) {
        this.edition = edition;
        this.category = category;
        this.title = title;
        this.entrantName = entrantName;
        this.organisation = organisation;
        this.recommendingUnit = recommendingUnit;
    }

    public EntryProfile profile() {
        return new EntryProfile(String.valueOf(id), category.getCode(), organisation, recommendingUnit);
    }

    public void moveTo(EvaluationRound round) {
        this.currentRound = round;
    }

    public Long getId() { return id; }
    public Edition getEdition() { return edition; }
    public Category getCategory() { return category; }
    public EvaluationRound getCurrentRound() { return currentRound; }
    public String getTitle() { return title; }
    public String getEntrantName() { return entrantName; }
    public String getOrganisation() { return organisation; }
    public String getRecommendingUnit() { return recommendingUnit; }
}
