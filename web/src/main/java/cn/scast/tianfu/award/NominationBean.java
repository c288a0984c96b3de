package cn.scast.tianfu.award;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backs the 推荐 screen: pick an edition, see each recommending unit's quota use, nominate, list nominations. */
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

    @PostConstruct
    void init() {
        List<AwardEditionView> all = editions.editions();
        editionId = all.stream().filter(e -> e.type().equals(AwardType.PAPER.name())).map(AwardEditionView::editionId)
                .findFirst().orElse(all.isEmpty() ? null : all.get(0).editionId());
    }

    public void nominate() {
        if (!FieldMessages.callerInAnyRole("admin", "society-officer", "city-staff")) {
            FieldMessages.show("nominationForm", RefusedInput.rule(null, "当前账号无权推荐"));
            return;
        }
        try {
            NominationView n = nominations.nominate(editionId, form);
            FieldMessages.info("已推荐：《" + n.title() + "》（" + n.nomineeName() + "）");
            form = new NominationForm();
        } catch (RefusedInput refused) {
            FieldMessages.show("nominationForm", refused);
        }
    }

    public void editionChanged() {
        form = new NominationForm();
    }

    public List<AwardEditionView> getEditions() {
        return editions.editions();
    }

    public Map<String, String> getCategories() {
        return editionId == null ? Map.of() : editions.categories(editionId);
    }

    public List<QuotaUsage> getQuotas() {
        return editionId == null ? List.of() : nominations.quotaUsage(editionId);
    }

    public List<NominationView> getNominations() {
        return editionId == null ? List.of() : nominations.nominations(editionId);
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
