package cn.scast.tianfu.imports.file;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything a source yields, in order: rows and rejected rows. */
final class ReadResult {

    final List<String> header;
    final List<SourceRow> rows = new ArrayList<>();
    final List<RowRejectedException> rejects = new ArrayList<>();
    /** Line numbers of rows and rejects in reading order. */
    final List<Long> order = new ArrayList<>();
    /** {@link RowSource#position()} after each row or reject. */
    final List<Long> positions = new ArrayList<>();

    private ReadResult(List<String> header) {
        this.header = header;
    }

    static ReadResult readAll(RowSource source) throws IOException {
        ReadResult result = new ReadResult(source.header());
        while (true) {
            try {
                Optional<SourceRow> row = source.next();
                if (row.isEmpty()) {
                    return result;
                }
                result.rows.add(row.get());
                result.order.add(row.get().lineNumber());
            } catch (RowRejectedException e) {
                result.rejects.add(e);
                result.order.add(e.lineNumber());
            }
            result.positions.add(source.position());
        }
    }

    List<Long> rowLines() {
        return rows.stream().map(SourceRow::lineNumber).toList();
    }

    List<String> column(String name) {
        return rows.stream().map(r -> r.values().get(name)).toList();
    }
}
