package cn.scast.tianfu.evaluation.model;

import java.util.Arrays;
import java.util.Optional;

/** What an entry's attachment is; each entry holds at most one of each kind. */
public enum AttachmentKind {
    /** 论文全文: PDF only. */
    PAPER("paper", false),
    /** 查新报告: PDF only; a youth contest entry's report is the registration's own. */
    NOVELTY_REPORT("novelty-report", false),
    /** 项目简介: PDF or plain text. */
    SUMMARY("summary", true);

    private final String slug;
    private final boolean textAllowed;

    AttachmentKind(String slug, boolean textAllowed) {
        this.slug = slug;
        this.textAllowed = textAllowed;
    }

    /** The kind's name in URLs. */
    public String slug() {
        return slug;
    }

    public boolean textAllowed() {
        return textAllowed;
    }

    public static Optional<AttachmentKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
