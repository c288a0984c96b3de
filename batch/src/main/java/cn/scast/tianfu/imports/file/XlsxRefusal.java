package cn.scast.tianfu.imports.file;

import java.util.Locale;

/**
 * Tells the user why POI or the XML parser refused an XLSX file on purpose, instead of a generic "damaged"
 * or a failed job: a compression ratio or expanded size that POI's zip-bomb guard stops, or a DOCTYPE or
 * entity declaration (the parsers never resolve external entities; the file is refused).
 */
final class XlsxRefusal {

    static final String ZIP_BOMB = "文件疑似压缩炸弹（解压比例或解压后大小异常），已拒绝";
    static final String DOCTYPE = "文件含有不允许的 DOCTYPE/外部实体声明，已拒绝";
    static final String TOO_MANY_ENTRIES = "文件内部条目数量异常（疑似恶意文件），已拒绝";

    private XlsxRefusal() {
    }

    /** The Chinese reason if {@code failure} (or a cause) is one of the refusals, else {@code null}. */
    static String reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("zip bomb")) {
                return ZIP_BOMB;
            }
            if (lower.contains("more internal file entries than expected")) {
                return TOO_MANY_ENTRIES;
            }
            if (lower.contains("doctype") || lower.contains("dtd") || (lower.contains("entit")
                    && (lower.contains("referenc") || lower.contains("declar") || lower.contains("external")))) {
                return DOCTYPE;
            }
        }
        return null;
    }
}
