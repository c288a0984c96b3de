package cn.scast.tianfu.listing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Status workflow and Bean Validation rules of {@link Listing}. */
class ListingTest {

    private static ValidatorFactory factory;
    private static Validator validator;
    private static Locale previous;

    @BeforeAll
    static void createValidator() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
        Locale.setDefault(previous);
    }

    private static Listing listing(String title) {
        return new Listing("T-1", ListingType.REQUIREMENT, title, "描述", "石墨烯；储能, 石墨烯",
                "430", "38", "510100", new BigDecimal("50"), "某公司", Instant.EPOCH);
    }

    private static Map<String, String> violations(Listing listing) {
        Set<ConstraintViolation<Listing>> found = validator.validate(listing);
        return found.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + " | " + b));
    }

    @Test
    void newListingIsADraftOnTheSideOfItsKind() {
        Listing listing = listing("石墨烯储能需求");

        assertEquals(ListingState.DRAFT, listing.getStatus());
        assertEquals(MarketSide.DEMAND, listing.getSide());
        assertEquals("石墨烯;储能", listing.getKeywords(), "split on full-width separators, deduplicated");
        assertEquals(Map.of(), violations(listing));
    }

    @Test
    void publishedListingCanBeMatchedReopenedAndClosed() {
        Listing listing = listing("石墨烯储能需求");

        listing.publish();
        listing.markMatched();
        listing.publish();
        listing.close();

        assertEquals(ListingState.CLOSED, listing.getStatus());
    }

    @ParameterizedTest
    @CsvSource({"DRAFT,MATCHED", "PUBLISHED,DRAFT", "PUBLISHED,PUBLISHED", "MATCHED,DRAFT",
            "CLOSED,PUBLISHED", "CLOSED,DRAFT", "CLOSED,MATCHED", "CLOSED,CLOSED"})
    void forbiddenTransitionsAreRefusedAndLeaveTheStatus(ListingState from, ListingState to) {
        Listing listing = listing("标题");
        reach(listing, from);

        IllegalStateTransitionException refused = assertThrows(IllegalStateTransitionException.class,
                () -> listing.changeTo(to));

        assertEquals(from, listing.getStatus());
        assertTrue(refused.getMessage().contains(from.label()), refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"DRAFT,PUBLISHED", "DRAFT,CLOSED", "PUBLISHED,MATCHED", "PUBLISHED,CLOSED", "MATCHED,PUBLISHED",
            "MATCHED,CLOSED"})
    void allowedTransitions(ListingState from, ListingState to) {
        Listing listing = listing("标题");
        reach(listing, from);

        listing.changeTo(to);

        assertEquals(to, listing.getStatus());
    }

    private static void reach(Listing listing, ListingState state) {
        switch (state) {
            case DRAFT -> { }
            case PUBLISHED -> listing.publish();
            case MATCHED -> { listing.publish(); listing.markMatched(); }
            case CLOSED -> listing.close();
        }
    }

    @Test
    void blankTitleIsRefusedInChinese() {
        assertEquals("标题不能为空", violations(listing("  ")).get("title"));
        assertEquals("标题不能为空", violations(listing(null)).get("title"));
    }

    @Test
    void titleLengthCountsCharactersNotUtf16Units() {
        String hundredRare = "𠮷".repeat(100);
        assertFalse(violations(listing(hundredRare)).containsKey("title"), "100 characters outside the BMP fit");
        assertEquals("标题不能超过 100 个字符", violations(listing("长".repeat(101))).get("title"));
        assertEquals("标题不能超过 100 个字符", violations(listing("x".repeat(100 * 1024))).get("title"));
    }

    @Test
    void codesAmountAndDescriptionAreChecked() {
        Listing bad = new Listing("T-2", ListingType.HIGH_TECH, "标题", "长".repeat(5001), null,
                "4301", "C399x", "510101", new BigDecimal("-1"), null, Instant.EPOCH);

        Map<String, String> found = violations(bad);

        assertEquals(Set.of("description", "disciplineCode", "industryCode", "cityCode", "amountWanYuan"), found.keySet());
        assertEquals("金额不能为负数", found.get("amountWanYuan"));
        assertTrue(found.get("cityCode").contains("51xx00"), found.get("cityCode"));
    }

    @Test
    void blankOptionalFieldsBecomeNull() {
        Listing listing = new Listing(" E-3 ", ListingType.ACHIEVEMENT, " 标题 ", " ", " ；, ", "", " ", null,
                null, "", Instant.EPOCH);

        assertEquals("E-3", listing.getExternalId());
        assertEquals("标题", listing.getTitle());
        assertNull(listing.getDescription());
        assertNull(listing.getKeywords());
        assertEquals(java.util.List.of(), listing.getKeywordList());
        assertNull(listing.getDisciplineCode());
        assertNull(listing.getOwnerName());
        assertEquals(Map.of(), violations(listing));
    }

    @Test
    void htmlInTheDescriptionIsKeptAsText() {
        Listing listing = new Listing("E-4", ListingType.REQUIREMENT, "标题", "<script>alert('x')</script>",
                null, null, null, null, null, null, Instant.EPOCH);

        assertEquals("<script>alert('x')</script>", listing.getDescription());
        assertEquals(Map.of(), violations(listing));
    }
}
