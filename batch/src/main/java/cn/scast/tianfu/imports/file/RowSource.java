package cn.scast.tianfu.imports.file;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Rows of one import file, read one at a time (never the whole file in memory). Not thread-safe.
 * Obtain with {@link RowSources#open}.
 */
public interface RowSource extends AutoCloseable {

    /** Column names of the header, trimmed, in file order. */
    List<String> header();

    /**
     * Next row or empty at end. Fully blank rows are skipped. A malformed row throws
     * {@link RowRejectedException} and the source stays usable for the following rows.
     *
     * @throws TooManyRowsException if the file has more data rows than the configured maximum
     */
    Optional<SourceRow> next() throws IOException, RowRejectedException;

    /**
     * Line number of the last row returned or rejected (for checkpoints); before the first row it is
     * the {@code resumeAfterLine} the source was opened with. Passing this value back as
     * {@code resumeAfterLine} continues after that row.
     */
    long position();

    @Override
    void close() throws IOException;
}
