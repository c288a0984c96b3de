package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One answer to a question, with the answerer's name and capacity as they were when answering. */
@Entity
@Table(name = "popsci_answer")
public class PopScienceAnswer {

    public static final int TEXT_MAX = 5000;
    public static final int TEXT_MIN = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "answerer_id", nullable = false)
    private long answererId;

    @Column(name = "answerer_name", nullable = false, length = 64)
    private String answererName;

    @Enumerated(EnumType.STRING)
    @Column(name = "answerer_kind", nullable = false, length = 16)
    private AnswererKind answererKind;

    @Column(nullable = false, length = TEXT_MAX)
    private String body;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected PopScienceAnswer() {
    }

    public PopScienceAnswer(long questionId, long answererId, String answererName, AnswererKind kind, String text,
                            Instant now) {
        String b = text == null ? "" : text.strip();
        if (b.length() < TEXT_MIN || b.length() > TEXT_MAX) {
            throw new RuleViolation("回答应为 " + TEXT_MIN + " 到 " + TEXT_MAX + " 个字");
        }
        this.questionId = questionId;
        this.answererId = answererId;
        this.answererName = answererName;
        this.answererKind = kind;
        this.body = b;
        this.answeredAt = now;
    }

    public void hide() {
        this.hidden = true;
    }

    public Long getId() { return id; }
    public long getQuestionId() { return questionId; }
    public long getAnswererId() { return answererId; }
    public String getAnswererName() { return answererName; }
    public AnswererKind getAnswererKind() { return answererKind; }
    public String getBody() { return body; }
    public boolean isHidden() { return hidden; }
    public Instant getAnsweredAt() { return answeredAt; }
}
