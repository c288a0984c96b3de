package cn.scast.tianfu.listing;

import cn.scast.tianfu.membership.CityStaffScope;
import cn.scast.tianfu.platform.FieldError;

import cn.scast.tianfu.reference.City;
import cn.scast.tianfu.reference.Taxonomy;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Creating listings and moving them through their life cycle. Every change fires {@link ListingChanged}
 * in its transaction; the matching index picks it up only once the transaction has committed.
 */
@Stateless
public class ListingService {

    public static final int MAX_PAGE_SIZE = 200;

    /** Why a 科服保姆 may not write a listing: it belongs (or would belong) to another city. */
    static final String OTHER_CITY = "市州工作人员只能发布和修改本市州的需求与成果";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ValidatorFactory validatorFactory;

    @Inject
    private Event<ListingChanged> changed;

    @EJB
    private CityStaffScope cities;

    @EJB
    private AuditTrail audit;

    @EJB
    private ListingOwners owners;

    private Validator validator;

    @PostConstruct
    void createValidator() {
        // Messages in Chinese whatever the server's default locale (the default bundle is Chinese).
        MessageInterpolator base = validatorFactory.getMessageInterpolator();
        MessageInterpolator chinese = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, Locale.SIMPLIFIED_CHINESE);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return base.interpolate(template, context, Locale.SIMPLIFIED_CHINESE);
            }
        };
        validator = validatorFactory.usingContext().messageInterpolator(chinese).getValidator();
    }

    /**
     * Checks and stores a new listing (a draft, or published at once if asked). Refuses with every bad
     * field at once; nothing is stored when anything is wrong.
     */
    public Listing create(NewListing input) {
        List<FieldError> errors = new ArrayList<>();
        ListingType kind = parseKind(input, errors);
        String externalId = input.externalId() == null || input.externalId().isBlank()
                ? "API-" + UUID.randomUUID()
                : input.externalId();
        Listing listing = candidate(externalId, kind, input, errors);
        if (listing.getExternalId() != null && errors.stream().noneMatch(e -> e.field().equals("externalId"))
                && findByExternalId(listing.getExternalId()).isPresent()) {
            errors.add(new FieldError("externalId", "外部编号「" + listing.getExternalId() + "」已被使用"));
        }
        refuseIfAny(errors);
        cities.requireMayWorkOn(listing.getCityCode(), OTHER_CITY);
        if (input.publish()) {
            listing.publish();
        }
        em.persist(listing);
        em.flush();
        audit.record("listing.create", "Listing", listing.getId(), null, ListingMapping.auditState(listing), null);
        changed.fire(new ListingChanged(listing));
        return listing;
    }

    /**
     * Replaces the texts, codes, amount and owner of a listing that is not closed, with the same checks as
     * {@link #create}; the kind (and so the side) cannot change. Nothing changes when anything is wrong.
     */
    public Listing update(long id, NewListing input) {
        Listing listing = get(id);
        owners.requireMayChange(id);
        cities.requireMayWorkOn(listing.getCityCode(), OTHER_CITY);
        if (owners.selfService()) {
            input = keepOwnerName(input, listing.getOwnerName());
        }
        if (listing.getStatus() == ListingState.CLOSED) {
            throw new ListingConflictException("发布信息 " + id + " 已关闭，不能修改");
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.kind() != null && !input.kind().isBlank() && !listing.getKind().name().equals(input.kind().strip())) {
            errors.add(new FieldError("kind", "发布类型不能修改（现为「" + listing.getKind().label() + "」）"));
        }
        Listing revised = candidate(listing.getExternalId(), listing.getKind(), input, errors);
        refuseIfAny(errors);
        cities.requireMayWorkOn(revised.getCityCode(), OTHER_CITY);
        java.util.Map<String, Object> before = ListingMapping.auditState(listing);
        listing.reviseFrom(revised);
        em.flush();
        audit.record("listing.update", "Listing", id, before, ListingMapping.auditState(listing), null);
        changed.fire(new ListingChanged(listing));
        return listing;
    }

    /** A self-service account publishes under its own name, whatever owner text is sent. */
    private static NewListing keepOwnerName(NewListing input, String ownerName) {
        return new NewListing(input.externalId(), input.side(), input.kind(), input.title(), input.description(),
                input.keywords(), input.disciplineCode(), input.industryCode(), input.cityCode(), input.amountWanYuan(),
                ownerName, input.publish());
    }

    /** A listing built from the input and checked (fields and references); problems go to {@code errors}. */
    private Listing candidate(String externalId, ListingType kind, NewListing input, List<FieldError> errors) {
        Listing listing = new Listing(externalId, kind, input.title(), input.description(), input.keywords(),
                input.disciplineCode(), input.industryCode(), input.cityCode(), input.amountWanYuan(),
                input.ownerName(), clock.instant());
        for (ConstraintViolation<Listing> violation : validator.validate(listing)) {
            String field = violation.getPropertyPath().toString();
            errors.add(new FieldError("kindOnItsSide".equals(field) ? "kind" : field, violation.getMessage()));
        }
        checkReferences(listing, errors);
        return listing;
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new ListingRejectedException(errors);
        }
    }

    private static ListingType parseKind(NewListing input, List<FieldError> errors) {
        ListingType kind = null;
        if (input.kind() == null || input.kind().isBlank()) {
            errors.add(new FieldError("kind", "请选择发布类型"));
        } else {
            try {
                kind = ListingType.valueOf(input.kind().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "发布类型「" + input.kind() + "」不存在，可选："
                        + Arrays.stream(ListingType.values()).map(t -> t.name() + "（" + t.label() + "）")
                        .collect(Collectors.joining("、"))));
            }
        }
        if (input.side() != null && !input.side().isBlank()) {
            try {
                MarketSide side = MarketSide.valueOf(input.side().strip());
                if (kind != null && kind.side() != side) {
                    errors.add(new FieldError("side", "发布类型「" + kind.label() + "」属于「" + kind.side().label()
                            + "」，与供需方向「" + side.label() + "」不一致"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("side", "供需方向「" + input.side() + "」不存在，可选：SUPPLY（所能）、DEMAND（所需）"));
            }
        }
        return kind;
    }

    /** Codes that are well-formed must also exist in the reference tables. */
    private void checkReferences(Listing listing, List<FieldError> errors) {
        if (listing.getDisciplineCode() != null && !hasError(errors, "disciplineCode")
                && !termExists(Taxonomy.DISCIPLINE, listing.getDisciplineCode())) {
            errors.add(new FieldError("disciplineCode", "学科代码「" + listing.getDisciplineCode() + "」不存在（GB/T 13745）"));
        }
        if (listing.getIndustryCode() != null && !hasError(errors, "industryCode")
                && !termExists(Taxonomy.INDUSTRY, listing.getIndustryCode())) {
            errors.add(new FieldError("industryCode", "行业代码「" + listing.getIndustryCode() + "」不存在（GB/T 4754）"));
        }
        if (listing.getCityCode() != null && !hasError(errors, "cityCode")
                && em.find(City.class, listing.getCityCode()) == null) {
            errors.add(new FieldError("cityCode", "市州代码「" + listing.getCityCode() + "」不是四川省的市州"));
        }
    }

    private static boolean hasError(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    private boolean termExists(Taxonomy taxonomy, String code) {
        return em.createQuery("SELECT COUNT(t) FROM TaxonomyTerm t WHERE t.taxonomy = :taxonomy AND t.code = :code",
                        Long.class)
                .setParameter("taxonomy", taxonomy)
                .setParameter("code", code)
                .getSingleResult() > 0;
    }

    public Optional<Listing> find(long id) {
        return Optional.ofNullable(em.find(Listing.class, id));
    }

    public Listing get(long id) {
        return find(id).orElseThrow(() -> new ListingNotFoundException(id));
    }

    public Optional<Listing> findByExternalId(String externalId) {
        return em.createQuery("SELECT l FROM Listing l WHERE l.externalId = :externalId", Listing.class)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst();
    }

    public Listing publish(long id) {
        return changeStatus(id, ListingState.PUBLISHED);
    }

    public Listing close(long id) {
        return changeStatus(id, ListingState.CLOSED);
    }

    public Listing markMatched(long id) {
        return changeStatus(id, ListingState.MATCHED);
    }

    public Listing changeStatus(long id, ListingState target) {
        Listing listing = get(id);
        owners.requireMayChange(id);
        cities.requireMayWorkOn(listing.getCityCode(), OTHER_CITY);
        ListingState before = listing.getStatus();
        try {
            listing.changeTo(target);
        } catch (IllegalStateTransitionException e) {
            throw new ListingConflictException(e.getMessage());
        }
        audit.record("listing.status", "Listing", id, java.util.Map.of("status", before.name()),
                java.util.Map.of("status", target.name()), null);
        changed.fire(new ListingChanged(listing));
        return listing;
    }

    /** A page of listings, newest first. */
    public ListingPage list(ListingFilter filter, int first, int pageSize) {
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Listing> select = cb.createQuery(Listing.class);
        Root<Listing> root = select.from(Listing.class);
        select.where(predicates(cb, root, filter)).orderBy(cb.desc(root.get("id")));
        List<Listing> items = em.createQuery(select).setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Listing> counted = count.from(Listing.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, filter));
        return new ListingPage(items, em.createQuery(count).getSingleResult());
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Listing> root, ListingFilter filter) {
        List<Predicate> all = new ArrayList<>();
        ListingFilter f = filter == null ? ListingFilter.any() : filter;
        if (f.side() != null) {
            all.add(cb.equal(root.get("side"), f.side()));
        }
        if (f.kind() != null) {
            all.add(cb.equal(root.get("kind"), f.kind()));
        }
        if (f.status() != null) {
            all.add(cb.equal(root.get("status"), f.status()));
        }
        if (f.cityCode() != null && !f.cityCode().isBlank()) {
            all.add(cb.equal(root.get("cityCode"), f.cityCode().strip()));
        }
        if (f.title() != null && !f.title().isBlank()) {
            // '!' as escape character: a backslash would itself need escaping inside MariaDB's ESCAPE literal.
            String escaped = f.title().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
            all.add(cb.like(root.get("title"), "%" + escaped + "%", '!'));
        }
        return all.toArray(Predicate[]::new);
    }

    /** The 21 cities for filters and forms, in official order. */
    public List<City> cities() {
        return em.createQuery("SELECT c FROM City c ORDER BY c.sortOrder", City.class).getResultList();
    }

    /** Every listing, for rebuilding derived data; read in pages so memory stays flat. */
    public List<Listing> page(long afterId, int size) {
        return em.createQuery("SELECT l FROM Listing l WHERE l.id > :after ORDER BY l.id", Listing.class)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
    }
}
