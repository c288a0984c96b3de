package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.web.Refusals;
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
        if (Refusals.attempt(() -> questions.answer(questionId, new AnswerForm(text)))) {
            drafts.remove(questionId);
            rows = null;
            Messages.info(Messages.of("msg", "qa.notice.answered"));
        }
    }

    public void hideQuestion(long questionId) {
        ModerationForm form = new ModerationForm();
        form.reason = reason;
        if (Refusals.attempt(() -> questions.hideQuestion(questionId, form))) {
            rows = null;
            Messages.info(Messages.of("msg", "qa.notice.questionHidden"));
        }
    }

    public void hideAnswer(long answerId) {
        ModerationForm form = new ModerationForm();
        form.reason = reason;
        if (Refusals.attempt(() -> questions.hideAnswer(answerId, form))) {
            rows = null;
            Messages.info(Messages.of("msg", "qa.notice.answerHidden"));
        }
    }

    public Map<Long, String> getDrafts() { return drafts; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
