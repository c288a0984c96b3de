package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Backs the 科普问答专家 part of the 科普员 screen: designate an account expert of a topic, or remove one. */
@Named
@ViewScoped
public class ExpertAdminBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PopScienceExperts experts;

    private ExpertForm form = new ExpertForm();
    private List<ExpertView> rows;

    public List<ExpertView> getRows() {
        if (rows == null) {
            rows = experts.experts();
        }
        return rows;
    }

    public void designate() {
        ExpertView[] saved = new ExpertView[1];
        if (Refusals.attempt(() -> saved[0] = experts.designate(form))) {
            Messages.info(Messages.of("msg", "qa.notice.expertAdded", saved[0].displayName(), saved[0].topicLabel()));
            form = new ExpertForm();
            rows = null;
        }
    }

    public void remove(long id) {
        if (Refusals.attempt(() -> experts.remove(id))) {
            Messages.info(Messages.of("msg", "qa.notice.expertRemoved"));
            rows = null;
        }
    }

    public ExpertForm getForm() { return form; }
}
