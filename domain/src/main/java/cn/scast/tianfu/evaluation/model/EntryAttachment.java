package cn.scast.tianfu.evaluation.model;

import cn.scast.tianfu.platform.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file jurors read with an entry (论文全文, 查新报告, 项目简介); a later upload of the same kind replaces it. */
@Entity
@Table(name = "evl_entry_attachment")
public class EntryAttachment extends StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttachmentKind kind;

    protected EntryAttachment() {
    }

    public EntryAttachment(long entryId, AttachmentKind kind) {
        this.entryId = entryId;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public long getEntryId() { return entryId; }
    public AttachmentKind getKind() { return kind; }
}
