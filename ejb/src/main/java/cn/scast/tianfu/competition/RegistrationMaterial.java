package cn.scast.tianfu.competition;

import cn.scast.tianfu.evaluation.AttachmentFacts;
import cn.scast.tianfu.evaluation.AttachmentFile;
import cn.scast.tianfu.evaluation.EntryMaterialSource;
import cn.scast.tianfu.evaluation.model.AttachmentKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** A contest registration's material: its 查新报告 is the registration's own report, read and replaced there. */
@Stateless
public class RegistrationMaterial implements EntryMaterialSource {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private NoveltyReports noveltyReports;

    @Override
    public boolean mayUpload(long entryId, String caller, String role) {
        return false;
    }

    @Override
    public Optional<AttachmentFile> find(long entryId, AttachmentKind kind) {
        if (kind != AttachmentKind.NOVELTY_REPORT) {
            return Optional.empty();
        }
        return registrationOf(entryId).flatMap(noveltyReports::find)
                .map(r -> new AttachmentFile(r.getFileName(), r.getContentType(), r.getContent(), r.getSha256()));
    }

    @Override
    public Optional<AttachmentFacts> facts(long entryId, AttachmentKind kind) {
        if (kind != AttachmentKind.NOVELTY_REPORT) {
            return Optional.empty();
        }
        return registrationOf(entryId).flatMap(id -> em.createQuery("SELECT r.contentType, r.sizeBytes, r.sha256 "
                        + "FROM NoveltyReport r WHERE r.registrationId = :r", Object[].class)
                .setParameter("r", id).getResultStream().findFirst()).map(AttachmentFacts::of);
    }

    @Override
    public boolean upload(long entryId, AttachmentKind kind, String fileName, byte[] content) {
        if (kind != AttachmentKind.NOVELTY_REPORT) {
            return false;
        }
        Optional<Long> registration = registrationOf(entryId);
        registration.ifPresent(id -> noveltyReports.upload(id, fileName, content));
        return registration.isPresent();
    }

    private Optional<Long> registrationOf(long entryId) {
        return em.createQuery("SELECT r.id FROM Registration r WHERE r.entryId = :e", Long.class)
                .setParameter("e", entryId).getResultStream().findFirst();
    }
}
