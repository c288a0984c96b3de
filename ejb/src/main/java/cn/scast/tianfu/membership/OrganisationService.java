package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.UnifiedSocialCreditCode;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 会员单位: the credit code is unique (checked before insert and by the unique key). Writes are audited. */
@Stateless
@RolesAllowed("admin")
public class OrganisationService extends RecordService<Organisation> {

    public OrganisationService() {
        super(Organisation.class, Organisation::getId, "organisation",
                new FieldError("creditCode", FormValidator.message("org.creditCode.duplicate")));
    }

    public OrganisationView create(OrganisationForm form) {
        Organisation organisation = new Organisation(clock.instant());
        apply(organisation, form);
        return OrganisationView.of(created(organisation));
    }

    public OrganisationView update(long id, OrganisationForm form) {
        return OrganisationView.of(updated(id, organisation -> apply(organisation, form)));
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public OrganisationView find(long id) {
        return OrganisationView.of(load(id));
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public Page<OrganisationView> search(String namePrefix, String cityCode, OrganisationType type, int offset, int limit) {
        return page(query(namePrefix, cityCode, type), offset, limit, OrganisationView::of);
    }

    /** Up to {@link WorkerService#EXPORT_BATCH} organisations behind {@code after} (keyset), for the Excel export. */
    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public Page<OrganisationView> exportBatch(String namePrefix, String cityCode, OrganisationType type, Long after) {
        String afterName = after == null ? null : load(after).getName();
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
        List<FieldError> errors = validate(form);
        String city = Text.strippedOrNull(form.getCityCode());
        if (city != null && !References.cityExists(em, city)) {
            errors.add(new FieldError("cityCode", FormValidator.message("member.city.unknown")));
        }
        refuseIfAny(errors);
        String code = UnifiedSocialCreditCode.parse(form.getCreditCode()).value();
        if (taken(organisation, "creditCode", code)) {
            throw duplicateKey();
        }
        organisation.update(form.getType(), form.getName().strip(), code, city);
    }

    @Override
    protected Map<String, Object> snapshot(Organisation o) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", o.getId());
        s.put("type", o.getType() == null ? null : o.getType().name());
        s.put("name", o.getName());
        s.put("creditCode", o.getCreditCode());
        s.put("cityCode", o.getCityCode());
        return s;
    }
}
