package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.FieldError;

import cn.scast.tianfu.membership.identity.UnifiedSocialCreditCode;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 会员单位: the credit code is unique (checked before insert and by the unique key). Writes are audited. */
@Stateless
@RolesAllowed("admin")
public class OrganisationService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormValidator validator;

    public OrganisationView create(OrganisationForm form) {
        Organisation organisation = new Organisation(Instant.now());
        apply(organisation, form);
        em.persist(organisation);
        flush();
        audit.record("organisation.create", "Organisation", organisation.getId(), null, snapshot(organisation), null);
        return OrganisationView.of(organisation);
    }

    public OrganisationView update(long id, OrganisationForm form) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw RecordNotFound.orHidden();
        }
        Map<String, Object> before = snapshot(organisation);
        apply(organisation, form);
        flush();
        audit.record("organisation.update", "Organisation", id, before, snapshot(organisation), null);
        return OrganisationView.of(organisation);
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public OrganisationView find(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw RecordNotFound.orHidden();
        }
        return OrganisationView.of(organisation);
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public Page<OrganisationView> search(String namePrefix, String cityCode, OrganisationType type, int offset, int limit) {
        return query(namePrefix, cityCode, type)
                .page(PageRequest.at(offset, limit).clamped(WorkerService.MAX_PAGE), null, OrganisationView::of,
                        Organisation::getId);
    }

    /** Up to {@link WorkerService#EXPORT_BATCH} organisations behind {@code after} (keyset), for the Excel export. */
    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public Page<OrganisationView> exportBatch(String namePrefix, String cityCode, OrganisationType type, Long after) {
        String afterName = null;
        if (after != null) {
            Organisation anchor = em.find(Organisation.class, after);
            if (anchor == null) {
                throw RecordNotFound.orHidden();
            }
            afterName = anchor.getName();
        }
        return query(namePrefix, cityCode, type).page(new PageRequest(0, WorkerService.EXPORT_BATCH, after, false, false),
                afterName, OrganisationView::of, Organisation::getId);
    }

    /** The number of matching organisations, never counted past {@code cap} (then {@code cap + 1}). */
    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public long countUpTo(String namePrefix, String cityCode, OrganisationType type, long cap) {
        return query(namePrefix, cityCode, type).countUpTo(cap);
    }

    private PagedQuery<Organisation> query(String namePrefix, String cityCode, OrganisationType type) {
        return PagedQuery.of(em, Organisation.class, "o").orderBy("o.name")
                .startsWith("o.name", "prefix", namePrefix)
                .filter("o.cityCode = :city", "city", cityCode)
                .filter("o.type = :type", "type", type);
    }

    private void apply(Organisation organisation, OrganisationForm form) {
        List<FieldError> errors = new ArrayList<>(validator.validate(form));
        String city = WorkerService.trim(form.getCityCode());
        if (city != null && em.createNativeQuery("SELECT COUNT(*) FROM ref_city WHERE code = ?")
                .setParameter(1, city).getSingleResult() instanceof Number n && n.longValue() == 0) {
            errors.add(new FieldError("cityCode", FormValidator.message("member.city.unknown")));
        }
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        String code = UnifiedSocialCreditCode.parse(form.getCreditCode()).value();
        Long clash = em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.creditCode = :c AND o.id <> :id", Long.class)
                .setParameter("c", code).setParameter("id", organisation.getId() == null ? -1L : organisation.getId())
                .getSingleResult();
        if (clash > 0) {
            throw duplicate();
        }
        organisation.update(form.getType(), form.getName().strip(), code, city);
    }

    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!Constraints.isDuplicateKey(e)) {
                throw e;
            }
            throw duplicate();
        }
    }

    private static RefusedInput duplicate() {
        return RefusedInput.conflicting(List.of(new FieldError("creditCode",
                FormValidator.message("org.creditCode.duplicate"))));
    }

    static Map<String, Object> snapshot(Organisation o) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", o.getId());
        s.put("type", o.getType() == null ? null : o.getType().name());
        s.put("name", o.getName());
        s.put("creditCode", o.getCreditCode());
        s.put("cityCode", o.getCityCode());
        return s;
    }
}
