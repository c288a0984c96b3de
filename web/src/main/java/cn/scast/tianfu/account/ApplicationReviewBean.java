package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountStatus;
import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The 注册审核 screen: applications in the caller's scope, approve, or reject with a reason. */
@Named
@ViewScoped
public class ApplicationReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    @EJB
    private transient ApplicationReviewService reviews;

    private String status = AccountStatus.PENDING.name();
    private List<ApplicationView> applications;
    private Long rejecting;
    private String reason;

    public List<ApplicationView> getApplications() {
        if (applications == null) {
            applications = reviews.applications(status == null || status.isBlank() ? null : AccountStatus.valueOf(status));
        }
        return applications;
    }

    public void filter() {
        applications = null;
    }

    public void approve(long id) {
        try {
            ApplicationView view = reviews.approve(id);
            PageMessages.info(PageMessages.text("review.approved", view.name()));
        } catch (RefusedInput e) {
            PageMessages.fieldErrors("reviewForm", e.errors());
        } catch (RecordAccessRefused | RecordNotFound e) {
            error("无权审核该申请");
        }
        applications = null;
    }

    public void startReject(long id) {
        rejecting = id;
        reason = null;
    }

    public void reject() {
        if (rejecting == null) {
            return;
        }
        try {
            ApplicationView view = reviews.reject(rejecting, reason);
            PageMessages.info(PageMessages.text("review.rejected", view.name()));
            rejecting = null;
        } catch (RefusedInput e) {
            PageMessages.fieldErrors("rejectForm", e.errors());
        } catch (RecordAccessRefused | RecordNotFound e) {
            error("无权审核该申请");
        }
        applications = null;
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getRejecting() { return rejecting; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
