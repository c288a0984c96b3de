package cn.scast.tianfu.imports.file;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens import files. The format is taken from the content, never from the file name:
 * <ul>
 *   <li>XLSX: starts with the ZIP signature {@code PK\3\4} and contains {@code xl/workbook.xml};</li>
 *   <li>legacy XLS / encrypted Excel (OLE2 signature): rejected with a hint to save as XLSX or CSV;</li>
 *   <li>CSV: anything else that decodes as text in the declared or detected charset and has no control
 *       characters near the start other than TAB, LF, CR, FF and a few NULs (a row holding a NUL is
 *       rejected by the reader, the other rows are read).</li>
 * </ul>
 */
public final class RowSources {

    private static final int HEAD_BYTES = 8 * 1024;

    private RowSources() {
    }

    /**
     * Opens a CSV or XLSX import file with the {@linkplain ReadLimits#DEFAULTS default limits}.
     *
     * @param declaredCharset charset given by the sender; if empty, UTF-8 or GB18030 is detected from the whole
     *                        file (CSV only; ignored for XLSX)
     * @param requiredColumns columns that must be in the header, compared trimmed and case-insensitively
     * @param resumeAfterLine rows with {@code lineNumber <= resumeAfterLine} are skipped without being built
     *                        or checked (restart from a checkpoint, see {@link RowSource#position()}); 0 to
     *                        read all rows
     * @throws FileRejectedException the whole file is unusable; the message is for the user
     */
    public static RowSource open(Path file, Optional<Charset> declaredCharset, Set<String> requiredColumns,
                                 long resumeAfterLine) throws IOException, FileRejectedException {
        return open(file, declaredCharset, requiredColumns, resumeAfterLine, ReadLimits.DEFAULTS);
    }

    /** As {@link #open(Path, Optional, Set, long)} with explicit limits. */
    public static RowSource open(Path file, Optional<Charset> declaredCharset, Set<String> requiredColumns,
                                 long resumeAfterLine, ReadLimits limits) throws IOException, FileRejectedException {
        byte[] head = CharsetDetector.head(file, HEAD_BYTES);
        if (head.length == 0) {
            throw new FileRejectedException("文件为空");
        }
        if (isZip(head)) {
            if (!hasWorkbook(file)) {
                throw new FileRejectedException("无法识别的文件格式（既不是 CSV 也不是 XLSX）");
            }
            return new XlsxRowSource(file, requiredColumns, resumeAfterLine, limits);
        }
        if (isOle2(head)) {
            throw new FileRejectedException("不支持旧版 Excel（.xls）或加密的 Excel 文件，请另存为 XLSX 或 CSV 后重新上传");
        }
        Charset charset = declaredCharset.isPresent()
                ? checkDeclared(file, declaredCharset.get(), head)
                : detect(file, head);
        return new CsvRowSource(file, charset, requiredColumns, resumeAfterLine, limits);
    }

    private static Charset checkDeclared(Path file, Charset declared, byte[] head)
            throws IOException, FileRejectedException {
        if (!isWide(declared) && CharsetDetector.tooManyNuls(head)) {
            throw unknownFormat();
        }
        CharsetDetector.Scan scan = CharsetDetector.scan(file, declared);
        if (!scan.valid()) {
            throw new FileRejectedException("文件内容不是有效的 " + declared.name() + " 编码（声明的编码为 "
                    + declared.name() + "，第 " + (scan.errorOffset() + 1) + " 个字节无法解码）");
        }
        if (scan.binary()) {
            throw unknownFormat();
        }
        return declared;
    }

    private static Charset detect(Path file, byte[] head) throws IOException, FileRejectedException {
        if (CharsetDetector.hasUtf16Bom(head)) {
            throw new FileRejectedException("不支持 UTF-16 编码的文件，请另存为 UTF-8 或 GB18030 编码的 CSV");
        }
        if (CharsetDetector.tooManyNuls(head)) {
            throw unknownFormat();
        }
        boolean bom = CharsetDetector.hasUtf8Bom(head);
        CharsetDetector.Scan utf8 = CharsetDetector.scan(file, StandardCharsets.UTF_8);
        if (utf8.valid()) {
            if (utf8.binary()) {
                throw unknownFormat();
            }
            return StandardCharsets.UTF_8;
        }
        if (bom) {
            throw new FileRejectedException("文件编码无法识别：文件以 UTF-8 标记开头，但第 "
                    + (utf8.errorOffset() + 1) + " 个字节不是有效的 UTF-8");
        }
        CharsetDetector.Scan gb = CharsetDetector.scan(file, CharsetDetector.GB18030);
        if (gb.valid()) {
            if (gb.binary()) {
                throw unknownFormat();
            }
            return CharsetDetector.GB18030;
        }
        if (utf8.binary() || gb.binary()) {
            throw unknownFormat();
        }
        throw new FileRejectedException("文件编码无法识别：既不是 UTF-8 也不是 GB18030");
    }

    private static FileRejectedException unknownFormat() {
        return new FileRejectedException("无法识别的文件格式（既不是 CSV 也不是 XLSX）");
    }

    private static boolean isWide(Charset charset) {
        String name = charset.name().toUpperCase(java.util.Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean isOle2(byte[] head) {
        return head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0
                && (head[4] & 0xFF) == 0xA1 && (head[5] & 0xFF) == 0xB1
                && (head[6] & 0xFF) == 0x1A && (head[7] & 0xFF) == 0xE1;
    }

    private static boolean hasWorkbook(Path file) throws IOException, FileRejectedException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("xl/workbook.xml") != null;
        } catch (ZipException e) {
            throw new FileRejectedException("Excel 文件已损坏或不是有效的 XLSX 文件", e);
        }
    }
}
