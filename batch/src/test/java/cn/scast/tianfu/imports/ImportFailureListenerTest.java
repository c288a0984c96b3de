package cn.scast.tianfu.imports;

import cn.scast.tianfu.imports.file.FileRejectedException;
import cn.scast.tianfu.imports.file.TooManyRowsException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportFailureListenerTest {

    @Test
    void fileRejectionIsReportedWithFileNameAndChineseReason() {
        Exception failure = new RuntimeException("wrapped",
                new ImportFileRejected("listings_x.csv：文件为空", new FileRejectedException("文件为空")));
        assertEquals("文件被拒绝：listings_x.csv：文件为空", ImportFailureListener.reasonOf(failure));
    }

    @Test
    void fileRefusedWhileReadingIsAFileRejection() {
        assertEquals("文件被拒绝：文件疑似压缩炸弹", ImportFailureListener.reasonOf(new RuntimeException("step",
                new cn.scast.tianfu.imports.file.FileUnreadableException("文件疑似压缩炸弹", new java.io.IOException("Zip bomb")))));
    }

    @Test
    void tooManyRowsAndUnexpectedFailuresAreNamed() {
        assertTrue(ImportFailureListener.reasonOf(new TooManyRowsException(10)).startsWith("文件行数超过上限："));
        assertEquals("导入失败：Deadlock found", ImportFailureListener.reasonOf(
                new IllegalStateException("outer", new java.sql.SQLException("Deadlock found"))));
        String longReason = ImportFailureListener.reasonOf(new RuntimeException("x".repeat(2000)));
        assertEquals(ImportFailureListener.MAX_EXIT_STATUS, longReason.length());
    }
}
