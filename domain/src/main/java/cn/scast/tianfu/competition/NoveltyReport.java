package cn.scast.tianfu.competition;

import cn.scast.tianfu.platform.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 查新报告 of a youth contest registration: the PDF itself, replaced by a later upload. */
@Entity
@Table(name = "cts_novelty_report")
public class NoveltyReport extends StoredFile {

    @Id
    @Column(name = "registration_id")
    private Long registrationId;

    protected NoveltyReport() {
    }

    public NoveltyReport(long registrationId) {
        this.registrationId = registrationId;
    }

    public Long getRegistrationId() { return registrationId; }
}
