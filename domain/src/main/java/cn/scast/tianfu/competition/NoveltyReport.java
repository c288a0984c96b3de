package cn.scast.tianfu.competition;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** 查新报告 of a youth contest registration: the PDF itself, replaced by a later upload. */
@Entity
@Table(name = "cts_novelty_report")
public class NoveltyReport {

    @Id
    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected NoveltyReport() {
    }

    public NoveltyReport(long registrationId) {
        this.registrationId = registrationId;
    }

    public void replace(String fileName, String contentType, byte[] content, String sha256, String uploadedBy,
                        Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getRegistrationId() { return registrationId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content.clone(); }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
