package cn.scast.tianfu.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The anonymous 公示 page of one edition (?edition=id) and its public objection form. */
@Named
@ViewScoped
public class PublicNoticeBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "objectionForm";

    @EJB
    private Objections objections;

    @EJB
    private PublicNotices notices;

    private Long editionId;
    private NoticeView notice;
    private Long entryId;
    private String name;
    private String contact;
    private String reason;
    private boolean filed;

    private static FacesContext ctx() {
        return FacesContext.getCurrentInstance();
    }

    @PostConstruct
    void load() {
        editionParameter(ctx()).ifPresent(edition -> {
            editionId = edition;
            notice = notices.notice(edition, false).orElse(null);
        });
    }

    /** The edition named by the request parameter {@code edition}, when it is a well-formed id. */
    static java.util.Optional<Long> editionParameter(FacesContext context) {
        String param = context.getExternalContext().getRequestParameterMap().get("edition");
        return param != null && param.matches("\\d{1,18}") ? java.util.Optional.of(Long.valueOf(param))
                : java.util.Optional.empty();
    }

    public void fileObjection() {
        if (notice == null) {
            return;
        }
        try {
            objections.fileObjection(editionId, entryId == null ? -1 : entryId, name, contact, reason);
            filed = true;
            EvaluationTexts.info(ctx(), null, EvaluationTexts.text(ctx(), "public.objectionFiled"));
            entryId = null;
            reason = null;
        } catch (EvaluationException e) {
            String field = e.field() == null ? null : FORM + ":" + e.field();
            EvaluationTexts.error(ctx(), field, e.getMessage());
            ctx().validationFailed();
        }
        notice = notices.notice(editionId, false).orElse(null);
    }

    public NoticeView getNotice() { return notice; }
    public boolean isPublished() { return notice != null && notice.published(); }
    public Long getEditionId() { return editionId; }
    public Long getEntryId() { return entryId; }
    public void setEntryId(Long entryId) { this.entryId = entryId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isFiled() { return filed; }
}
