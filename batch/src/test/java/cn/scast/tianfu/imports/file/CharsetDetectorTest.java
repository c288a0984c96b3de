package cn.scast.tianfu.imports.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CharsetDetectorTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void bomMeansUtf8() {
        byte[] head = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect(head));
    }

    @Test
    void validUtf8AndAsciiAreUtf8() {
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect("name,code".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect("四川省科协".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void gbkTextIsGb18030() {
        assertEquals(GB18030, CharsetDetector.detect("四川省科学技术协会".getBytes(Charset.forName("GBK"))));
        assertEquals(GB18030, CharsetDetector.detect("𠀀四川".getBytes(GB18030)), "four-byte GB18030");
    }

    @Test
    void characterCutAtEndOfHeadIsTolerated() {
        byte[] utf8 = "成都".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect(Arrays.copyOf(utf8, utf8.length - 1)));
    }

    @Test
    void undecodableIsNull() {
        assertNull(CharsetDetector.detect(new byte[]{'a', (byte) 0xFF, (byte) 0x80, (byte) 0xFF, 'b'}));
    }

    @Test
    void wholeFileDetection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.csv");
        byte[] ascii = "a,b\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        byte[] gbk = "宜宾,1\n".getBytes(GB18030);
        byte[] all = Arrays.copyOf(ascii, ascii.length + gbk.length);
        System.arraycopy(gbk, 0, all, ascii.length, gbk.length);
        Files.write(file, all);
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect(Arrays.copyOf(all, 8192)), "head alone says UTF-8");
        assertEquals(Optional.of(GB18030), CharsetDetector.detectFile(file));
        Files.write(file, new byte[]{'a', (byte) 0xFF, (byte) 0x80});
        assertEquals(Optional.empty(), CharsetDetector.detectFile(file));
    }
}
