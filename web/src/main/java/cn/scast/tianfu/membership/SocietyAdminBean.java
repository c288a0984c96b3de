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

/** 学会 and 会籍审批: the societies, and pending memberships with approval. */
@Named("societyAdmin")
@ViewScoped
public class SocietyAdminBean implements Serializable {

    @EJB
    private SocietyService societies;

    @EJB
    private SocietyMembershipService memberships;

    private String nameFilter;
    private List<SocietyView> societyRows;
    private List<MembershipView> pendingRows;
    private LocalDate paidUntil = LocalDate.now(ChinaTime.ZONE).plusYears(1);

    public List<SocietyView> getSocieties() {
        if (societyRows == null) {
            societyRows = societies.search(nameFilter, null, 0, WorkerService.MAX_PAGE).items();
        }
        return societyRows;
    }

    public void search() {
        societyRows = null;
    }

    private SocietyForm form = new SocietyForm();

    public void startCreate() {
        form = new SocietyForm();
    }

    /** Creates a society from the dialog; field errors stay next to their inputs. */
    public void create() {
        try {
            societies.create(form);
            FacesErrors.info(FacesErrors.text("society.saved"));
            form = new SocietyForm();
            societyRows = null;
        } catch (RefusedInput e) {
            FacesErrors.show("societyForm", e.errors());
        } catch (EJBAccessException | RecordAccessRefused e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
    }

    public SocietyForm getForm() { return form; }

    public List<MembershipView> getPending() {
        if (pendingRows == null) {
            try {
                pendingRows = memberships.ofSociety(null, MembershipStatus.PENDING, 0, WorkerService.MAX_PAGE).items();
            } catch (EJBAccessException | RecordAccessRefused e) {
                pendingRows = List.of();
            }
        }
        return pendingRows;
    }

    public void approve(MembershipView membership) {
        try {
            memberships.approve(membership.id(), paidUntil);
            FacesErrors.info(FacesErrors.text("membership.approved"));
        } catch (RefusedInput e) {
            FacesErrors.global(e.errors().get(0).message());
        } catch (EJBAccessException | RecordAccessRefused e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
        pendingRows = null;
    }

    public String getNameFilter() { return nameFilter; }
    public void setNameFilter(String nameFilter) { this.nameFilter = nameFilter; }
    public LocalDate getPaidUntil() { return paidUntil; }
    public void setPaidUntil(LocalDate paidUntil) { this.paidUntil = paidUntil; }
}
