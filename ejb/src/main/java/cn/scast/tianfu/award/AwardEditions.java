package cn.scast.tianfu.award;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.RoundSpec;
import cn.scast.tianfu.evaluation.model.Category;
import cn.scast.tianfu.evaluation.model.Edition;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets up an award edition as a configuration of the engine: programme (reused by name), edition,
 * categories, rounds with forms and tiers, the award settings and the recommending units' quotas.
 * Callers check roles (REST: admin); demo data and tests call it directly.
 */
@Stateless
public class AwardEditions {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private EvaluationSetup setup;

    @EJB
    private AuditTrail audit;

    public long create(AwardType type, int year, String name, LocalDate publicationFrom, LocalDate publicationTo,
                       Integer places, List<QuotaSpec> quotas, Instant opensAt, Instant closesAt) {
        if (type == AwardType.PAPER && (publicationFrom == null || publicationTo == null
                || publicationTo.isBefore(publicationFrom))) {
            throw RefusedInput.rule("publicationFrom", "优秀论文须设定论文发表起止日期");
        }
        if (quotas.isEmpty()) {
            throw RefusedInput.rule("quotas", "至少须设定一个推荐单位及其名额");
        }
        if (quotas.stream().anyMatch(q -> q.quota() < 1)) {
            throw RefusedInput.rule("quotas", "推荐名额须为正整数");
        }
        int n = places == null ? AwardCatalogue.defaultPlaces(type) : places;
        long programme = programmeId(type);
        if (!em.createQuery("SELECT e.id FROM Edition e WHERE e.programme.id = :p AND e.year = :y", Long.class)
                .setParameter("p", programme).setParameter("y", year).getResultList().isEmpty()) {
            throw RefusedInput.rule("year", type.programme() + " " + year + " 年度已存在");
        }
        long edition = setup.createEdition(programme, year, name);
        AwardCatalogue.categories(type).forEach((code, label) -> setup.createCategory(edition, code, label));
        for (RoundSpec round : AwardCatalogue.rounds(type, opensAt, closesAt, n)) {
            setup.createRound(edition, round);
        }
        em.persist(new AwardEdition(edition, type, publicationFrom, publicationTo, n));
        em.flush(); // the quotas refer to it, and entities without relationships have no insert order
        for (QuotaSpec q : quotas) {
            em.persist(new NominationQuota(edition, q.unitCode(), q.unitName(), q.unitKind(), q.quota()));
        }
        em.flush();
        audit.record("AWARD_EDITION_CREATE", "awd_edition", edition, null,
                Map.of("type", type.name(), "year", year, "places", n, "units", quotas.size()), "设立评奖届次");
        return edition;
    }

    public long countEditions() {
        return em.createQuery("SELECT COUNT(a) FROM AwardEdition a", Long.class).getSingleResult();
    }

    public List<AwardEditionView> editions() {
        Map<Long, AwardEdition> settings = new LinkedHashMap<>();
        em.createQuery("SELECT a FROM AwardEdition a ORDER BY a.editionId DESC", AwardEdition.class).getResultList()
                .forEach(a -> settings.put(a.getEditionId(), a));
        return settings.values().stream().map(a -> {
            Edition e = em.find(Edition.class, a.getEditionId());
            return new AwardEditionView(a.getEditionId(), a.getType().name(), e.getProgramme().getName(), e.getYear(),
                    e.getName(), a.getPublicationFrom(), a.getPublicationTo(), a.getPlaces());
        }).toList();
    }

    /** The edition of an award given by type code (PAPER) or programme name (川渝科技学术大会优秀论文), and year. */
    public Optional<Long> find(String award, int year) {
        String name = Arrays.stream(AwardType.values())
                .filter(t -> t.name().equalsIgnoreCase(award.strip()) || t.programme().equals(award.strip()))
                .map(AwardType::programme).findFirst().orElse(null);
        if (name == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a.editionId FROM AwardEdition a, Edition e WHERE e.id = a.editionId "
                        + "AND e.programme.name = :n AND e.year = :y", Long.class)
                .setParameter("n", name).setParameter("y", year).getResultStream().findFirst();
    }

    /** Category code → name of an edition, in the order they were configured. */
    public Map<String, String> categories(long editionId) {
        Map<String, String> categories = new LinkedHashMap<>();
        em.createQuery("SELECT c FROM Category c WHERE c.edition.id = :e ORDER BY c.id", Category.class)
                .setParameter("e", editionId).getResultList().forEach(c -> categories.put(c.getCode(), c.getName()));
        return categories;
    }

    private long programmeId(AwardType type) {
        return em.createQuery("SELECT p.id FROM Programme p WHERE p.name = :n", Long.class)
                .setParameter("n", type.programme()).getResultStream().findFirst()
                .orElseGet(() -> setup.createProgramme(ProgrammeKind.AWARD, type.programme()));
    }
}
