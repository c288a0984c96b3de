package cn.scast.tianfu.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The anonymous results page of one edition (?edition=id). Request-scoped, so the page is a stateless view and a
 * visitor reading results opens no session (the 公示 page with its objection form keeps {@link PublicNoticeBean}).
 */
@Named
@RequestScoped
public class PublicResultsBean {

    @EJB
    private PublicNotices notices;

    private NoticeView notice;

    @PostConstruct
    void load() {
        PublicNoticeBean.editionParameter(FacesContext.getCurrentInstance())
                .ifPresent(edition -> notice = notices.notice(edition, false).orElse(null));
    }

    public NoticeView getNotice() {
        return notice;
    }

    public boolean isPublished() {
        return notice != null && notice.published();
    }
}
