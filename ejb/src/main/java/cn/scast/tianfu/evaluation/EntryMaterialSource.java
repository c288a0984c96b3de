package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.AttachmentKind;

import java.util.Optional;

/**
 * What the programme that owns an entry (an award's nomination, a contest's registration) adds to the entry's
 * material: who besides staff may upload it, and the files the programme keeps itself. The programmes implement it,
 * so the evaluation engine reads their material without depending on them.
 */
public interface EntryMaterialSource {

    /** Whether {@code caller}, holding {@code role} (not staff), may upload material for the entry. */
    boolean mayUpload(long entryId, String caller, String role);

    /** The file the programme keeps for the entry under this kind, if it keeps one. */
    Optional<AttachmentFile> find(long entryId, AttachmentKind kind);

    /**
     * The type, size and hash of that file, for lists; the default reads the file, a programme that keeps many or
     * large files answers from its columns instead.
     */
    default Optional<AttachmentFacts> facts(long entryId, AttachmentKind kind) {
        return find(entryId, kind).map(f -> new AttachmentFacts(f.contentType(), f.content().length, f.sha256()));
    }

    /** Takes an upload the programme keeps itself (checking it as its own); false when it does not keep this kind. */
    boolean upload(long entryId, AttachmentKind kind, String fileName, byte[] content);
}
