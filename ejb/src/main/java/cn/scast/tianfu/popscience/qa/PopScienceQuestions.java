package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.notification.Notifier;
import cn.scast.tianfu.notification.PublicLinks;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.popscience.PopScienceTopic;
import cn.scast.tianfu.popscience.Region;
import cn.scast.tianfu.popscience.RegionNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 科普问答: a signed-in account asks about a topic in its city or county; the county's 科普员 (registry entry linked to
 * an account), experts of the topic, the city's staff and the province office answer ({@link AnswerRule}). A question
 * with a visible answer is public; before that only the asker and those who may answer it see it, everyone else gets
 * 404 so that its existence is not revealed. The asker is told of each answer in the inbox (and by mail to a verified
 * address). Staff hide abusive questions and answers; every write is audited.
 */
@Stateless
@RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
public class PopScienceQuestions {

    static final String TARGET = "popsci_question";
    static final int MAX_PAGE_SIZE = 50;
    static final int MAX_ROWS = 200;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private Notifier notifier;

    @Resource
    private SessionContext session;

    /** The inbox topic of the notices about a question's answers. */
    static String inboxTopic(long questionId) {
        return "popsci.question." + questionId;
    }

    /** The caller asks a question; only the caller and those who may answer it see it until it is answered. */
    public QuestionView ask(QuestionForm form) {
        if (form == null) {
            form = new QuestionForm();
        }
        List<FieldError> errors = new ArrayList<>();
        required(errors, "title", form.title);
        required(errors, "text", form.text);
        required(errors, "topic", form.topic);
        required(errors, "cityCode", form.cityCode);
        PopScienceTopic topic = null;
        if (form.topic != null && !form.topic.isBlank()) {
            try {
                topic = PopScienceTopic.valueOf(form.topic.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("topic", "无法识别的取值：" + form.topic));
            }
        }
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        Region region = RegionNames.known(em, form.cityCode, form.countyCode, form.town);
        QaCaller caller = caller();
        PopScienceQuestion question = new PopScienceQuestion(caller.accountId(), form.title, form.text, topic, region,
                clock.instant());
        em.persist(question);
        em.flush();
        QuestionView view = view(question, caller);
        audit.record("POPSCI_QUESTION_ASKED", TARGET, question.getId(), null, summary(question), "提出科普问题");
        return view;
    }

    /** The caller's own questions, newest first, answered or not. */
    public List<QuestionView> mine() {
        QaCaller caller = caller();
        return em.createQuery("SELECT q FROM PopScienceQuestion q WHERE q.askerId = :a ORDER BY q.askedAt DESC, q.id DESC",
                        PopScienceQuestion.class)
                .setParameter("a", caller.accountId()).setMaxResults(MAX_ROWS).getResultStream()
                .map(q -> view(q, caller)).toList();
    }

    /** Whether the caller answers any questions at all (科普员 linked to an account, expert, staff). */
    public boolean isAnswerer() {
        return caller().answerer().answersAnything();
    }

