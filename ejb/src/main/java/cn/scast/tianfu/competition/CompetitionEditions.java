package cn.scast.tianfu.competition;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.RoundSpec;
import cn.scast.tianfu.evaluation.model.Edition;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.reference.City;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets up a contest edition as a configuration of the engine (programme reused by name, edition,
 * categories, rounds) with its contest settings and city quotas. Callers check roles (REST: admin).
 */
@Stateless
public class CompetitionEditions {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private EvaluationSetup setup;

    @EJB
    private AuditTrail audit;

    /** @param cityQuotas city code → quota; cities without a quota may not register */
    public long create(CompetitionType type, int year, String name, boolean popularVote, Map<String, Integer> cityQuotas,
                       Instant opensAt, Instant closesAt) {
        for (String city : cityQuotas.keySet()) {
            if (em.find(City.class, city) == null) {
                throw RefusedInput.rule("cityQuotas", "未知的市州代码 " + city);
            }
        }
        return configure(type, year, name, popularVote, cityQuotas, opensAt, closesAt);
    }

    /**
     * The same without looking the cities up: demo data is created at start-up, before the seed job has
     * loaded the reference cities, and takes its codes from the same seed file.
     */
    public long configure(CompetitionType type, int year, String name, boolean popularVote,
                          Map<String, Integer> cityQuotas, Instant opensAt, Instant closesAt) {
        if (cityQuotas.isEmpty()) {
            throw RefusedInput.rule("cityQuotas", "至少须为一个市州分配名额");
        }
        if (cityQuotas.values().stream().anyMatch(q -> q == null || q < 1)) {
            throw RefusedInput.rule("cityQuotas", "市州名额须为正整数");
        }
        long programme = em.createQuery("SELECT p.id FROM Programme p WHERE p.name = :n", Long.class)
                .setParameter("n", type.programme()).getResultStream().findFirst()
                .orElseGet(() -> setup.createProgramme(ProgrammeKind.COMPETITION, type.programme()));
        if (!em.createQuery("SELECT e.id FROM Edition e WHERE e.programme.id = :p AND e.year = :y", Long.class)
                .setParameter("p", programme).setParameter("y", year).getResultList().isEmpty()) {
            throw RefusedInput.rule("year", type.programme() + " " + year + " 年度已存在");
        }
        long edition = setup.createEdition(programme, year, name);
        CompetitionCatalogue.categories(type).forEach((code, label) -> setup.createCategory(edition, code, label));
        for (RoundSpec round : CompetitionCatalogue.rounds(type, opensAt, closesAt)) {
            setup.createRound(edition, round);
        }
        em.persist(new CompetitionEdition(edition, type, popularVote));
        em.flush();
        cityQuotas.forEach((city, quota) -> em.createNativeQuery(
                        "INSERT INTO cts_city_quota (edition_id, city_code, quota) VALUES (?, ?, ?)")
                .setParameter(1, edition).setParameter(2, city).setParameter(3, quota).executeUpdate());
        audit.record("CONTEST_EDITION_CREATE", "cts_edition", edition, null,
                Map.of("type", type.name(), "year", year, "cities", cityQuotas.size(), "popularVote", popularVote),
                "设立竞赛届次");
        return edition;
    }

    /** The edition of a contest given by type code (YOUTH) or programme name (青少年科技创新大赛), and year. */
    public Optional<Long> find(String contest, int year) {
        String name = Arrays.stream(CompetitionType.values())
                .filter(t -> t.name().equalsIgnoreCase(contest.strip()) || t.programme().equals(contest.strip()))
                .map(CompetitionType::programme).findFirst().orElse(null);
        if (name == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c.editionId FROM CompetitionEdition c, Edition e WHERE e.id = c.editionId "
                        + "AND e.programme.name = :n AND e.year = :y", Long.class)
                .setParameter("n", name).setParameter("y", year).getResultStream().findFirst();
    }

    public long countEditions() {
        return em.createQuery("SELECT COUNT(c) FROM CompetitionEdition c", Long.class).getSingleResult();
    }

    public List<CompetitionEditionView> editions() {
        return em.createQuery("SELECT c FROM CompetitionEdition c ORDER BY c.editionId DESC", CompetitionEdition.class)
                .getResultList().stream().map(c -> {
                    Edition e = em.find(Edition.class, c.getEditionId());
                    return new CompetitionEditionView(c.getEditionId(), c.getType().name(), e.getProgramme().getName(),
                            e.getYear(), e.getName(), c.isPopularVote());
                }).toList();
    }

    /** City quotas of an edition with their use, in the cities' official order. */
    public List<CityQuotaUsage> quotaUsage(long editionId) {
        Map<String, Long> used = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.cityCode, COUNT(r) FROM Registration r WHERE r.editionId = :e "
                + "GROUP BY r.cityCode", Object[].class).setParameter("e", editionId).getResultList()) {
            used.put((String) row[0], (Long) row[1]);
        }
        List<?> rows = em.createNativeQuery("SELECT q.city_code, COALESCE(c.name, q.city_code), q.quota FROM cts_city_quota q "
                        + "LEFT JOIN ref_city c ON c.code = q.city_code WHERE q.edition_id = ? "
                        + "ORDER BY c.sort_order, q.city_code")
                .setParameter(1, editionId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CityQuotaUsage((String) r[0], (String) r[1],
                ((Number) r[2]).intValue(), used.getOrDefault((String) r[0], 0L))).toList();
    }
}
