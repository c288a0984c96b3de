package cn.scast.tianfu.imports;

/** One rejected row of an import: file, line, column, Chinese reason and the row as it was in the file. */
public record ImportRejectView(String fileName, long lineNumber, String column, String reason, String originalText)
        implements java.io.Serializable {
}
