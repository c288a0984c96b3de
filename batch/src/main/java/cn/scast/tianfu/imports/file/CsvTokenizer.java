package cn.scast.tianfu.imports.file;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * RFC 4180 record reader over a character stream that keeps physical line numbers, bounds the memory
 * of every cell and can skip records without building their values.
 * <ul>
 *   <li>Separator {@code ,}, quote {@code "}, a quote inside a quoted field is written {@code ""}.</li>
 *   <li>Records end at LF, CRLF or CR outside quotes; line breaks inside quotes are part of the value
 *       and are counted as physical lines.</li>
 *   <li>White space around a field and around a quoted field is ignored; a quote inside an unquoted
 *       field is taken literally ({@code 5"}); other characters after a closing quote make the record
 *       malformed; a quote still open at end of file makes the last record malformed.</li>
 *   <li>A cell keeps at most {@code maxCellLength + SLACK} characters; the rest is only counted.</li>
 *   <li>A leading byte order mark is dropped.</li>
 * </ul>
 */
final class CsvTokenizer {

    /** Characters kept beyond the maximum so that surrounding blanks do not make a cell too long. */
    static final int SLACK = 256;

    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private static final int AFTER_QUOTED = 4;

    private final Reader in;
    private final char[] buf;
    private int pos;
    private int lim;
    private boolean eof;

    /** Physical line of the next character. */
    private long line = 1;
    /** The previous record ended with CR: a LF right after it belongs to the same line break. */
    private boolean pendingLf;

    private final int keepPerCell;
    private final int maxCellsStored;
    private final int maxRawLength;

    // ---- current record ----
    private boolean keep;
    private boolean inRecord;
    private long recordLine;
    private int cellCount;
    private String[] cells = new String[16];
    private int[] lengths = new int[16];
    private boolean blank;
    private String malformedReason;
    private int malformedCell = -1;
    private int rawStart;
    private final StringBuilder raw = new StringBuilder();
    private boolean rawTruncated;
    private String originalText;

    // ---- current cell ----
    private final StringBuilder cell = new StringBuilder(64);
    private int cellLength;
    private boolean cellHasContent;

    CsvTokenizer(Reader in, int bufferSize, int maxCellLength, int maxCellsStored, int maxRawLength)
            throws IOException {
        this.in = in;
        this.buf = new char[bufferSize];
        this.keepPerCell = maxCellLength + SLACK;
        this.maxCellsStored = maxCellsStored;
        this.maxRawLength = maxRawLength;
        fill();
        if (pos < lim && buf[pos] == '\uFEFF') {
            pos++;
        }
    }

    /** Physical line where the next record starts. */
    long nextLine() {
        return line;
    }

    long recordLine() {
        return recordLine;
    }

    /** Number of cells of the record (also cells that were not stored). */
    int cellCount() {
        return cellCount;
    }

    /** Trimmed value of cell {@code i} (kept records only, {@code i < min(cellCount, maxCellsStored)}). */
    String cell(int i) {
        return cells[i];
    }

    /** Length of cell {@code i} before it was cut short; equals the value length otherwise. */
    int length(int i) {
        return lengths[i];
    }

    /** All cells empty after trimming (an empty or blank line, or a line of separators only). */
    boolean blank() {
        return blank;
    }

    /** Why the record is malformed, or {@code null}. */
    String malformedReason() {
        return malformedReason;
    }

    /** Index of the malformed cell, or -1. */
    int malformedCell() {
        return malformedCell;
    }

    /** Raw text of the record without its line break, shortened if longer than the limit. */
    String originalText() {
        return originalText;
    }

    /**
     * Reads the next record.
     *
     * @param keep build values and original text; {@code false} only finds the end of the record
     * @return {@code false} at end of input
     */
    boolean readRecord(boolean keep) throws IOException {
        if (pendingLf) {
            pendingLf = false;
            if (pos >= lim) {
                fill();
            }
            if (pos < lim && buf[pos] == '\n') {
                pos++;
            }
        }
        this.keep = keep;
        recordLine = line;
        cellCount = 0;
        blank = true;
        malformedReason = null;
        malformedCell = -1;
        raw.setLength(0);
        rawTruncated = false;
        originalText = null;
        rawStart = pos;
        inRecord = true;
        startCell();

        int state = START;
        boolean consumed = false;
        boolean prevCr = false;
        final char[] b = buf;
        while (true) {
            if (pos >= lim) {
                fill();
                if (pos >= lim) {
                    if (!consumed) {
                        inRecord = false;
                        return false;
                    }
                    if (state == QUOTED) {
                        malformed(cellCount, "引号未闭合：字段从第 " + recordLine + " 行开始直到文件末尾都没有结束引号");
                    }
                    endCell();
                    finishRaw(pos);
                    return true;
                }
            }
            char c = b[pos++];
            consumed = true;
            switch (state) {
                case UNQUOTED:
                    if (c == ',') {
                        endCell();
                        startCell();
                        state = START;
                    } else if (c == '\n' || c == '\r') {
                        return endRecord(c);
                    } else {
                        append(c);
                    }
                    break;
                case START:
                    if (c == ',') {
                        endCell();
                        startCell();
                    } else if (c == '\n' || c == '\r') {
                        return endRecord(c);
                    } else if (c == '"') {
                        cell.setLength(0);
                        cellLength = 0;
                        cellHasContent = true;
                        prevCr = false;
                        state = QUOTED;
                    } else {
                        append(c);
                        if (c != ' ' && c != '\t') {
                            state = UNQUOTED;
                        }
                    }
                    break;
                case QUOTED:
                    if (c == '"') {
                        state = QUOTE_IN_QUOTED;
                    } else {
                        if (c == '\n') {
                            if (!prevCr) {
                                line++;
                            }
                        } else if (c == '\r') {
                            line++;
                        }
                        prevCr = c == '\r';
                        append(c);
                    }
                    break;
                case QUOTE_IN_QUOTED:
                    if (c == '"') {
                        append('"');
                        prevCr = false;
                        state = QUOTED;
                    } else if (c == ',') {
                        endCell();
                        startCell();
                        state = START;
                    } else if (c == '\n' || c == '\r') {
                        return endRecord(c);
                    } else if (c == ' ' || c == '\t') {
                        state = AFTER_QUOTED;
                    } else {
                        malformed(cellCount, "第 " + (cellCount + 1) + " 列引号格式错误：结束引号后还有其他字符");
                        append(c);
                        state = UNQUOTED;
                    }
                    break;
                default: // AFTER_QUOTED
                    if (c == ',') {
                        endCell();
                        startCell();
                        state = START;
                    } else if (c == '\n' || c == '\r') {
                        return endRecord(c);
                    } else if (c != ' ' && c != '\t') {
                        malformed(cellCount, "第 " + (cellCount + 1) + " 列引号格式错误：结束引号后还有其他字符");
                        append(c);
                        state = UNQUOTED;
                    }
                    break;
            }
        }
    }

    private boolean endRecord(char terminator) {
        endCell();
        finishRaw(pos - 1);
        line++;
        pendingLf = terminator == '\r';
        return true;
    }

    private void malformed(int cellIndex, String reason) {
        if (malformedReason == null) {
            malformedReason = reason;
            malformedCell = cellIndex;
        }
    }

    private void startCell() {
        cell.setLength(0);
        cellLength = 0;
        cellHasContent = false;
    }

    private void append(char c) {
        cellLength++;
        if (keep && cellLength <= keepPerCell) {
            cell.append(c);
        }
        if (c > ' ') {
            cellHasContent = true;
        }
    }

    private void endCell() {
        int i = cellCount++;
        if (i >= maxCellsStored) {
            if (cellHasContent) {
                blank = false;
            }
            return;
        }
        if (i >= cells.length) {
            int n = Math.min(maxCellsStored, cells.length * 2);
            cells = Arrays.copyOf(cells, n);
            lengths = Arrays.copyOf(lengths, n);
        }
        if (!keep) {
            if (cellHasContent) {
                blank = false;
            }
            return;
        }
        String value = trimmed(cell);
        cells[i] = value;
        lengths[i] = cellLength > keepPerCell ? cellLength : value.length();
        if (!value.isEmpty()) {
            blank = false;
        }
    }

    private static String trimmed(StringBuilder sb) {
        int end = sb.length();
        if (end == 0) {
            return "";
        }
        int start = 0;
        while (start < end && isBlank(sb.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c <= ' ' ? c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B
                : c >= 0x80 && Character.isWhitespace(c);
    }

    private void finishRaw(int end) {
        inRecord = false;
        if (!keep) {
            return;
        }
        int len = end - rawStart;
        if (raw.length() == 0 && !rawTruncated && len <= maxRawLength) {
            originalText = new String(buf, rawStart, len);
            return;
        }
        appendRaw(rawStart, len);
        originalText = rawTruncated ? raw + ReadLimits.TRUNCATION_MARK : raw.toString();
    }

    private void appendRaw(int from, int len) {
        if (!keep || len <= 0) {
            return;
        }
        int room = maxRawLength - raw.length();
        if (len > room) {
            if (room > 0) {
                raw.append(buf, from, room);
            }
            rawTruncated = true;
        } else {
            raw.append(buf, from, len);
        }
    }

    private void fill() throws IOException {
        if (eof) {
            pos = 0;
            lim = 0;
            return;
        }
        if (inRecord) {
            appendRaw(rawStart, lim - rawStart);
        }
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        rawStart = 0;
        if (n < 0) {
            eof = true;
            lim = 0;
        } else {
            lim = n;
        }
    }
}
