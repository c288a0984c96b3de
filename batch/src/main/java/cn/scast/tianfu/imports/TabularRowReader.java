package cn.scast.tianfu.imports;

import cn.scast.tianfu.imports.file.FileRejectedException;
import cn.scast.tianfu.imports.file.FileUnreadableException;
import cn.scast.tianfu.imports.file.ReadAheadRowSource;
import cn.scast.tianfu.imports.file.RowSource;
import cn.scast.tianfu.imports.file.RowSources;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads CSV or XLSX rows for a chunk step. The checkpoint is the last line handed out, so a restart
 * after a crash reopens the file and skips what was already committed.
 */
@Named
@Dependent
public class TabularRowReader extends AbstractItemReader {

    /**
     * Rows decoded ahead of the chunk, about one chunk of the large imports: the next rows are split and checked
     * while the chunk thread waits for the database.
     */
    private static final int READ_AHEAD_ROWS = 10_000;

    @Inject
    @BatchProperty
    private String file;

    @Inject
    @BatchProperty
    private String target;

    /** Optional: a declared encoding (e.g. GB18030) instead of detection. */
    @Inject
    @BatchProperty
    private String encoding;

    @Inject
    private ImportTargets targets;

    @Inject
    private JobContext jobContext;

    @Resource
    private ManagedThreadFactory threads;

    private RowSource source;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        long resumeAfter = checkpoint == null ? 0L : (Long) checkpoint;
        Optional<Charset> declared = encoding == null || encoding.isBlank()
                ? Optional.empty() : Optional.of(Charset.forName(encoding));
        try {
            source = RowSources.open(Path.of(file), declared, targets.byName(target).requiredColumns(), resumeAfter);
            source = new ReadAheadRowSource(source, threads, READ_AHEAD_ROWS);
        } catch (FileRejectedException e) {
            throw rejected(e);
        }
    }

    @Override
    public Object readItem() throws Exception {
        try {
            return source.next().orElse(null);
        } catch (FileUnreadableException e) {
            throw rejected(e);
        }
    }

    /** The job fails with the file name and the Chinese reason as its exit status. */
    private ImportFileRejected rejected(Exception e) {
        ImportFileRejected rejected = new ImportFileRejected(Path.of(file).getFileName() + "：" + e.getMessage(), e);
        jobContext.setExitStatus(ImportFailureListener.reasonOf(rejected));
        return rejected;
    }

    @Override
    public Serializable checkpointInfo() {
        return source == null ? 0L : source.position();
    }

    @Override
    public void close() throws Exception {
        if (source != null) {
            source.close();
        }
    }
}
