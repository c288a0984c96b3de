package cn.scast.tianfu.imports.file;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CSV rows; the file has already been checked to decode with {@code charset}.
 * <p>
 * A record that runs over several lines through a quoted field and is broken (its quotes do not close
 * properly, a bound was passed, or it has the wrong number of cells) is taken for an unbalanced quote: only
 * its opening line is rejected, and reading resumes at the next physical line. Skipping to a checkpoint
 * applies the same rule, so restart positions stay exact.
 */
final class CsvRowSource extends AbstractRowSource {

    private static final int BUFFER_CHARS = 64 * 1024;

    private final Reader reader;
    private final CsvTokenizer tokenizer;

    CsvRowSource(Path file, Charset charset, Set<String> requiredColumns, long resumeAfterLine, ReadLimits limits)
            throws IOException, FileRejectedException {
        super(limits, resumeAfterLine);
        // REPORT: a file changed after the encoding check fails loudly instead of importing mojibake
        this.reader = new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        boolean ok = false;
        try {
            this.tokenizer = new CsvTokenizer(reader, BUFFER_CHARS, limits.maxCellLength(), limits.maxColumns() + 1,
                    limits.maxOriginalTextLength(), limits.maxRecordLines());
            readHeader(requiredColumns);
            skipTo(resumeAfterLine);
            ok = true;
        } finally {
            if (!ok) {
                reader.close();
            }
        }
    }

    private void readHeader(Set<String> requiredColumns) throws IOException, FileRejectedException {
        do {
            if (!tokenizer.readRecord(true)) {
                throw new FileRejectedException("文件为空");
            }
        } while (tokenizer.blank());
        if (tokenizer.malformedReason() != null) {
            throw new FileRejectedException("表头格式错误：" + tokenizer.malformedReason());
        }
        if (tokenizer.nulCell() >= 0) {
            throw new FileRejectedException("表头第 " + (tokenizer.nulCell() + 1) + " 列含有空字符 (NUL)");
        }
        int n = tokenizer.cellCount();
        if (n > limits.maxColumns()) {
            throw new FileRejectedException("列数超过上限 " + limits.maxColumns() + " 列（实际 " + n + " 列）");
        }
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (tokenizer.length(i) > limits.maxCellLength()) {
                throw new FileRejectedException("表头第 " + (i + 1) + " 列的列名过长");
            }
            names.add(tokenizer.cell(i));
        }
        installHeader(names, requiredColumns);
    }

    /** Finds the ends of the records before the restart line without building their values. */
    private void skipTo(long resumeAfterLine) throws IOException {
        while (tokenizer.nextLine() <= resumeAfterLine) {
            if (!tokenizer.readRecord(false)) {
                return;
            }
            if (!tokenizer.blank()) {
                countRow();
            }
            if (brokenAcrossLines()) {
                tokenizer.resumeAfterOpeningLine();
            }
        }
    }

    /** The record ran over line breaks inside quotes and is broken there: most likely an unbalanced quote. */
    private boolean brokenAcrossLines() {
        CsvTokenizer t = tokenizer;
        return t.spansLines() && (t.malformedReason() != null || (!t.blank() && t.cellCount() != index.size()));
    }

    @Override
    public Optional<SourceRow> next() throws IOException, RowRejectedException {
        ensureOpen();
        CsvTokenizer t = tokenizer;
        do {
            if (!t.readRecord(true)) {
                return Optional.empty();
            }
        } while (t.blank() && t.malformedReason() == null);
        countRow();
        long line = t.recordLine();
        position = line;
        if (brokenAcrossLines()) {
            String detail = t.malformedReason() != null ? t.malformedReason()
                    : "列数不符：应为 " + index.size() + " 列，实际 " + t.cellCount() + " 列";
            int cellIndex = t.malformedReason() != null ? t.malformedCell() : -1;
            String column = cellIndex >= 0 && cellIndex < index.size() ? index.name(cellIndex) : null;
            String opening = t.openingLineText();
            t.resumeAfterOpeningLine();
            throw new RowRejectedException(line, column, detail + "；疑似引号未配对，只拒绝第 " + line + " 行，从第 "
                    + (line + 1) + " 行继续读取", withoutNul(opening));
        }
        String original = t.originalText();
        if (t.malformedReason() != null) {
            int cellIndex = t.malformedCell();
            String column = cellIndex >= 0 && cellIndex < index.size() ? index.name(cellIndex) : null;
            throw new RowRejectedException(line, column, t.malformedReason(), withoutNul(original));
        }
        int n = t.cellCount();
        if (n != index.size()) {
            throw columnCountMismatch(line, n, withoutNul(original));
        }
        if (t.nulCell() >= 0) {
            int cellIndex = t.nulCell();
            throw new RowRejectedException(line, index.name(cellIndex),
                    "第 " + (cellIndex + 1) + " 列含有空字符 (NUL)", withoutNul(original));
        }
        String[] values = new String[n];
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = t.cell(i);
            lengths[i] = t.length(i);
        }
        return Optional.of(checkedRow(line, values, lengths, original));
    }

    /** The reject report shows a NUL as the visible symbol ␀: the text goes to the database, screens and CSV. */
    private static String withoutNul(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\u2400');
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            reader.close();
        }
    }
}
