package cn.scast.tianfu.evaluation.model;

import cn.scast.tianfu.evaluation.RoundRules;
import cn.scast.tianfu.evaluation.award.AwardTier;
import cn.scast.tianfu.evaluation.award.BandBasis;
import cn.scast.tianfu.evaluation.award.TierScheme;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.ranking.TieBreaker;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;
import cn.scast.tianfu.evaluation.scoring.ScoringForm;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One evaluation round of an edition (初评/复评/终评, 初赛/复赛/决赛): when jurors may score, with which
 * form, how many jurors per entry, how many places advance and which award tiers apply.
 *
 * <p>The tier scheme is stored as text: {@code QUOTA:一等奖=1;二等奖=2;三等奖=3} or
 * {@code BAND_RAW_MEAN:金奖=90;银奖=80} / {@code BAND_DISPLAY_SCORE:...}; empty means no tiers.
 * Tie-breakers are {@link TieBreaker} names separated by commas.
 */
@Entity
@Table(name = "evl_round")
public class EvaluationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 32)
    private String name;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_type", nullable = false, length = 16)
    private FormType formType;

    @Column(nullable = false)
    private boolean blind;

    @Column(name = "jurors_per_entry", nullable = false)
    private int jurorsPerEntry;

    @Column(name = "advancing_places", nullable = false)
    private int advancingPlaces;

    @Enumerated(EnumType.STRING)
    @Column(name = "advancement_policy", nullable = false, length = 32)
    private AdvancementPolicy advancementPolicy;

    @Column(name = "tie_breakers", length = 128)
    private String tieBreakers;

    @Column(name = "tier_scheme", length = 500)
    private String tierScheme;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<RoundCriterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected EvaluationRound() {
    }

    public EvaluationRound(Edition edition, int seq, String name, Instant opensAt, Instant closesAt, FormType formType,
                           boolean blind, int jurorsPerEntry, int advancingPlaces, AdvancementPolicy advancementPolicy,
                           String tieBreakers, String tierScheme) {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("round closes before it opens");
        }
        if (jurorsPerEntry < 1) {
            throw new IllegalArgumentException("jurors per entry must be at least 1");
        }
        this.edition = edition;
        this.seq = seq;
        this.name = name;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.formType = formType;
        this.blind = blind;
        this.jurorsPerEntry = jurorsPerEntry;
        this.advancingPlaces = advancingPlaces;
        this.advancementPolicy = advancementPolicy;
        this.tieBreakers = tieBreakers;
        this.tierScheme = tierScheme;
        parseTierScheme(tierScheme); // fail early on a malformed scheme
    }

    public void addCriterion(Criterion criterion) {
        criteria.add(new RoundCriterion(this, criterion, criteria.size() + 1));
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Moves the scoring window, e.g. to extend or close a round early. */
    public void reschedule(Instant opensAt, Instant closesAt) {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("round closes before it opens");
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public ScoringForm form() {
        return switch (formType) {
            case WEIGHTED -> ScoringForm.weighted(criteria.stream().map(RoundCriterion::toCriterion).toList());
            case PASS_FAIL -> ScoringForm.passFail();
            case RANKING -> ScoringForm.ranking();
        };
    }

    public RoundRules rules() {
        List<TieBreaker> breakers = tieBreakers == null || tieBreakers.isBlank() ? List.of()
                : Arrays.stream(tieBreakers.split(",")).map(String::strip).map(TieBreaker::valueOf).toList();
        return new RoundRules(breakers, advancingPlaces, advancementPolicy, parseTierScheme(tierScheme));
    }

    static TierScheme parseTierScheme(String spec) {
        if (spec == null || spec.isBlank()) {
            return TierScheme.none();
        }
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("tier scheme needs a kind: " + spec);
        }
        String kind = spec.substring(0, colon).strip();
        List<AwardTier> tiers = new ArrayList<>();
        for (String part : spec.substring(colon + 1).split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] nameValue = part.split("=", 2);
            if (nameValue.length != 2) {
                throw new IllegalArgumentException("tier needs name=value: " + part);
            }
            String tierName = nameValue[0].strip();
            String value = nameValue[1].strip();
            tiers.add(kind.equals("QUOTA") ? AwardTier.quota(tierName, Integer.parseInt(value))
                    : AwardTier.band(tierName, Double.parseDouble(value)));
        }
        return switch (kind) {
            case "QUOTA" -> TierScheme.byQuota(tiers);
            case "BAND_RAW_MEAN" -> TierScheme.byBands(BandBasis.RAW_MEAN, tiers);
            case "BAND_DISPLAY_SCORE" -> TierScheme.byBands(BandBasis.DISPLAY_SCORE, tiers);
            default -> throw new IllegalArgumentException("unknown tier scheme kind " + kind);
        };
    }

    public Long getId() { return id; }
    public Edition getEdition() { return edition; }
    public int getSeq() { return seq; }
    public String getName() { return name; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public FormType getFormType() { return formType; }
    public boolean isBlind() { return blind; }
    public int getJurorsPerEntry() { return jurorsPerEntry; }
    public int getAdvancingPlaces() { return advancingPlaces; }
    public AdvancementPolicy getAdvancementPolicy() { return advancementPolicy; }
    public String getTieBreakers() { return tieBreakers; }
    public String getTierScheme() { return tierScheme; }
    public List<RoundCriterion> getCriteria() { return criteria; }
    public long getVersion() { return version; }
}
