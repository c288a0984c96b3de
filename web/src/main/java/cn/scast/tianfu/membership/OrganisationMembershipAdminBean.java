package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** 团体会员 screen: memberships of organisations in societies; apply, approve, renew, cancel. */
@Named("orgMembershipAdmin")
@ViewScoped
public class OrganisationMembershipAdminBean implements Serializable {

    @EJB
    private OrganisationMembershipService memberships;

    @EJB
    private SocietyService societies;

    @EJB
    private OrganisationService organisations;

    private Long societyFilter;
    private MembershipStatus statusFilter;
    private List<OrganisationMembershipView> rows;
    private List<SocietyView> societyChoices;
    private OrganisationMembershipForm form = new OrganisationMembershipForm();
    private LocalDate paidUntil = LocalDate.now(ChinaTime.ZONE).plusYears(1);

    public List<OrganisationMembershipView> getMemberships() {
        if (rows == null) {
            try {
                rows = memberships.search(societyFilter, null, statusFilter, 0, WorkerService.MAX_PAGE).items();
            } catch (EJBAccessException | RecordAccessRefused e) {
                rows = List.of();
            }
        }
        return rows;
    }

    public List<SocietyView> getSocieties() {
        if (societyChoices == null) {
            societyChoices = societies.search(null, null, 0, WorkerService.MAX_PAGE).items();
        }
        return societyChoices;
    }

    public List<OrganisationView> completeOrganisation(String query) {
        return organisations.search(query, null, null, 0, 15).items();
    }

    public void search() {
        rows = null;
    }

    public void startApply() {
        form = new OrganisationMembershipForm();
    }

    private OrganisationView organisation;

    private final jakarta.faces.convert.Converter<OrganisationView> organisationConverter = new jakarta.faces.convert.Converter<>() {
        @Override
        public OrganisationView getAsObject(jakarta.faces.context.FacesContext context,
                                            jakarta.faces.component.UIComponent component, String value) {
            return value == null || value.isBlank() ? null : organisations.find(Long.parseLong(value.strip()));
        }

        @Override
        public String getAsString(jakarta.faces.context.FacesContext context,
                                  jakarta.faces.component.UIComponent component, OrganisationView value) {
            return value == null ? "" : String.valueOf(value.id());
        }
    };

    public jakarta.faces.convert.Converter<OrganisationView> getOrganisationConverter() { return organisationConverter; }
    public OrganisationView getOrganisation() { return organisation; }
    public void setOrganisation(OrganisationView organisation) { this.organisation = organisation; }

    public void apply() {
        form.setOrganisationId(organisation == null ? null : organisation.id());
        try {
            memberships.apply(form);
            FacesErrors.info(FacesErrors.text("orgMembership.applied"));
            form = new OrganisationMembershipForm();
            organisation = null;
            rows = null;
        } catch (RefusedInput e) {
            FacesErrors.show("orgMembershipForm", e.errors());
        } catch (EJBAccessException | RecordAccessRefused e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
    }

    public void approve(OrganisationMembershipView membership) {
        act(() -> memberships.approve(membership.id(), paidUntil), "membership.approved");
    }

    public void renew(OrganisationMembershipView membership) {
        act(() -> memberships.renew(membership.id(), paidUntil), "orgMembership.renewed");
    }

    public void cancel(OrganisationMembershipView membership) {
        act(() -> memberships.cancel(membership.id()), "orgMembership.cancelled");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesErrors.info(FacesErrors.text(doneKey));
        } catch (RefusedInput e) {
            FacesErrors.global(e.errors().get(0).message());
        } catch (EJBAccessException | RecordAccessRefused e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
        rows = null;
    }

    public String statusName(MembershipStatus status) {
        return status == null ? "" : FacesErrors.text("membership.status." + status.name());
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }

    public Long getSocietyFilter() { return societyFilter; }
    public void setSocietyFilter(Long societyFilter) { this.societyFilter = societyFilter; }
    public MembershipStatus getStatusFilter() { return statusFilter; }
    public void setStatusFilter(MembershipStatus statusFilter) { this.statusFilter = statusFilter; }
    public OrganisationMembershipForm getForm() { return form; }
    public LocalDate getPaidUntil() { return paidUntil; }
    public void setPaidUntil(LocalDate paidUntil) { this.paidUntil = paidUntil; }
}
