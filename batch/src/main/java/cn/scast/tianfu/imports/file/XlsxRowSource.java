package cn.scast.tianfu.imports.file;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rows of the first sheet of an XLSX workbook, pulled one at a time from the sheet XML with StAX
 * (the sheet is never loaded as a whole; only the shared string table is kept in memory, as Excel's
 * own readers do).
 * <ul>
 *   <li>Text as is; numbers rounded to 15 significant digits like Excel shows them, without a trailing
 *       {@code .0} ({@code 13800000000}, {@code 12.5}); cells with a date format as {@code yyyy-MM-dd}
 *       ({@code yyyy-MM-dd HH:mm:ss} if there is a time of day); booleans as {@code TRUE}/{@code FALSE}.</li>
 *   <li>A cell holding a formula rejects its row ("单元格包含公式"), whatever its cached value.</li>
 *   <li>Missing cells are empty; non-empty cells right of the header make the row's column count wrong.</li>
 *   <li>{@code originalText} is the values joined with commas.</li>
 * </ul>
 */
final class XlsxRowSource extends AbstractRowSource {

    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    /** Shared strings, each cut to the cell limit plus a margin; {@link #sharedLengths} has their real lengths. */
    private final String[] sharedStrings;
    private final int[] sharedLengths;
    private final StylesTable styles;
    private final boolean date1904;
    /** Per style index: 1 = date format, 2 = not a date format, 0 = not yet known. */
    private byte[] dateStyle = new byte[64];

    // ---- current row ----
    private long rowNumber;
    private String[] cells = new String[16];
    private int[] lengths = new int[16];
    /** One past the last non-empty cell. */
    private int width;
    private int formulaColumn;
    /** Cells right of this column are not kept (only counted for the column count). */
    private final int storeLimit;
    /** The reader stands on a row start (left by a restart skip) that {@link #readRow} must use. */
    private boolean pendingRowStart;
    private final StringBuilder text = new StringBuilder();
    private int textLength;