    /**
     * The questions the caller may answer and that are not hidden: unanswered ones first (oldest first), then the
     * answered ones, newest first.
     */
    public List<QuestionView> queue() {
        QaCaller caller = caller();
        Answerer who = caller.answerer();
        if (!who.answersAnything()) {
            return List.of();
        }
        List<String> reach = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!who.admin()) {
            if (who.staffCity() != null) {
                reach.add("q.cityCode = :city");
                parameters.put("city", who.staffCity());
            }
            if (!who.volunteerCounties().isEmpty()) {
                reach.add("q.countyCode IN :counties");
                parameters.put("counties", List.copyOf(who.volunteerCounties()));
            }
            if (!who.expertTopics().isEmpty()) {
                reach.add("q.topic IN :topics");
                parameters.put("topics", List.copyOf(who.expertTopics()));
            }
        }
        TypedQuery<PopScienceQuestion> query = em.createQuery("SELECT q FROM PopScienceQuestion q WHERE q.hidden = FALSE"
                + (reach.isEmpty() ? "" : " AND (" + String.join(" OR ", reach) + ")")
                + " ORDER BY q.answeredAt, q.id", PopScienceQuestion.class);
        parameters.forEach(query::setParameter);
        List<PopScienceQuestion> found = new ArrayList<>(query.setMaxResults(MAX_ROWS).getResultList());
        // unanswered (answeredAt NULL sorts first in MariaDB) oldest first, then answered newest first
        List<PopScienceQuestion> open = found.stream().filter(q -> q.getAnsweredAt() == null).toList();
        List<PopScienceQuestion> done = found.stream().filter(q -> q.getAnsweredAt() != null)
                .sorted((a, b) -> b.getAnsweredAt().compareTo(a.getAnsweredAt())).toList();
        List<QuestionView> rows = new ArrayList<>();
        open.forEach(q -> rows.add(view(q, caller)));
        done.forEach(q -> rows.add(view(q, caller)));
        return rows;
    }

    /**
     * Answers a question as the capacity the rule gives the caller; anyone the rule does not name is refused (403).
     * The asker is notified.
     */
    public QuestionView answer(long questionId, AnswerForm form) {
        QaCaller caller = caller();
        PopScienceQuestion question = em.find(PopScienceQuestion.class, questionId);
        if (question == null || (question.isHidden() && !AnswerRule.mayModerate(caller.answerer(), question.region()))) {
            throw new RecordNotFound("科普问题 " + questionId + " 不存在");
        }
        AnswererKind kind = AnswerRule.mayAnswer(caller.answerer(), question.getTopic(), question.region())
                .orElseThrow(() -> new RecordAccessRefused(
                        "只有本区县的科普员、该主题的专家和本市州工作人员可以回答这个问题"));
        if (question.isHidden()) {
            throw RefusedInput.rule(null, "这个问题已被隐藏，不能再回答");
        }
        String text = form == null ? null : form.text;
        if (text == null || text.isBlank()) {
            throw RefusedInput.invalid(List.of(new FieldError("text", "不能为空")));
        }
        Instant now = clock.instant();
        PopScienceAnswer answer = new PopScienceAnswer(questionId, caller.accountId(),
                caller.account().getDisplayName(), kind, text, now);
        em.persist(answer);
        question.answered(now);
        em.flush();
        audit.record("POPSCI_QUESTION_ANSWERED", TARGET, questionId, null,
                Map.of("answerId", answer.getId(), "kind", kind.name(), "text", answer.getBody()), "回答科普问题");
        UserAccount asker = em.find(UserAccount.class, question.getAskerId());
        if (asker != null && asker.isEnabled() && asker.getId() != caller.accountId()) {
            notifier.notify(asker, inboxTopic(questionId), "【天府科普】您的提问有了回答：" + question.getTitle(),
                    notice(question, answer, asker));
        }
        return view(question, caller);
    }

    /** Answered, visible questions, newest answered first, optionally of one topic, city and county; pages from 1. */
    @PermitAll
    public QuestionPage published(String topic, String cityCode, String countyCode, int page, int size) {
        Optional<PopScienceTopic> wanted = parse(topic);
        String city = code(cityCode);
        String county = code(countyCode);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(1, page);
        String where = " WHERE q.hidden = FALSE AND q.answerCount > 0"
                + (wanted.isEmpty() ? "" : " AND q.topic = :t")
                + (city == null ? "" : " AND q.cityCode = :c")
                + (county == null ? "" : " AND q.countyCode = :k");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(q) FROM PopScienceQuestion q" + where, Long.class);
        TypedQuery<PopScienceQuestion> rows = em.createQuery("SELECT q FROM PopScienceQuestion q" + where
                + " ORDER BY q.answeredAt DESC, q.id DESC", PopScienceQuestion.class);
        wanted.ifPresent(t -> {
            count.setParameter("t", t);
            rows.setParameter("t", t);
        });
        if (city != null) {
            count.setParameter("c", city);
            rows.setParameter("c", city);
        }
        if (county != null) {
            count.setParameter("k", county);
            rows.setParameter("k", county);
        }
        QaCaller caller = caller();
        List<QuestionView> views = rows.setFirstResult((pageNumber - 1) * pageSize).setMaxResults(pageSize)
                .getResultStream().map(q -> view(q, caller)).toList();
        return new QuestionPage(views, count.getSingleResult(), pageNumber, pageSize);
    }

    /**
     * One question: public once answered; before that (or when hidden) only for the asker and those who may answer
     * or moderate it. To everyone else it does not exist (404).
     */
    @PermitAll
    public QuestionView question(long id) {
        PopScienceQuestion question = em.find(PopScienceQuestion.class, id);
        QaCaller caller = caller();
        if (question == null || !visible(question, caller)) {
            throw new RecordNotFound("没有这个科普问题");
        }
        return view(question, caller);
    }

    /** Staff hide an abusive question: it leaves the public list and the queues. Audited with the reason. */
    @RolesAllowed({"admin", "city-staff"})
    public QuestionView hideQuestion(long id, ModerationForm form) {
        QaCaller caller = caller();
        PopScienceQuestion question = em.find(PopScienceQuestion.class, id);
        if (question == null) {
            throw new RecordNotFound("科普问题 " + id + " 不存在");
        }
        if (!AnswerRule.mayModerate(caller.answerer(), question.region())) {
            throw new RecordAccessRefused("市州工作人员只能处理本市州的科普问题");
        }
        Object before = summary(question);
        question.hide();
        audit.record("POPSCI_QUESTION_HIDDEN", TARGET, id, before, summary(question), reason(form));
        return view(question, caller);
    }

    /** Staff hide an abusive answer; a question left without visible answers is no longer public. Audited. */
    @RolesAllowed({"admin", "city-staff"})
    public QuestionView hideAnswer(long answerId, ModerationForm form) {
        QaCaller caller = caller();
        PopScienceAnswer answer = em.find(PopScienceAnswer.class, answerId);
        PopScienceQuestion question = answer == null ? null : em.find(PopScienceQuestion.class, answer.getQuestionId());
        if (question == null) {
            throw new RecordNotFound("回答 " + answerId + " 不存在");
        }
        if (!AnswerRule.mayModerate(caller.answerer(), question.region())) {
            throw new RecordAccessRefused("市州工作人员只能处理本市州的科普问题");
        }
        if (!answer.isHidden()) {
            answer.hide();
            question.answerHidden();
            audit.record("POPSCI_ANSWER_HIDDEN", "popsci_answer", answerId,
                    Map.of("questionId", question.getId(), "text", answer.getBody()), null, reason(form));
        }
        return view(question, caller);
    }

    private boolean visible(PopScienceQuestion question, QaCaller caller) {
        if (question.isPublic()) {
            return true;
        }
        if (!caller.signedIn()) {
            return false;
        }
        return question.getAskerId() == caller.accountId()
                || AnswerRule.mayModerate(caller.answerer(), question.region())
                || (!question.isHidden()
                    && AnswerRule.mayAnswer(caller.answerer(), question.getTopic(), question.region()).isPresent());
    }

    private QuestionView view(PopScienceQuestion q, QaCaller caller) {
        List<AnswerView> answers = em.createQuery("SELECT a FROM PopScienceAnswer a WHERE a.questionId = :q "
                        + "AND a.hidden = FALSE ORDER BY a.answeredAt, a.id", PopScienceAnswer.class)
                .setParameter("q", q.getId()).getResultStream()
                .map(a -> new AnswerView(a.getId(), a.getAnswererName(), a.getAnswererKind().name(),
                        a.getAnswererKind().label(), a.getBody(), ChinaTime.MINUTES.format(a.getAnsweredAt())))
                .toList();
        boolean mine = caller.signedIn() && q.getAskerId() == caller.accountId();
        String answerAs = q.isHidden() ? null : AnswerRule.mayAnswer(caller.answerer(), q.getTopic(), q.region())
                .map(AnswererKind::label).orElse(null);
        return new QuestionView(q.getId(), q.getTitle(), q.getBody(), q.getTopic().name(), q.getTopic().label(),
                q.getCityCode(), q.getCountyCode(), q.getTown(), RegionNames.of(em, q.region()), q.getAnsweredAt() != null,
                q.isHidden(), ChinaTime.MINUTES.format(q.getAskedAt()), answers, mine, answerAs,
                AnswerRule.mayModerate(caller.answerer(), q.region()));
    }

    private static Map<String, Object> summary(PopScienceQuestion q) {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("title", q.getTitle());
        state.put("topic", q.getTopic().name());
        state.put("cityCode", q.getCityCode());
        state.put("countyCode", q.getCountyCode());
        state.put("hidden", q.isHidden());
        state.put("answers", q.getAnswerCount());
        return state;
    }

    private static String notice(PopScienceQuestion question, PopScienceAnswer answer, UserAccount asker) {
        return asker.getDisplayName() + "，您好：\n\n您提出的科普问题「" + question.getTitle() + "」有了新的回答（"
                + answer.getAnswererKind().label() + " " + answer.getAnswererName() + "）：\n\n" + answer.getBody()
                + "\n\n查看问题和全部回答：" + PublicLinks.to("/public/popscience-question.xhtml?id=" + question.getId())
                + "\n\n天府科技云 · 智慧科普";
    }

    private static String reason(ModerationForm form) {
        String reason = form == null || form.reason == null || form.reason.isBlank() ? null : form.reason.strip();
        if (reason != null && reason.length() > 200) {
            throw RefusedInput.invalid(List.of(new FieldError("reason", "不能超过 200 个字")));
        }
        return reason == null ? "隐藏" : "隐藏：" + reason;
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "不能为空"));
        }
    }

    private QaCaller caller() {
        return QaCaller.of(em, session);
    }

    private static String code(String value) {
        return value == null || value.isBlank() || !value.strip().matches("\\d{6}") ? null : value.strip();
    }

    private static Optional<PopScienceTopic> parse(String topic) {
        try {
            return topic == null || topic.isBlank() ? Optional.empty() : Optional.of(PopScienceTopic.valueOf(topic.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
