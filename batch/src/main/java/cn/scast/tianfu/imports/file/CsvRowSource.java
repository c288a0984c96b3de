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

/** CSV rows; the file has already been checked to decode with {@code charset}. */
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
                    limits.maxOriginalTextLength());
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
        }
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
        String original = t.originalText();
        if (t.malformedReason() != null) {
            int cellIndex = t.malformedCell();
            String column = cellIndex >= 0 && cellIndex < index.size() ? index.name(cellIndex) : null;
            throw new RowRejectedException(line, column, t.malformedReason(), original);
        }
        int n = t.cellCount();
        if (n != index.size()) {
            throw columnCountMismatch(line, n, original);
        }
        String[] values = new String[n];
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = t.cell(i);
            lengths[i] = t.length(i);
        }
        return Optional.of(checkedRow(line, values, lengths, original));
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            reader.close();
        }
    }
}
