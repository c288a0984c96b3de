package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 科普 items: the province office edits items for any region, city staff only for their own city (and below).
 * Published items are public. Every write is audited.
 */
@Stateless
@RolesAllowed({"admin", "city-staff"})
public class PopScienceItems {

    static final String TARGET = "popsci_item";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private PopSciencePushes pushes;

    @Resource
    private SessionContext session;

    public PopScienceItemView create(PopScienceItemForm form) {
        PopScienceItem item = new PopScienceItem(Callers.name(session), clock.instant());
        fill(item, form);
        em.persist(item);
        em.flush();
        PopScienceItemView view = view(item);
        audit.record("POPSCI_ITEM_CREATED", TARGET, item.getId(), null, view, "新建科普内容");
        return view;
    }

    public PopScienceItemView update(long id, PopScienceItemForm form) {
        PopScienceItem item = editable(id);
        PopScienceItemView before = view(item);
        fill(item, form);
        em.flush();
        PopScienceItemView after = view(item);
        audit.record("POPSCI_ITEM_UPDATED", TARGET, id, before, after, "修改科普内容");
        return after;
    }

    /** Makes the item public; pushing it to the subscribers is the push job's part. */
    public PopScienceItemView publish(long id) {
        PopScienceItem item = editable(id);
        item.publish(clock.instant());
        audit.record("POPSCI_ITEM_PUBLISHED", TARGET, id, null, null, "发布科普内容");
        return view(item);
    }

    public PopScienceItemView withdraw(long id) {
        PopScienceItem item = editable(id);
        item.withdraw();
        audit.record("POPSCI_ITEM_WITHDRAWN", TARGET, id, null, null, "撤回科普内容");
        return view(item);
    }

    /** Records the push job's execution on the item. */
    public void pushStarted(long id, long executionId) {
        PopScienceItem item = editable(id);
        item.pushedBy(executionId);
        audit.record("POPSCI_PUSH_STARTED", TARGET, id, null, null, "推送作业 " + executionId);
    }

    /** Items the caller may edit, newest first: all for the province office, the own city's for city staff. */
    public List<PopScienceItemView> editable() {
        String city = staffCity();
        jakarta.persistence.TypedQuery<PopScienceItem> query = em.createQuery("SELECT i FROM PopScienceItem i"
                + (city == null ? "" : " WHERE i.cityCode = :c") + " ORDER BY i.id DESC", PopScienceItem.class);
        if (city != null) {
            query.setParameter("c", city);
        }
        return query.setMaxResults(500).getResultStream().map(this::view).toList();
    }

    public PopScienceItemView item(long id) {
        return view(editable(id));
    }

    public PushFigures figures(long id) {
        return pushes.figures(editable(id));
    }

    /** Published items, newest first, optionally of one topic and one city (province-wide items are everywhere). */
    @PermitAll
    public List<PopScienceItemView> published(String topic, String cityCode, int limit) {
        Optional<PopScienceTopic> wanted = parse(topic);
        String city = cityCode == null || cityCode.isBlank() ? null : cityCode.strip();
        jakarta.persistence.TypedQuery<PopScienceItem> query = em.createQuery(
                "SELECT i FROM PopScienceItem i WHERE i.published = TRUE"
                        + (city == null ? "" : " AND (i.cityCode IS NULL OR i.cityCode = :c)")
                        + (wanted.isEmpty() ? "" : " AND i.topics LIKE :t")
                        + " ORDER BY i.publishedAt DESC, i.id DESC", PopScienceItem.class);
        if (city != null) {
            query.setParameter("c", city);
        }
        wanted.ifPresent(t -> query.setParameter("t", "%" + t.name() + "%"));
        return query.setMaxResults(Math.max(1, Math.min(limit, 200))).getResultStream().map(this::view).toList();
    }

    /** A published item, or empty for a draft or an unknown id. */
    @PermitAll
    public Optional<PopScienceItemView> publicItem(long id) {
        PopScienceItem item = em.find(PopScienceItem.class, id);
        return item == null || !item.isPublished() ? Optional.empty() : Optional.of(view(item));
    }

    private void fill(PopScienceItem item, PopScienceItemForm form) {
        if (form == null) {
            throw RefusedInput.invalid(List.of(new cn.scast.tianfu.platform.FieldError("title", "不能为空")));
        }
        FormReader read = new FormReader();
        PopScienceKind kind = read.one("kind", form.kind, PopScienceKind.class, null);
        String title = read.text("title", form.title, 200, true);
        String summary = read.text("summary", form.summary, 500, true);
        String body = read.text("body", form.body, 20000, false);
        String videoUrl = read.text("videoUrl", form.videoUrl, 500, false);
        String activityTime = read.text("activityTime", form.activityTime, 64, false);
        String activityPlace = read.text("activityPlace", form.activityPlace, 200, false);
        Set<PopScienceTopic> topics = read.many("topics", form.topics, PopScienceTopic.class);
        Audience audience = read.one("audience", form.audience, Audience.class, Audience.PUBLIC);
        read.check();
        Region region = RegionNames.known(em, form.cityCode, form.countyCode, form.town);
        String city = staffCity();
        if (city != null && !city.equals(region.cityCode())) {
            throw new RecordAccessRefused("市州工作人员只能为本市州及其区县、乡镇编辑科普内容");
        }
        item.describe(kind, title, summary, body, videoUrl, activityTime, activityPlace, clock.instant());
        item.target(topics, audience, region);
    }

    private PopScienceItem editable(long id) {
        PopScienceItem item = em.find(PopScienceItem.class, id);
        if (item == null) {
            throw new RecordNotFound("科普内容 " + id + " 不存在");
        }
        String city = staffCity();
        if (city != null && !city.equals(item.getCityCode())) {
            throw new RecordAccessRefused("这条科普内容不属于本市州");
        }
        return item;
    }

    PopScienceItemView view(PopScienceItem item) {
        return PopScienceItemView.of(item, RegionNames.of(em, item.region()));
    }

    private String staffCity() {
        return StaffCity.of(em, session);
    }

    private static Optional<PopScienceTopic> parse(String topic) {
        try {
            return topic == null || topic.isBlank() ? Optional.empty() : Optional.of(PopScienceTopic.valueOf(topic.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
