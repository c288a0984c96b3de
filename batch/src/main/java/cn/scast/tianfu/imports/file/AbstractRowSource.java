package cn.scast.tianfu.imports.file;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Header checks, row counting and the per-cell checks shared by the CSV and XLSX sources. */
abstract class AbstractRowSource implements RowSource {

    protected final ReadLimits limits;
    protected HeaderIndex index;
    protected long position;
    private long rowCount;
    protected boolean closed;

    AbstractRowSource(ReadLimits limits, long resumeAfterLine) {
        this.limits = limits;
        this.position = Math.max(0, resumeAfterLine);
    }

    @Override
    public final List<String> header() {
        return index.names();
    }

    @Override
    public final long position() {
        return position;
    }

    protected final void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("row source is closed");
        }
    }

    /** Counts one data row (also rows skipped for a restart) against {@link ReadLimits#maxRows()}. */
    protected final void countRow() throws TooManyRowsException {
        if (++rowCount > limits.maxRows()) {
            throw new TooManyRowsException(limits.maxRows());
        }
    }

    /**
     * Applies the cell checks and builds the row.
     *
     * @param values  one trimmed value per header column (possibly cut short if too long)
     * @param lengths the real length of each value, compared with the maximum cell length
     */
    protected final SourceRow checkedRow(long line, String[] values, int[] lengths, String originalText)
            throws RowRejectedException {
        int max = limits.maxCellLength();
        for (int i = 0; i < values.length; i++) {
            if (lengths[i] > max) {
                throw new RowRejectedException(line, index.name(i), CellChecks.lengthReason(max, lengths[i]),
                        originalText);
            }
        }
        for (int i = 0; i < values.length; i++) {
            String reason = CellChecks.formulaInjectionReason(values[i]);
            if (reason != null) {
                throw new RowRejectedException(line, index.name(i), reason, originalText);
            }
        }
        return new SourceRow(line, new RowValues(index, values), originalText);
    }

    protected final RowRejectedException columnCountMismatch(long line, int actual, String originalText) {
        return new RowRejectedException(line, null,
                "列数不符：应为 " + index.size() + " 列，实际 " + actual + " 列", originalText);
    }

    /**
     * Checks the header names (already trimmed) and the required columns, then installs the header.
     */
    protected final void installHeader(List<String> names, Set<String> requiredColumns) throws FileRejectedException {
        if (names.size() > limits.maxColumns()) {
            throw new FileRejectedException(
                    "列数超过上限 " + limits.maxColumns() + " 列（实际 " + names.size() + " 列）");
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw new FileRejectedException("表头第 " + (i + 1) + " 列的列名为空");
            }
            if (name.length() > limits.maxCellLength()) {
                throw new FileRejectedException("表头第 " + (i + 1) + " 列的列名过长");
            }
            if (CellChecks.isFormulaLike(name)) {
                throw new FileRejectedException("表头第 " + (i + 1) + " 列的列名疑似公式注入：" + name);
            }
            String previous = seen.putIfAbsent(HeaderIndex.fold(name), name);
            if (previous != null) {
                throw new FileRejectedException("表头列名重复：" + name);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : requiredColumns) {
            if (!seen.containsKey(HeaderIndex.fold(required))) {
                missing.add(required.strip());
            }
        }
        if (!missing.isEmpty()) {
            throw new FileRejectedException("缺少必需的列：" + String.join(", ", missing));
        }
        this.index = new HeaderIndex(names);
    }
}
