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
 *   <li>A NUL character is kept and reported through {@link #nulCell()}.</li>
 * </ul>
 *
 * <h2>Unbalanced quotes</h2>
 * A record whose quoted field runs over line breaks ({@link #spansLines()}) keeps, besides its values, the
 * characters read after its opening line. A quoted field still open after {@code maxRecordLines} physical
 * lines, or after {@code maxCellLength + SLACK} characters past the opening line, ends the record at once as
 * malformed ({@link #runaway()}); end of file inside quotes makes it malformed too. The caller decides
 * whether the record is broken (malformed, or the wrong number of cells) and then calls
 * {@link #resumeAfterOpeningLine()}: the next record starts at the physical line after the opening line, so a
 * stray quote costs one row instead of swallowing the rows after it. The decision depends only on the text,
 * not on whether values are kept, so skipping to a checkpoint finds the same record boundaries.
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
    private final int maxRecordLines;
    private final int maxSpanChars;

    /** Characters to read before the reader's again, after {@link #resumeAfterOpeningLine()}. */
    private StringBuilder pushback;
    private int pushbackPos;

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
    private int nulCell = -1;
    /** A line break inside quotes was read: the record spans lines. */
    private boolean spanning;
    private boolean runaway;
    /** Characters of the opening line (without its break), or -1 if not known (values not kept, raw truncated). */
    private int openingLineLength;
    private boolean openingBreakCr;
    private int spanChars;
    /** Characters read after the opening line, from earlier buffers; the rest is buf[replayStart, pos). */
    private final StringBuilder replay = new StringBuilder();
    private int replayStart;

    // ---- current cell ----
    private final StringBuilder cell = new StringBuilder(64);
    private int cellLength;
    private boolean cellHasContent;

    CsvTokenizer(Reader in, int bufferSize, int maxCellLength, int maxCellsStored, int maxRawLength,
                 int maxRecordLines) throws IOException {
        this.in = in;
        this.buf = new char[bufferSize];
        this.keepPerCell = maxCellLength + SLACK;
        this.maxCellsStored = maxCellsStored;
        this.maxRawLength = maxRawLength;
        this.maxRecordLines = maxRecordLines;
        this.maxSpanChars = keepPerCell;
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

    /** Index of the first cell holding a NUL character, or -1. */
    int nulCell() {
        return nulCell;
    }

    /** The record holds a line break inside quotes. */
    boolean spansLines() {
        return spanning;
    }

    /** A quoted field passed the line or size bound; the record was cut off there. */
    boolean runaway() {
        return runaway;
    }

    /** Raw text of the record's first physical line (kept records only), shortened like {@link #originalText()}. */
    String openingLineText() {
        if (!spanning || originalText == null || openingLineLength < 0 || openingLineLength >= originalText.length()) {
            return originalText;
        }
        return originalText.substring(0, openingLineLength);
    }

    /**
     * Forgets the record's lines after its opening line: they are read again as records of their own. Only
     * right after {@link #readRecord} returned a record that {@link #spansLines()}.
     */
    void resumeAfterOpeningLine() {
        if (!spanning) {
            throw new IllegalStateException("the record does not span lines");
        }
        spanning = false;
        if (replay.length() == 0) {
            pos = replayStart;
        } else {
            StringBuilder again = new StringBuilder(replay.length() + (lim - replayStart));
            again.append(replay).append(buf, replayStart, lim - replayStart);
            if (pushback != null) {
                again.append(pushback, pushbackPos, pushback.length());
            }
            pushback = again;
            pushbackPos = 0;
            pos = lim;
        }
        replay.setLength(0);
        line = recordLine + 1;
        pendingLf = openingBreakCr;
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
        nulCell = -1;
        spanning = false;
        runaway = false;
        openingLineLength = -1;
        replay.setLength(0);
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
            if (spanning && ++spanChars > maxSpanChars) {
                // bounds the characters kept for reading again, also after the quoted field closed
                pos--;
                return cutOff(state == QUOTED
                        ? "引号未闭合：第 " + (cellCount + 1) + " 列从第 " + recordLine + " 行开始的带引号字段超过 "
                                + maxSpanChars + " 个字符仍没有结束引号"
                        : "第 " + recordLine + " 行开始的记录跨行后超过 " + maxSpanChars + " 个字符");
            }
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
                        boolean lineBreak = c == '\r' || (c == '\n' && !prevCr);
                        prevCr = c == '\r';
                        append(c);
                        if (lineBreak) {
                            line++;
                            if (!spanning) {
                                startSpan(c);
                            }
                            if (line - recordLine >= maxRecordLines) {
                                return cutOff("引号未闭合：第 " + (cellCount + 1) + " 列从第 " + recordLine
                                        + " 行开始的带引号字段超过 " + maxRecordLines + " 行仍没有结束引号");
                            }
                        }
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

    /** First line break inside quotes: remember where the opening line ends and keep what follows. */
    private void startSpan(char lineBreak) {
        spanning = true;
        openingBreakCr = lineBreak == '\r';
        spanChars = 0;
        replay.setLength(0);
        replayStart = pos;
        openingLineLength = keep && !rawTruncated ? raw.length() + (pos - 1 - rawStart) : -1;
        if (openingLineLength > maxRawLength) {
            openingLineLength = -1;
        }
    }

    /** Ends a record whose quoted field ran past a bound; the caller resumes after its opening line. */
    private boolean cutOff(String reason) {
        malformedReason = reason;
        malformedCell = cellCount;
        runaway = true;
        endCell();
        finishRaw(pos);
        return true;
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
        } else if (c == 0 && nulCell < 0) {
            nulCell = cellCount;
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
        if (inRecord) {
            appendRaw(rawStart, lim - rawStart);
            if (spanning) {
                replay.append(buf, replayStart, lim - replayStart);
                replayStart = 0;
            }
        }
        if (pushback != null) {
            int n = Math.min(buf.length, pushback.length() - pushbackPos);
            pushback.getChars(pushbackPos, pushbackPos + n, buf, 0);
            pushbackPos += n;
            if (pushbackPos == pushback.length()) {
                pushback = null;
            }
            pos = 0;
            rawStart = 0;
            lim = n;
            return;
        }
        if (eof) {
            pos = 0;
            lim = 0;
            return;
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
