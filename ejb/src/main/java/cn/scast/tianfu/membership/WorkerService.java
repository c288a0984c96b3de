package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.InvalidIdentifierException;
import cn.scast.tianfu.membership.identity.MobilePhoneNumber;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

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
public class WorkerService extends RecordService<Worker> {

    public static final int EXPORT_BATCH = 1000;

    @Inject
    private IdNumberHasher hasher;

    public WorkerService() {
        super(Worker.class, Worker::getId, "worker",
                new FieldError("idNumber", FormValidator.message("member.idNumber.duplicate")));
    }

    public WorkerView create(WorkerForm form) {
        MembershipCaller caller = caller();
        List<FieldError> errors = validate(form);
        if (blank(form.getIdNumber()) && !hasError(errors, "idNumber")) {
            errors.add(new FieldError("idNumber", FormValidator.message("member.idNumber.required")));
        }
        Worker worker = new Worker(clock.instant());
        apply(worker, form, caller, errors);
        return WorkerView.of(created(worker), true);
    }

    public WorkerView update(long id, WorkerForm form) {
        MembershipCaller caller = caller();
        return WorkerView.of(updated(id, worker -> {
            caller.requireCity(worker.getCityCode());
            apply(worker, form, caller, validate(form));
        }), true);
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public WorkerView find(long id) {
        MembershipCaller caller = caller();
        Worker worker = load(id);
        if (caller.scopedToSociety() && !isMemberOf(worker.getId(), caller.officerSocietyId())) {
            throw RecordNotFound.orHidden();
        }
        return WorkerView.of(worker, caller.maySeePrivate(worker));
    }

    /**
     * Workers whose name starts with {@code namePrefix}, in {@code cityCode}, belonging to
     * {@code societyId} (each optional). A society officer always gets only the own society's members.
     */
    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public Page<WorkerView> search(String namePrefix, String cityCode, Long societyId, int offset, int limit) {
        return page(namePrefix, cityCode, societyId, PageRequest.at(offset, limit));
    }

    /**
     * One page in (name, id) order. Deep pages seek behind a known worker ({@code after}) or read from the
     * end, so every page costs an index range of one page, not the rows before it.
     */
    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public Page<WorkerView> page(String namePrefix, String cityCode, Long societyId, PageRequest request) {
        return page(namePrefix, cityCode, societyId, request.clamped(MAX_PAGE), caller());
    }

    /** Larger slices for the Excel export (no count): up to {@link #EXPORT_BATCH} rows behind {@code after}. */
    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public Page<WorkerView> exportBatch(String namePrefix, String cityCode, Long societyId, Long after) {
        return page(namePrefix, cityCode, societyId, new PageRequest(0, EXPORT_BATCH, after, false, false),
                caller());
    }

    /** The number of matching workers, but never counted past {@code cap} (then {@code cap + 1}). */
    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public long countUpTo(String namePrefix, String cityCode, Long societyId, long cap) {
        MembershipCaller caller = caller();
        if (caller.scopedToSociety() && caller.officerSocietyId() == null) {
            return 0;
        }
        return query(namePrefix, cityCode, caller.scopedToSociety() ? caller.officerSocietyId() : societyId).countUpTo(cap);
    }

    private Page<WorkerView> page(String namePrefix, String cityCode, Long societyId, PageRequest request,
                                  MembershipCaller caller) {
        if (caller.seesNoSociety()) {
            return new Page<>(List.of(), 0, request.offset(), request.limit());
        }
        if (caller.scopedToSociety()) {
            societyId = caller.officerSocietyId();
        }
        String afterName = null;
        if (request.after() != null) {
            Worker anchor = em.find(Worker.class, request.after());
            if (anchor == null) {
                throw RefusedInput.invalid("after", FormValidator.message("page.after.unknown"));
            }
            afterName = anchor.getName();
        }
        return query(namePrefix, cityCode, societyId).fetch("LEFT JOIN FETCH w.organisation")
                .page(request, afterName, w -> WorkerView.of(w, caller.maySeePrivate(w)), Worker::getId);
    }

    private PagedQuery<Worker> query(String namePrefix, String cityCode, Long societyId) {
        return PagedQuery.of(em, Worker.class, "w").orderBy("w.name")
                .startsWith("w.name", "prefix", namePrefix)
                .filter("w.cityCode = :city", "city", cityCode)
                .filter("EXISTS (SELECT m.id FROM SocietyMembership m WHERE m.worker = w AND m.society.id = :society)",
                        "society", societyId);
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
        String city = Text.strippedOrNull(form.getCityCode());
        if (city != null && !References.cityExists(em, city)) {
            errors.add(new FieldError("cityCode", FormValidator.message("member.city.unknown")));
        }
        String county = Text.strippedOrNull(form.getCountyCode());
        if (county != null && em.createNativeQuery("SELECT COUNT(*) FROM ref_county WHERE code = ? AND city_code = ?")
                .setParameter(1, county).setParameter(2, city).getSingleResult() instanceof Number n && n.longValue() == 0) {
            errors.add(new FieldError("countyCode", FormValidator.message("member.county.unknown")));
        }
        if (city != null) {
            caller.requireCity(city);
        }
        Organisation organisation = null;
        if (form.getOrganisationId() != null) {
            organisation = em.find(Organisation.class, form.getOrganisationId());
            if (organisation == null) {
                errors.add(new FieldError("organisationId", FormValidator.message("member.organisation.unknown")));
            }
        }
        if (!blank(form.getIdNumber()) && !hasError(errors, "idNumber")) {
            try {
                ResidentIdNumber number = ResidentIdNumber.parse(form.getIdNumber());
                String hash = hasher.hash(number);
                if (taken(worker, "idHash", hash)) {
                    throw duplicateKey();
                }
                worker.identify(hash, number.masked());
            } catch (InvalidIdentifierException e) {
                errors.add(new FieldError("idNumber", e.getMessage()));
            }
        }
        refuseIfAny(errors);
        String mobile = blank(form.getMobile()) ? null : MobilePhoneNumber.parse(form.getMobile()).value();
        worker.update(form.getName().strip(), mobile, Text.strippedOrNull(form.getEmail()), city, county,
                Text.strippedOrNull(form.getDisciplineCode()), Text.strippedOrNull(form.getTitle()), organisation, Text.strippedOrNull(form.getAccountUsername()));
    }

    private boolean isMemberOf(long workerId, Long societyId) {
        return societyId != null && em.createQuery("SELECT COUNT(m) FROM SocietyMembership m "
                        + "WHERE m.worker.id = :w AND m.society.id = :s", Long.class)
                .setParameter("w", workerId).setParameter("s", societyId).getSingleResult() > 0;
    }

    @Override
    protected Map<String, Object> snapshot(Worker w) {
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
}
