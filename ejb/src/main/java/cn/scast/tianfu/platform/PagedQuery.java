package cn.scast.tianfu.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One filtered JPQL search ordered by (sort key, id), read a page at a time. Filters with a null or blank
 * value are left out. Besides offset paging it seeks behind a known row ({@code key > :k OR (key = :k AND
 * id > :i)}), which an index on (key, id) serves at any depth, and reads from the end in reverse order.
 */
public final class PagedQuery<E> {

    private final EntityManager em;
    private final Class<E> type;
    private final String alias;
    private final List<String> fetches = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String sortKey;
    private String idPath;

    private PagedQuery(EntityManager em, Class<E> type, String alias) {
        this.em = em;
        this.type = type;
        this.alias = alias;
        this.idPath = alias + ".id";
    }

    public static <E> PagedQuery<E> of(EntityManager em, Class<E> type, String alias) {
        return new PagedQuery<>(em, type, alias);
    }

    /** e.g. {@code LEFT JOIN FETCH w.organisation}; used for the rows, not for the count. */
    public PagedQuery<E> fetch(String join) {
        fetches.add(join);
        return this;
    }

    /** The sort key path, e.g. {@code w.name}; the id breaks ties. */
    public PagedQuery<E> orderBy(String keyPath) {
        this.sortKey = keyPath;
        return this;
    }

    /** A condition with one named parameter, added only when the value is given. */
    public PagedQuery<E> filter(String condition, String parameter, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return this;
        }
        conditions.add(condition);
        parameters.put(parameter, value instanceof String text ? text.strip() : value);
        return this;
    }

    /** {@code path LIKE 'prefix%'}, with LIKE wildcards in the prefix taken literally. */
    public PagedQuery<E> startsWith(String path, String parameter, String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return this;
        }
        return filter(path + " LIKE :" + parameter + " ESCAPE '!'", parameter, escapeLike(prefix.strip()) + "%");
    }

    public PagedQuery<E> condition(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Reads one page as the request asks; {@code keyOf} gives the sort key of the row {@code after} points to. */
    public <V> Page<V> page(PageRequest request, Object afterKey, java.util.function.Function<E, V> view,
                     java.util.function.Function<E, Long> idOf) {
        List<E> rows;
        if (request.after() != null) {
            rows = seek(afterKey, request.after(), request.offset(), request.limit());
        } else if (request.fromEnd()) {
            rows = fromEnd(request.offset(), request.limit());
        } else {
            rows = list(request.offset(), request.limit());
        }
        Long next = rows.size() == request.limit() && !rows.isEmpty() ? idOf.apply(rows.get(rows.size() - 1)) : null;
        long total = request.counted() ? count() : -1;
        return new Page<>(rows.stream().map(view).toList(), total, request.offset(), request.limit(), next);
    }

    public List<E> list(int offset, int limit) {
        return query(String.join(" AND ", conditions), false).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public List<E> seek(Object key, Object id, int offset, int limit) {
        List<String> all = new ArrayList<>(conditions);
        all.add("(" + sortKey + " > :seekKey OR (" + sortKey + " = :seekKey AND " + idPath + " > :seekId))");
        TypedQuery<E> query = query(String.join(" AND ", all), false);
        query.setParameter("seekKey", key).setParameter("seekId", id);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The page that starts {@code offset} rows before the end, in ascending order. */
    public List<E> fromEnd(int offset, int limit) {
        List<E> rows = new ArrayList<>(query(String.join(" AND ", conditions), true)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
        Collections.reverse(rows);
        return rows;
    }

    public long count() {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ") FROM " + type.getSimpleName() + " "
                + alias + where(String.join(" AND ", conditions)), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The exact count when it is at most {@code cap}, otherwise {@code cap + 1}: never counts past the cap. */
    public long countUpTo(long cap) {
        TypedQuery<Long> probe = em.createQuery("SELECT " + idPath + " FROM " + type.getSimpleName() + " " + alias
                + where(String.join(" AND ", conditions)) + " ORDER BY " + sortKey + ", " + idPath, Long.class);
        parameters.forEach(probe::setParameter);
        if (probe.setFirstResult((int) Math.min(cap, Integer.MAX_VALUE)).setMaxResults(1).getResultList().isEmpty()) {
            return count();
        }
        return cap + 1;
    }

    private TypedQuery<E> query(String where, boolean descending) {
        String direction = descending ? " DESC" : "";
        TypedQuery<E> query = em.createQuery("SELECT " + alias + " FROM " + type.getSimpleName() + " " + alias
                + (fetches.isEmpty() ? "" : " " + String.join(" ", fetches)) + where(where)
                + " ORDER BY " + sortKey + direction + ", " + idPath + direction, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String where(String conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + conditions;
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
