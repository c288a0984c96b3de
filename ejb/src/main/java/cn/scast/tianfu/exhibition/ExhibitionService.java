package cn.scast.tianfu.exhibition;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The online exhibition, read by everyone (the exhibits are loaded by the file-import job, target exhibit). */
@Stateless
@PermitAll
public class ExhibitionService {

    static final String ORDER = " ORDER BY e.collection, e.awardYear DESC, e.code";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    /** All exhibits of one collection, or of every collection when null; newest year first. */
    public List<Exhibit> exhibits(ExhibitCollection collection) {
        if (collection == null) {
            return em.createQuery("SELECT e FROM Exhibit e" + ORDER, Exhibit.class).getResultList();
        }
        return em.createQuery("SELECT e FROM Exhibit e WHERE e.collection = :c" + ORDER, Exhibit.class)
                .setParameter("c", collection).getResultList();
    }

    public Optional<Exhibit> find(String code) {
        return code == null || code.isBlank() || code.length() > Exhibit.CODE_MAX ? Optional.empty()
                : Optional.ofNullable(em.find(Exhibit.class, code));
    }
}
