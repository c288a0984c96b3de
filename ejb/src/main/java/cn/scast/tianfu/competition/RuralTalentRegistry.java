package cn.scast.tianfu.competition;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.evaluation.NoticeLine;
import cn.scast.tianfu.evaluation.PublicNotices;
import cn.scast.tianfu.evaluation.NoticeView;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.reference.County;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 乡土人才库: once the 乡土人才创新创业大赛's results are published after their 公示, the prize winners
 * (金奖/银奖/铜奖, withdrawn awards left out) are entered into the registry, once each; entering again adds
 * only new winners.
 */
@Stateless
public class RuralTalentRegistry {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private PublicNotices notices;

    @EJB
    private AuditTrail audit;

    /** Enters the winners of the edition's final; returns how many were new. */
    public int enterWinners(long editionId) {
        CompetitionEdition contest = em.find(CompetitionEdition.class, editionId);
        if (contest == null || contest.getType() != CompetitionType.RURAL) {
            throw RefusedInput.rule(null, "只有乡土人才创新创业大赛的获奖者进入乡土人才库");
        }
        NoticeView results = notices.notice(editionId, false).filter(NoticeView::published)
                .orElseThrow(() -> RefusedInput.rule(null, "评审结果经公示并正式公布后，获奖者才能进入乡土人才库"));
        List<Long> added = new ArrayList<>();
        Instant now = clock.instant();
        for (NoticeLine line : results.lines()) {
            if (line.tier() == null || line.tier().isBlank() || isRegistered(line.entryId())) {
                continue;
            }
            Registration r = em.createQuery("SELECT r FROM Registration r WHERE r.entryId = :n", Registration.class)
                    .setParameter("n", line.entryId()).getResultStream().findFirst().orElse(null);
            if (r == null || r.getCountyCode() == null) {
                continue;
            }
            em.persist(new RuralTalent(editionId, line.entryId(), r.getEntrantName(), r.getCountyCode(),
                    r.getCityCode(), r.getTitle(), line.tier(), now));
            added.add(line.entryId());
        }
        em.flush();
        audit.record("RURAL_TALENT_ENTER", "cts_edition", editionId, null, Map.of("entries", added),
                "获奖者进入乡土人才库");
        return added.size();
    }

    /** The registry, optionally for one city, by city then county then name. */
    public List<TalentView> talents(String cityCode) {
        List<RuralTalent> talents = cityCode == null
                ? em.createQuery("SELECT t FROM RuralTalent t ORDER BY t.cityCode, t.countyCode, t.name",
                        RuralTalent.class).getResultList()
                : em.createQuery("SELECT t FROM RuralTalent t WHERE t.cityCode = :c ORDER BY t.countyCode, t.name",
                        RuralTalent.class).setParameter("c", cityCode).getResultList();
        return talents.stream()
                .map(t -> {
                    County county = em.find(County.class, t.getCountyCode());
                    return new TalentView(t.getId(), t.getEditionId(), t.getEntryId(), t.getName(), t.getCountyCode(),
                            county == null ? null : county.getName(), t.getCityCode(), t.getProjectTitle(),
                            t.getTier(), t.getEnteredAt());
                }).toList();
    }

    private boolean isRegistered(long entryId) {
        return em.createQuery("SELECT COUNT(t) FROM RuralTalent t WHERE t.entryId = :n", Long.class)
                .setParameter("n", entryId).getSingleResult() > 0;
    }
}
