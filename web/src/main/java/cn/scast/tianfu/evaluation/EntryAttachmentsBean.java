package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.evaluation.model.AttachmentKind;
import cn.scast.tianfu.platform.RecordAccessRefused;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/** Staff screen of one entry's material (admin/evaluation/attachments.xhtml?entry=…): upload and open. */
@Named
@ViewScoped
public class EntryAttachmentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EntryAttachments attachments;

    private Long entryId;
    private String title;
    private List<AttachmentView> materials = List.of();
    private AttachmentKind kind = AttachmentKind.PAPER;
    private transient UploadedFile file;

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("entry");
        try {
            entryId = param == null ? null : Long.valueOf(param.strip());
        } catch (NumberFormatException e) {
            entryId = null;
        }
        if (entryId == null) {
            return;
        }
        try {
            title = attachments.titleForEditor(entryId);
            materials = attachments.listForEditor(entryId);
        } catch (EvaluationException | RecordAccessRefused e) {
            EvaluationTexts.error(FacesContext.getCurrentInstance(), null, e.getMessage());
            entryId = null;
        }
    }

    public void upload() {
        if (entryId == null) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            EvaluationTexts.error(FacesContext.getCurrentInstance(), null, Messages.of("em", "attachment.chooseFile"));
            return;
        }
        try {
            attachments.upload(entryId, kind, file.getFileName(), file.getContent());
            Messages.info(Messages.of("em", "attachment.uploaded", AttachmentContent.label(kind)));
            materials = attachments.listForEditor(entryId);
        } catch (AttachmentRefused refused) {
            EvaluationTexts.error(FacesContext.getCurrentInstance(), null, refused.getMessage());
        } catch (RecordAccessRefused refused) {
            EvaluationTexts.error(FacesContext.getCurrentInstance(), null, refused.getMessage());
        } finally {
            file = null;
        }
    }

    public String urlOf(AttachmentView material) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/evaluation/entries/" + entryId + "/attachments/" + material.slug();
    }

    public String sizeOf(AttachmentView material) {
        return MyEntriesBean.sizeText(material);
    }

    public AttachmentKind[] getKinds() { return AttachmentKind.values(); }
    public Long getEntryId() { return entryId; }
    public String getTitle() { return title; }
    public List<AttachmentView> getMaterials() { return materials; }
    public AttachmentKind getKind() { return kind; }
    public void setKind(AttachmentKind kind) { this.kind = kind; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
