package cn.scast.tianfu.listing;

import cn.scast.tianfu.membership.identity.MaxCodePoints;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A supply (所能) or demand (所需) listing of the marketplace. The side follows from the kind; the status
 * only changes along {@link ListingState#next()}. Lengths count characters (code points), as the utf8mb4
 * columns do.
 */
@Entity
@Table(name = "listing")
public class Listing implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int KEYWORDS_MAX = 500;
    public static final int OWNER_MAX = 100;
    public static final int EXTERNAL_ID_MAX = 64;
    /** Separator of {@link #getKeywords()} as stored; full-width semicolons and commas are accepted on input. */
    public static final String KEYWORD_SEPARATOR = ";";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{listing.externalId.required}")
    @MaxCodePoints(value = EXTERNAL_ID_MAX, message = "{listing.externalId.tooLong}")
    @Column(name = "external_id", nullable = false, unique = true, length = EXTERNAL_ID_MAX)
    private String externalId;

    @NotNull(message = "{listing.side.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private MarketSide side;

    @NotNull(message = "{listing.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ListingType kind;

    @NotBlank(message = "{listing.title.required}")
    @MaxCodePoints(value = TITLE_MAX, message = "{listing.title.tooLong}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @MaxCodePoints(value = DESCRIPTION_MAX, message = "{listing.description.tooLong}")
    @Column(columnDefinition = "TEXT")
    private String description;

    @MaxCodePoints(value = KEYWORDS_MAX, message = "{listing.keywords.tooLong}")
    @Column(length = KEYWORDS_MAX)
    private String keywords;

    @Pattern(regexp = "\\d{3}(\\d{2}){0,2}", message = "{listing.disciplineCode.invalid}")
    @Column(name = "discipline_code", length = 16)
    private String disciplineCode;

    @Pattern(regexp = "[A-T]|\\d{2,4}", message = "{listing.industryCode.invalid}")
    @Column(name = "industry_code", length = 16)
    private String industryCode;

    @Pattern(regexp = "51\\d{2}00", message = "{listing.cityCode.invalid}")
    @Column(name = "city_code", length = 6)
    private String cityCode;

    @DecimalMin(value = "0", message = "{listing.amount.negative}")
    @Digits(integer = 10, fraction = 2, message = "{listing.amount.digits}")
    @Column(name = "amount_wan_yuan", precision = 12, scale = 2)
    private BigDecimal amountWanYuan;

    @MaxCodePoints(value = OWNER_MAX, message = "{listing.ownerName.tooLong}")
    @Column(name = "owner_name", length = OWNER_MAX)
    private String ownerName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ListingState status = ListingState.DRAFT;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Listing() {
    }

    /** A new draft; blank optional texts and codes are stored as null. */
    public Listing(String externalId, ListingType kind, String title, String description, String keywords,
                   String disciplineCode, String industryCode, String cityCode, BigDecimal amountWanYuan,
                   String ownerName, Instant createdAt) {
        this.externalId = strip(externalId);
        this.kind = kind;
        this.side = kind == null ? null : kind.side();
        this.title = title == null ? null : title.strip();
        this.description = blankToNull(description);
        this.keywords = normaliseKeywords(keywords);
        this.disciplineCode = strip(disciplineCode);
        this.industryCode = strip(industryCode);
        this.cityCode = strip(cityCode);
        this.amountWanYuan = amountWanYuan;
        this.ownerName = strip(ownerName);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Keywords split on ; ； , ， 、 and blanks, deduplicated in order, joined with {@link #KEYWORD_SEPARATOR}. */
    public static String normaliseKeywords(String raw) {
        if (raw == null) {
            return null;
        }
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String word : raw.split("[;；,，、\\s]+")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words.isEmpty() ? null : String.join(KEYWORD_SEPARATOR, words);
    }

    /** The side is stored for queries but must always be the side of the kind. */
    @AssertTrue(message = "{listing.kind.wrongSide}")
    public boolean isKindOnItsSide() {
        return kind == null || side == null || kind.side() == side;
    }

    public void publish() {
        changeTo(ListingState.PUBLISHED);
    }

    public void markMatched() {
        changeTo(ListingState.MATCHED);
    }

    public void close() {
        changeTo(ListingState.CLOSED);
    }

    /**
     * Takes the texts, codes, amount and owner of a checked candidate of the same kind; id, kind, side,
     * status and creation time stay.
     */
    public void reviseFrom(Listing candidate) {
        if (candidate.kind != kind) {
            throw new IllegalArgumentException("a revision keeps the kind " + kind);
        }
        title = candidate.title;
        description = candidate.description;
        keywords = candidate.keywords;
        disciplineCode = candidate.disciplineCode;
        industryCode = candidate.industryCode;
        cityCode = candidate.cityCode;
        amountWanYuan = candidate.amountWanYuan;
        ownerName = candidate.ownerName;
    }

    /** Moves to the target state or refuses with {@link IllegalStateTransitionException}. */
    public void changeTo(ListingState target) {
        if (!status.canBecome(target)) {
            throw new IllegalStateTransitionException(status, target);
        }
        status = target;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public MarketSide getSide() {
        return side;
    }

    public ListingType getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getKeywords() {
        return keywords;
    }

    public List<String> getKeywordList() {
        return keywords == null ? List.of() : Arrays.asList(keywords.split(KEYWORD_SEPARATOR));
    }

    public String getDisciplineCode() {
        return disciplineCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getCityCode() {
        return cityCode;
    }

    public BigDecimal getAmountWanYuan() {
        return amountWanYuan;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public ListingState getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
