package cn.scast.tianfu.popscience.qa;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs 待回答的科普问题: the questions the caller may answer (科普员 of the county, expert of the topic, staff of the
 * city), unanswered first. Staff also hide abusive questions and answers here.
 */
@Named
@ViewScoped
public class AnswerQueueBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PopScienceQuestions questions;

    private List<QuestionView> rows;
    private final Map<Long, String> drafts = new HashMap<>();
    private String reason;

    public List<QuestionView> getRows() {
        if (rows == null) {
            rows = questions.queue();
        }
        return rows;
    }

    /** Whether the caller hides questions of some of the rows (staff), so the page asks for a reason. */
    public boolean isModerator() {
        return getRows().stream().anyMatch(QuestionView::moderate);
    }

    public void answer(long questionId) {
        String text = drafts.get(questionId);
        if (Refusals.run(() -> questions.answer(questionId, new AnswerForm(text)))) {
            drafts.remove(questionId);
            rows = null;
            Refusals.info("已回答，提问人会收到通知");
        }
    }

    public void hideQuestion(long questionId) {
        ModerationForm form = new ModerationForm();
        form.reason = reason;
        if (Refusals.run(() -> questions.hideQuestion(questionId, form))) {
            rows = null;
            Refusals.info("已隐藏该问题");
        }
    }

    public void hideAnswer(long answerId) {
        ModerationForm form = new ModerationForm();
        form.reason = reason;
        if (Refusals.run(() -> questions.hideAnswer(answerId, form))) {
            rows = null;
            Refusals.info("已隐藏该回答");
        }
    }

    public Map<Long, String> getDrafts() { return drafts; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
