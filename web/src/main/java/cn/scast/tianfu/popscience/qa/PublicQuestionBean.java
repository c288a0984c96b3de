package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;

/**
 * One 科普 question with its answers. Unanswered (or hidden) ones open only for the asker and those who may answer
 * them; for everyone else, as for an unknown or malformed id, the page is a Chinese 404.
 */
@Named
@RequestScoped
public class PublicQuestionBean {

    @EJB
    private PopScienceQuestions questions;

    private String id;
    private QuestionView question;

    public void load() throws IOException {
        Long key = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        question = null;
        if (key != null) {
            try {
                question = questions.question(key);
            } catch (RecordNotFound missing) {
                question = null;
            } catch (EJBException failed) {
                if (!(failed.getCause() instanceof RecordNotFound)) {
                    throw failed;
                }
            }
        }
        if (question == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "没有这个科普问题");
            faces.responseComplete();
        }
    }

    public QuestionView getQuestion() { return question; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