    XlsxRowSource(Path file, Set<String> requiredColumns, long resumeAfterLine, ReadLimits limits)
            throws IOException, FileRejectedException {
        super(limits, resumeAfterLine);
        this.storeLimit = limits.maxColumns() + 1;
        OPCPackage opened;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw damaged(e);
        }
        this.pkg = opened;
        InputStream sheetStream = null;
        boolean ok = false;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = new ArrayList<>();
            this.sharedLengths = loadSharedStrings(reader, strings);
            this.sharedStrings = strings.toArray(new String[0]);
            this.styles = reader.getStylesTable();
            this.date1904 = isDate1904(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FileRejectedException("文件为空");
            }
            sheetStream = sheets.next();
            this.sheet = sheetStream;
            this.xml = openXml(sheetStream);
            readHeader(requiredColumns);
            skipTo(resumeAfterLine);
            ok = true;
        } catch (FileRejectedException e) {
            throw e;
        } catch (XMLStreamException | IOException | RuntimeException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw damaged(e);
        } finally {
            if (!ok) {
                if (sheetStream != null) {
                    sheetStream.close();
                }
                pkg.revert();
            }
        }
    }

    /** The file is refused: with the precise reason if POI or the parser refused it on purpose. */
    private static FileRejectedException damaged(Exception e) {
        String refusal = XlsxRefusal.reasonOf(e);
        return new FileRejectedException(refusal != null ? refusal : "Excel 文件已损坏或不是有效的 XLSX 文件", e);
    }

    /**
     * A StAX reader standing on the root element. A DOCTYPE is refused outright: the factory would not
     * resolve it anyway, but a part that declares one is hostile or broken.
     */
    private static XMLStreamReader openXml(InputStream in) throws XMLStreamException {
        XMLStreamReader x = XML.createXMLStreamReader(in);
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.DTD) {
                x.close();
                throw new XMLStreamException("DOCTYPE declarations are not allowed");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                break;
            }
        }
        return x;
    }

    /**
     * Reads the shared string table with StAX (the same text rules as inline strings: all {@code <t>} runs,
     * no phonetic runs). {@code ReadOnlySharedStringsTable#getItemAt} builds a rich text object per lookup,
     * which made reading ten times slower.
     *
     * @return the real length of every string
     */
    private int[] loadSharedStrings(XSSFReader reader, List<String> strings) throws IOException, XMLStreamException {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return new int[0];
        }
        if (data == null) {
            return new int[0];
        }
        int[] realLengths = new int[256];
        try (InputStream in = data) {
            XMLStreamReader x = openXml(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && "si".equals(x.getLocalName())) {
                        readInlineString(x);
                        if (strings.size() == realLengths.length) {
                            realLengths = Arrays.copyOf(realLengths, realLengths.length * 2);
                        }
                        realLengths[strings.size()] = textLength;
                        strings.add(text.toString());
                    }
                }
            } finally {
                x.close();
            }
        }
        return Arrays.copyOf(realLengths, strings.size());
    }

    private static boolean isDate1904(XSSFReader reader) throws IOException {
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLStreamReader x = openXml(workbook);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = x.getLocalName();
                        if ("workbookPr".equals(name)) {
                            String v = x.getAttributeValue(null, "date1904");
                            return "1".equals(v) || "true".equalsIgnoreCase(v);
                        }
                        if ("sheets".equals(name)) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                x.close();
            }
        } catch (XMLStreamException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            if (XlsxRefusal.reasonOf(e) != null) {
                throw new IOException(e.getMessage(), e);
            }
            return false;
        }
    }

    private void readHeader(Set<String> requiredColumns) throws XMLStreamException, FileRejectedException {
        do {
            if (!readRow(true)) {
                throw new FileRejectedException("文件为空");
            }
        } while (width == 0);
        if (formulaColumn >= 0) {
            throw new FileRejectedException("表头第 " + (formulaColumn + 1) + " 列包含公式");
        }
        if (width > limits.maxColumns()) {
            throw new FileRejectedException("列数超过上限 " + limits.maxColumns() + " 列（实际 " + width + " 列）");
        }
        List<String> names = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            if (lengths[i] > limits.maxCellLength()) {
                throw new FileRejectedException("表头第 " + (i + 1) + " 列的列名过长");
            }
            names.add(cells[i] == null ? "" : cells[i]);
        }
        installHeader(names, requiredColumns);
    }

    private void skipTo(long resumeAfterLine) throws XMLStreamException, IOException {
        if (resumeAfterLine <= rowNumber) {
            return;
        }
        while (true) {
            // rows are read in full, but values of skipped rows are not formatted
            if (!advanceToRow()) {
                return;
            }
            long number = currentRowNumber();
            if (number > resumeAfterLine) {
                pendingRowStart = true;
                return;
            }
            rowNumber = number;
            if (skipRowBody()) {
                countRow();
            }
        }
    }

    @Override
    public Optional<SourceRow> next() throws IOException, RowRejectedException {
        ensureOpen();
        try {
            do {
                if (!readRow(true)) {
                    return Optional.empty();
                }
            } while (width == 0 && formulaColumn < 0);
        } catch (XMLStreamException | RuntimeException e) {
            String refusal = XlsxRefusal.reasonOf(e);
            if (refusal != null) {
                throw new FileUnreadableException(refusal, e);
            }
            throw new IOException("Excel 工作表读取失败：" + e.getMessage(), e);
        }
        countRow();
        long line = rowNumber;
        position = line;
        int headerSize = index.size();
        String original = originalText(width);
        if (formulaColumn >= 0) {
            String column = formulaColumn < headerSize ? index.name(formulaColumn) : null;
            throw new RowRejectedException(line, column, CellChecks.formulaCellReason(), original);
        }
        if (width > headerSize) {
            throw columnCountMismatch(line, width, original);
        }
        String[] values = new String[headerSize];
        int[] lens = new int[headerSize];
        for (int i = 0; i < headerSize; i++) {
            String v = i < width ? cells[i] : null;
            values[i] = v == null ? "" : v;
            lens[i] = v == null ? 0 : lengths[i];
        }
        return Optional.of(checkedRow(line, values, lens, original));
    }

    private String originalText(int n) {
        StringBuilder sb = new StringBuilder();
        int max = limits.maxOriginalTextLength();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = i < cells.length && i < width ? cells[i] : null;
            if (v != null) {
                sb.append(v, 0, Math.min(v.length(), max + 1));
            }
            if (sb.length() > max) {
                sb.setLength(max);
                return sb + ReadLimits.TRUNCATION_MARK;
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- sheet XML

    /** Moves to the next {@code <row>} start element; {@code false} at the end of the sheet data. */
    private boolean advanceToRow() throws XMLStreamException {
        if (pendingRowStart) {
            pendingRowStart = false;
            return true;
        }
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                return false;
            }
        }
        return false;
    }

    private long currentRowNumber() {
        String r = xml.getAttributeValue(null, "r");
        if (r == null) {
            return rowNumber + 1;
        }
        try {
            return Long.parseLong(r);
        } catch (NumberFormatException e) {
            return rowNumber + 1;
        }
    }

    /** Skips the rest of the current row; {@code true} if it had a cell with a value. */
    private boolean skipRowBody() throws XMLStreamException {
        boolean hasValue = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && !xml.isWhiteSpace()) {
                hasValue = true;
            }
        }
        return hasValue;
    }

    /**
     * Reads the next row into {@link #cells}, {@link #lengths}, {@link #width} and {@link #formulaColumn}.
     *
     * @return {@code false} at the end of the sheet
     */
    private boolean readRow(boolean format) throws XMLStreamException {
        if (!advanceToRow()) {
            return false;
        }
        rowNumber = currentRowNumber();
        Arrays.fill(cells, null);
        width = 0;
        formulaColumn = -1;
        int column = -1;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return true;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    column = readCell(column, format);
                } else {
                    skipElement(xml);
                }
            }
        }
    }

    /** Reads one {@code <c>} element; returns its column index. */
    private int readCell(int previousColumn, boolean format) throws XMLStreamException {
        String ref = xml.getAttributeValue(null, "r");
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        int column = ref != null ? columnIndex(ref) : previousColumn + 1;
        if (column < 0) {
            column = previousColumn + 1;
        }
        boolean formula = false;
        String raw = null;
        int rawLength = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("f".equals(name)) {
                    formula = true;
                    skipElement(xml);
                } else if ("v".equals(name)) {
                    readText(xml);
                    raw = text.toString();
                    rawLength = textLength;
                } else if ("is".equals(name)) {
                    readInlineString(xml);
                    raw = text.toString();
                    rawLength = textLength;
                } else {
                    skipElement(xml);
                }
            }
        }
        String value = raw == null ? "" : strip(format ? format(raw, type, style) : raw);
        // a value cut short while reading keeps its full length so that the length check rejects it
        int length = value.length();
        if (raw != null) {
            if ("s".equals(type)) {
                int i = sharedIndex(raw);
                if (i >= 0 && sharedLengths[i] > sharedStrings[i].length()) {
                    length = sharedLengths[i];
                }
            } else if (rawLength > raw.length()) {
                length = rawLength;
            }
        }
        if (formula && formulaColumn < 0) {
            formulaColumn = column;
        }
        if (!value.isEmpty() || formula) {
            if (column >= width) {
                width = column + 1;
            }
        }
        if (column < storeLimit) {
            ensureCapacity(column + 1);
            cells[column] = value;
            lengths[column] = length;
        }
        return column;
    }

    private void ensureCapacity(int n) {
        if (n > cells.length) {
            int size = Math.max(n, cells.length * 2);
            cells = Arrays.copyOf(cells, size);
            lengths = Arrays.copyOf(lengths, size);
        }
    }

    private static String strip(String s) {
        return s.isEmpty() ? s : s.strip();
    }

    /** Text content of the current element, kept up to the cell limit plus a margin, fully counted. */
    private void readText(XMLStreamReader x) throws XMLStreamException {
        text.setLength(0);
        textLength = 0;
        appendTextUntilEnd(x);
    }

    private void appendTextUntilEnd(XMLStreamReader x) throws XMLStreamException {
        int keep = limits.maxCellLength() + CsvTokenizer.SLACK;
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                int len = x.getTextLength();
                int room = keep - text.length();
                if (room > 0) {
                    text.append(x.getTextCharacters(), x.getTextStart(), Math.min(len, room));
                }
                textLength += len;
            }
        }
    }

    /** Text of {@code <is>}: all {@code <t>} runs, without phonetic ({@code <rPh>}) runs. */
    private void readInlineString(XMLStreamReader x) throws XMLStreamException {
        text.setLength(0);
        textLength = 0;
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = x.getLocalName();
                if ("t".equals(name)) {
                    appendTextUntilEnd(x);
                } else if ("rPh".equals(name)) {
                    skipElement(x);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void skipElement(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Zero-based column of a reference such as {@code AB12}; -1 if there are no letters. */
    static int columnIndex(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    // ---------------------------------------------------------------- values

    private String format(String raw, String type, String style) {
        if (type == null || "n".equals(type)) {
            return number(raw, style);
        }
        switch (type) {
            case "s":
                int i = sharedIndex(raw);
                return i < 0 ? "" : sharedStrings[i];
            case "b":
                return "1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()) ? "TRUE" : "FALSE";
            default: // inlineStr, str (formula text), e (error such as #N/A), d (ISO date)
                return raw;
        }
    }

    private int sharedIndex(String raw) {
        try {
            int i = Integer.parseInt(raw.trim());
            return i >= 0 && i < sharedStrings.length ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String number(String raw, String style) {
        String s = raw.trim();
        if (s.isEmpty()) {
            return "";
        }
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return s;
        }
        if (style != null && isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
            if (t != null) {
                if (d < 1 && d >= 0) {
                    return t.format(TIME);
                }
                return t.toLocalTime().toSecondOfDay() == 0 ? t.format(DATE) : t.format(DATE_TIME);
            }
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return s;
        }
        BigDecimal n = new BigDecimal(s).round(EXCEL_PRECISION).stripTrailingZeros();
        return n.signum() == 0 ? "0" : n.toPlainString();
    }

    private boolean isDateStyle(String style) {
        int i;
        try {
            i = Integer.parseInt(style);
        } catch (NumberFormatException e) {
            return false;
        }
        if (i < 0 || styles == null) {
            return false;
        }
        if (i >= dateStyle.length) {
            dateStyle = Arrays.copyOf(dateStyle, Math.max(i + 1, dateStyle.length * 2));
        }
        if (dateStyle[i] == 0) {
            boolean date = false;
            try {
                XSSFCellStyle cs = styles.getStyleAt(i);
                if (cs != null) {
                    String fmt = cs.getDataFormatString();
                    date = fmt != null && DateUtil.isADateFormat(cs.getDataFormat(), fmt);
                }
            } catch (RuntimeException e) {
                date = false;
            }
            dateStyle[i] = (byte) (date ? 1 : 2);
        }
        return dateStyle[i] == 1;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing the stream below is what matters
        } finally {
            try {
                sheet.close();
            } finally {
                pkg.revert();
            }
        }
    }
}
