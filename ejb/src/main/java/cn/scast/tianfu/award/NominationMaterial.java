package cn.scast.tianfu.award;

import cn.scast.tianfu.evaluation.AttachmentFile;
import cn.scast.tianfu.evaluation.EntryMaterialSource;
import cn.scast.tianfu.evaluation.model.AttachmentKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** A nomination's material: the nominating society's officer may upload it, as they may edit the nomination. */
@Stateless
public class NominationMaterial implements EntryMaterialSource {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private NominationService nominations;

    @Override
    public boolean mayUpload(long entryId, String caller, String role) {
        if (!"society-officer".equals(role)) {
            return false;
        }
        Optional<String> unit = em.createQuery("SELECT n.unitCode FROM Nomination n WHERE n.entryId = :e", String.class)
                .setParameter("e", entryId).getResultStream().findFirst();
        Optional<String> own = nominations.officerUnit(caller);
        return unit.isPresent() && own.isPresent() && own.get().equals(unit.get());
    }

    @Override
    public Optional<AttachmentFile> find(long entryId, AttachmentKind kind) {
        return Optional.empty();
    }

    @Override
    public boolean upload(long entryId, AttachmentKind kind, String fileName, byte[] content) {
        return false;
    }
}
