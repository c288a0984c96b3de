package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Backs 我的科普问答: the signed-in account asks a question and follows its own questions and their answers. */
@Named
@ViewScoped
public class MyQuestionsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PopScienceQuestions questions;

    private QuestionForm form = new QuestionForm();
    private List<QuestionView> rows;
    private Boolean answerer;

    public List<QuestionView> getRows() {
        if (rows == null) {
            rows = questions.mine();
        }
        return rows;
    }

    /** Whether the account answers questions too (then the page links its queue). */
    public boolean isAnswerer() {
        if (answerer == null) {
            answerer = questions.isAnswerer();
        }
        return answerer;
    }

    public void ask() {
        QuestionView[] asked = new QuestionView[1];
        if (Refusals.attempt(() -> asked[0] = questions.ask(form))) {
            Messages.info(Messages.of("msg", "qa.notice.asked", asked[0].title()));
            form = new QuestionForm();
            rows = null;
        }
    }

    public void cityChanged() {
        form.countyCode = null;
        form.town = null;
    }

    public QuestionForm getForm() { return form; }
}
