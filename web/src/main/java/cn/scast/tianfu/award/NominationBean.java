package cn.scast.tianfu.award;

import cn.scast.tianfu.web.FieldMessages;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import cn.scast.tianfu.platform.RecordAccessRefused;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs the 推荐 screen: pick an edition, see each recommending unit's quota use, nominate, list nominations. A
 * society officer gets the same screen as the society's own page: only the editions, quota and nominations of the
 * own society, which is also the only unit offered.
 */
@Named
@ViewScoped
public class NominationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AwardEditions editions;

    @EJB
    private NominationService nominations;

    private Long editionId;
    private NominationForm form = new NominationForm();
    /** The society code of a society officer (who is not also an admin); null for everyone else. */
    private String ownUnit;

    @PostConstruct
    void init() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole("society-officer") && !external.isUserInRole("admin")) {
            // An officer without a society gets a unit no edition has: the page then offers nothing.
            ownUnit = nominations.officerUnit(external.getRemoteUser()).orElse("");
        }
        form = newForm();
        List<AwardEditionView> all = getEditions();
        editionId = all.stream().filter(e -> e.type().equals(AwardType.PAPER.name())).map(AwardEditionView::editionId)
                .findFirst().orElse(all.isEmpty() ? null : all.get(0).editionId());
    }

    public void nominate() {
        if (!FieldMessages.callerInAnyRole("admin", "society-officer", "city-staff")) {
            FieldMessages.show("nominationForm", RefusedInput.rule(null, Messages.of("aw", "notice.nominateNotAllowed")));
            return;
        }
        try {
            NominationView n = nominations.nominate(editionId, form);
            FieldMessages.info(Messages.of("aw", "notice.nominated", n.title(), n.nomineeName()));
            form = newForm();
        } catch (RefusedInput refused) {
            FieldMessages.show("nominationForm", refused);
        } catch (RecordAccessRefused refused) {
            FieldMessages.show("nominationForm", RefusedInput.rule("unitCode", refused.getMessage()));
        }
    }

    public void editionChanged() {
        form = newForm();
    }

    private NominationForm newForm() {
        NominationForm fresh = new NominationForm();
        fresh.unitCode = ownUnit;
        return fresh;
    }

    /** All editions; for an officer those in which the own society may nominate. */
    public List<AwardEditionView> getEditions() {
        List<AwardEditionView> all = editions.editions();
        return ownUnit == null ? all : all.stream().filter(e -> nominations.quotaUsage(e.editionId()).stream()
                .anyMatch(q -> q.unitCode().equals(ownUnit))).toList();
    }

    /** The own society's name for an officer's page header; null for everyone else. */
    public String getOwnUnitName() {
        return ownUnit == null ? null : getQuotas().stream().map(QuotaUsage::unitName).findFirst().orElse(ownUnit);
    }

    public Map<String, String> getCategories() {
        return editionId == null ? Map.of() : editions.categories(editionId);
    }

    public List<QuotaUsage> getQuotas() {
        List<QuotaUsage> all = editionId == null ? List.of() : nominations.quotaUsage(editionId);
        return ownUnit == null ? all : all.stream().filter(q -> q.unitCode().equals(ownUnit)).toList();
    }

    public List<NominationView> getNominations() {
        List<NominationView> all = editionId == null ? List.of() : nominations.nominations(editionId);
        return ownUnit == null ? all : all.stream().filter(n -> n.unitCode().equals(ownUnit)).toList();
    }

    public AuthorRole[] getAuthorRoles() {
        return AuthorRole.values();
    }

    public boolean isPaper() {
        return editionId != null && getEditions().stream()
                .anyMatch(e -> e.editionId() == editionId && e.type().equals(AwardType.PAPER.name()));
    }

    public Long getEditionId() { return editionId; }
    public void setEditionId(Long editionId) { this.editionId = editionId; }
    public NominationForm getForm() { return form; }
}
