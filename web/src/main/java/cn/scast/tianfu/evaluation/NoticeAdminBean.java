package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.ChinaTime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The administrator's 公示 screen: open the notice of an edition, decide objections, publish the results. */
@Named
@ViewScoped
public class NoticeAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Objections objections;

    @EJB
    private PublicNotices notices;

    private Map<Long, String> editions;
    private Long editionId;
    private NoticeView notice;
    private List<ObjectionView> editionObjections = List.of();
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private final Map<Long, String> reasons = new HashMap<>();
    private boolean allowed;

    private static FacesContext ctx() {
        return FacesContext.getCurrentInstance();
    }

    @PostConstruct
    void load() {
        allowed = ctx().getExternalContext().isUserInRole("admin");
        editions = notices.editions();
        String param = ctx().getExternalContext().getRequestParameterMap().get("edition");
        if (param != null && param.matches("\\d{1,18}") && editions.containsKey(Long.valueOf(param))) {
            editionId = Long.valueOf(param);
        } else if (!editions.isEmpty()) {
            editionId = editions.keySet().iterator().next();
        }
        LocalDateTime now = LocalDateTime.now(ChinaTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        startsAt = now;
        endsAt = now.plusDays(7);
        show();
    }

    public void show() {
        notice = null;
        editionObjections = List.of();
        if (!allowed) {
            EvaluationTexts.error(ctx(), null, EvaluationTexts.text(ctx(), "notice.forbidden"));
            return;
        }
        if (editionId != null) {
            notice = notices.notice(editionId, true).orElse(null);
            editionObjections = objections.objections(editionId);
        }
    }

    public void open() {
        run(() -> notices.open(editionId, instant(startsAt), instant(endsAt)), "notice.opened");
    }

    public void reschedule() {
        run(() -> notices.reschedule(editionId, instant(startsAt), instant(endsAt)), "notice.rescheduled");
    }

    public void decide(long objectionId, boolean upheld) {
        try {
            objections.decide(objectionId, upheld, reasons.get(objectionId));
            EvaluationTexts.info(ctx(), null, EvaluationTexts.text(ctx(), upheld ? "notice.upheld" : "notice.dismissed"));
            reasons.remove(objectionId);
        } catch (EvaluationException e) {
            EvaluationTexts.error(ctx(), null, e.getMessage());
            ctx().validationFailed();
        }
        show();
    }

    public void publish() {
        run(() -> notices.publish(editionId), "notice.publishedDone");
    }

    private void run(Runnable action, String doneKey) {
        if (!allowed || editionId == null) {
            return;
        }
        try {
            action.run();
            EvaluationTexts.info(ctx(), null, EvaluationTexts.text(ctx(), doneKey));
        } catch (EvaluationException e) {
            EvaluationTexts.error(ctx(), null, e.getMessage());
            ctx().validationFailed();
        }
        show();
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ChinaTime.ZONE).toInstant();
    }

    public Map<Long, String> getEditions() { return editions; }
    public Long getEditionId() { return editionId; }
    public void setEditionId(Long editionId) { this.editionId = editionId; }
    public NoticeView getNotice() { return notice; }
    public List<ObjectionView> getObjections() { return editionObjections; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public Map<Long, String> getReasons() { return reasons; }
    public boolean isAllowed() { return allowed; }
}
