package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every membership record service does the same way: find a record or answer 404, validate a form, flush
 * with a duplicate key turned into a 409 on the record's natural key, and audit each write with the record's
 * state before and after. A service adds its own rules (who may write, references, uniqueness) and its views.
 * The helpers are protected, so they are no business methods of the beans.
 */
public abstract class RecordService<E> {

    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "tianfu")
    protected EntityManager em;

    @Resource
    protected SessionContext session;

    @EJB
    protected AuditTrail audit;

    @Inject
    protected FormValidator validator;

    /** Now, in China time (tests may set it). */
    @Inject
    protected Clock clock;

    private final Class<E> type;
    private final Function<E, Long> id;
    private final String auditArea;
    private final FieldError duplicateKey;

    /**
     * @param id           the record's id, null while it is new
     * @param auditArea    the prefix of the audit actions, e.g. {@code journal} for {@code journal.create}
     * @param duplicateKey the field and message (409) for a record whose natural key another record has, also
     *                     when the table's unique key refuses a write that the checks before let through (a
     *                     concurrent insert won the race); null lets that error pass unchanged
     */
    protected RecordService(Class<E> type, Function<E, Long> id, String auditArea, FieldError duplicateKey) {
        this.type = type;
        this.id = id;
        this.auditArea = auditArea;
        this.duplicateKey = duplicateKey;
    }

    /** The record's state as the audit trail keeps it. */
    protected abstract Object snapshot(E record);

    /** The refusal of a record whose natural key another record has (409). */
    protected RefusedInput duplicateKey() {
        return RefusedInput.conflicting(List.of(duplicateKey));
    }

    protected MembershipCaller caller() {
        return MembershipCaller.of(session, em);
    }

    /** The record, or 404 (also for one the caller may not see). */
    protected E load(long id) {
        E record = em.find(type, id);
        if (record == null) {
            throw RecordNotFound.orHidden();
        }
        return record;
    }

    /** The form's Bean Validation errors, as a list the service may add its own to. */
    protected List<FieldError> validate(Object form) {
        return new ArrayList<>(validator.validate(form));
    }

    /** 400 with the errors when there are any. */
    protected static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
    }

    protected static boolean hasError(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** True when a record other than {@code current} (null or new: any record) has {@code value} in {@code field}. */
    protected boolean taken(E current, String field, Object value) {
        return taken(current, Map.of(field, value));
    }

    /** True when a record other than {@code current} (null or new: any record) has all these field values. */
    protected boolean taken(E current, Map<String, Object> values) {
        Long currentId = current == null ? null : idOf(current);
        String conditions = values.keySet().stream().map(f -> "x." + f + " = :" + f).collect(Collectors.joining(" AND "));
        var query = em.createQuery("SELECT COUNT(x) FROM " + type.getSimpleName() + " x WHERE " + conditions
                + " AND x.id <> :id", Long.class).setParameter("id", currentId == null ? -1L : currentId);
        values.forEach(query::setParameter);
        return query.getSingleResult() > 0;
    }

    /** Persists a new record and audits {@code <area>.create}. */
    protected E created(E record) {
        return created("create", record);
    }

    /** Persists a new record and audits {@code <area>.<action>}. */
    protected E created(String action, E record) {
        em.persist(record);
        flush();
        audited(action, record, null, snapshot(record));
        return record;
    }

    /** Loads the record, applies {@code change} and audits {@code <area>.update} with the state before and after. */
    protected E updated(long id, Consumer<E> change) {
        return changed("update", load(id), change);
    }

    /** Applies {@code change} to a loaded record and audits {@code <area>.<action>} with before and after. */
    protected E changed(String action, E record, Consumer<E> change) {
        Object before = snapshot(record);
        change.accept(record);
        flush();
        audited(action, record, before, snapshot(record));
        return record;
    }

    protected void audited(String action, E record, Object before, Object after) {
        audit.record(auditArea + "." + action, type.getSimpleName(), idOf(record), before, after, null);
    }

    /** Writes now, so that a unique key refuses here (as {@link #duplicateKey()}) and not at commit. */
    protected void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (duplicateKey == null || !Constraints.isDuplicateKey(e)) {
                throw e;
            }
            throw duplicateKey();
        }
    }

    /** One page of {@code query} from {@code offset}, at most {@link #MAX_PAGE} rows, counted. */
    protected <V> Page<V> page(PagedQuery<E> query, int offset, int limit, Function<E, V> view) {
        return query.page(PageRequest.at(offset, limit).clamped(MAX_PAGE), null, view, this::idOf);
    }

    protected Long idOf(E record) {
        return id.apply(record);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
