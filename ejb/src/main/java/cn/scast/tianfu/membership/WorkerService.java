package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.FieldError;

import cn.scast.tianfu.membership.identity.InvalidIdentifierException;
import cn.scast.tianfu.membership.identity.MobilePhoneNumber;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 科技工作者: create, update, find and search. Writes are for admins and city staff (their own city);
 * every write is audited with before/after (the raw ID number never appears, only its masked form).
 * Searches page with an ORDER BY (name, id) that the indexes ix_worker_name / ix_worker_city serve.
 */
@Stateless
@RolesAllowed({"admin", "city-staff"})
public class WorkerService {

    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditTrail audit;

    @Inject
    private IdNumberHasher hasher;

    @Inject
    private FormValidator validator;

    public WorkerView create(WorkerForm form) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        List<FieldError> errors = new ArrayList<>(validator.validate(form));
        if (blank(form.getIdNumber()) && errors.stream().noneMatch(e -> e.field().equals("idNumber"))) {
            errors.add(new FieldError("idNumber", FormValidator.message("member.idNumber.required")));
        }
        Worker worker = new Worker(Instant.now());
        apply(worker, form, caller, errors);
        em.persist(worker);
        flush(errors);
        WorkerView after = WorkerView.of(worker, true);
        audit.record("worker.create", "Worker", worker.getId(), null, snapshot(worker), null);
        return after;
    }

    public WorkerView update(long id, WorkerForm form) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        Worker worker = em.find(Worker.class, id);
        if (worker == null) {
            throw new MembershipNotFoundException("worker " + id);
        }
        requireCity(caller, worker.getCityCode());
        Map<String, Object> before = snapshot(worker);
        List<FieldError> errors = new ArrayList<>(validator.validate(form));
        apply(worker, form, caller, errors);
        flush(errors);
        audit.record("worker.update", "Worker", worker.getId(), before, snapshot(worker), null);
        return WorkerView.of(worker, true);
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public WorkerView find(long id) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        Worker worker = em.find(Worker.class, id);
        if (worker == null || (caller.scopedToSociety() && !isMemberOf(worker.getId(), caller.officerSocietyId()))) {
            throw new MembershipNotFoundException("worker " + id);
        }
        return WorkerView.of(worker, caller.maySeePrivate(worker));
    }

    /**
     * Workers whose name starts with {@code namePrefix}, in {@code cityCode}, belonging to
     * {@code societyId} (each optional). A society officer always gets only the own society's members.
     */
    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public Page<WorkerView> search(String namePrefix, String cityCode, Long societyId, int offset, int limit) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        if (caller.scopedToSociety()) {
            if (caller.officerSocietyId() == null) {
                return new Page<>(List.of(), 0, offset, limit);
            }
            societyId = caller.officerSocietyId();
        }
        limit = Math.max(1, Math.min(limit, MAX_PAGE));
        offset = Math.max(0, offset);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!blank(namePrefix)) {
            where.append(" AND w.name LIKE :prefix ESCAPE '!'");
            params.put("prefix", escapeLike(namePrefix.strip()) + "%");
        }
        if (!blank(cityCode)) {
            where.append(" AND w.cityCode = :city");
            params.put("city", cityCode.strip());
        }
        if (societyId != null) {
            where.append(" AND EXISTS (SELECT m.id FROM SocietyMembership m WHERE m.worker = w AND m.society.id = :society)");
            params.put("society", societyId);
        }
        TypedQuery<Worker> query = em.createQuery("SELECT w FROM Worker w LEFT JOIN FETCH w.organisation" + where
                + " ORDER BY w.name, w.id", Worker.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(w) FROM Worker w" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<WorkerView> items = query.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(w -> WorkerView.of(w, caller.maySeePrivate(w))).toList();
        return new Page<>(items, count.getSingleResult(), offset, limit);
    }

    /** City codes and names (ref_city) in their official order, for selection lists. */
    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public Map<String, String> cities() {
        Map<String, String> cities = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT code, name FROM ref_city ORDER BY sort_order, code").getResultList()) {
            Object[] columns = (Object[]) row;
            cities.put(String.valueOf(columns[0]).strip(), String.valueOf(columns[1]));
        }
        return cities;
    }

    private void apply(Worker worker, WorkerForm form, MembershipCaller caller, List<FieldError> errors) {
        String city = trim(form.getCityCode());
        if (city != null && em.createNativeQuery("SELECT COUNT(*) FROM ref_city WHERE code = ?")
                .setParameter(1, city).getSingleResult() instanceof Number n && n.longValue() == 0) {
            errors.add(new FieldError("cityCode", FormValidator.message("member.city.unknown")));
        }
        String county = trim(form.getCountyCode());
        if (county != null && em.createNativeQuery("SELECT COUNT(*) FROM ref_county WHERE code = ? AND city_code = ?")
                .setParameter(1, county).setParameter(2, city).getSingleResult() instanceof Number n && n.longValue() == 0) {
            errors.add(new FieldError("countyCode", FormValidator.message("member.county.unknown")));
        }
        if (city != null) {
            requireCity(caller, city);
        }
        Organisation organisation = null;
        if (form.getOrganisationId() != null) {
            organisation = em.find(Organisation.class, form.getOrganisationId());
            if (organisation == null) {
                errors.add(new FieldError("organisationId", FormValidator.message("member.organisation.unknown")));
            }
        }
        if (!blank(form.getIdNumber()) && errors.stream().noneMatch(e -> e.field().equals("idNumber"))) {
            try {
                ResidentIdNumber number = ResidentIdNumber.parse(form.getIdNumber());
                String hash = hasher.hash(number);
                Long clash = em.createQuery("SELECT COUNT(w) FROM Worker w WHERE w.idHash = :h AND w.id <> :id", Long.class)
                        .setParameter("h", hash).setParameter("id", worker.getId() == null ? -1L : worker.getId())
                        .getSingleResult();
                if (clash > 0) {
                    throw new MembershipValidationException(List.of(new FieldError("idNumber",
                            FormValidator.message("member.idNumber.duplicate"))), true);
                }
                worker.identify(hash, number.masked());
            } catch (InvalidIdentifierException e) {
                errors.add(new FieldError("idNumber", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new MembershipValidationException(errors);
        }
        String mobile = blank(form.getMobile()) ? null : MobilePhoneNumber.parse(form.getMobile()).value();
        worker.update(form.getName().strip(), mobile, trim(form.getEmail()), city, county,
                trim(form.getDisciplineCode()), trim(form.getTitle()), organisation, trim(form.getAccountUsername()));
    }

    private void requireCity(MembershipCaller caller, String cityCode) {
        if (!caller.admin() && caller.cityStaff() && !cityCode.equals(caller.staffCityCode())) {
            throw new MembershipAccessDeniedException("city staff may only write workers of their own city");
        }
    }

    private void flush(List<FieldError> errors) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!Constraints.isDuplicateKey(e)) {
                throw e;
            }
            // a concurrent insert of the same ID number or account won the race
            throw new MembershipValidationException(List.of(new FieldError("idNumber",
                    FormValidator.message("member.idNumber.duplicate"))), true);
        }
    }

    private boolean isMemberOf(long workerId, Long societyId) {
        return societyId != null && em.createQuery("SELECT COUNT(m) FROM SocietyMembership m "
                        + "WHERE m.worker.id = :w AND m.society.id = :s", Long.class)
                .setParameter("w", workerId).setParameter("s", societyId).getSingleResult() > 0;
    }

    static Map<String, Object> snapshot(Worker w) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", w.getId());
        s.put("name", w.getName());
        s.put("idMasked", w.getIdMasked());
        s.put("mobile", w.getMobile());
        s.put("email", w.getEmail());
        s.put("cityCode", w.getCityCode());
        s.put("countyCode", w.getCountyCode());
        s.put("disciplineCode", w.getDisciplineCode());
        s.put("title", w.getTitle());
        s.put("organisationId", w.getOrganisation() == null ? null : w.getOrganisation().getId());
        s.put("accountUsername", w.getAccountUsername());
        return s;
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
