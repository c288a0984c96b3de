package cn.scast.tianfu.imports.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The byte-level check agrees with the JDK decoder, offset included, on valid, malformed and cut-off input. */
class Utf8ValidationTest {

    @TempDir
    Path directory;

    @Test
    void agreesWithTheJdkDecoderOnTheClassicMalformedForms() throws IOException {
        String[] cases = {
                "", "41", "e4b8ad", "e4b8", "e4", "c0af", "c1bf", "c280", "e080af", "e0a080", "eda080", "ed9fbf",
                "f08f8080", "f0908080", "f48fbfbf", "f4908080", "f5808080", "ff", "80", "41e4b8ade69687e4",
                "f09f9880", "f09f98", "e4b841", "414243444546474849e4b8ad4a"};
        for (String hex : cases) {
            byte[] bytes = HexFormat.of().parseHex(hex);
            assertEquals(jdkFirstMalformed(bytes), Utf8Validation.firstMalformedOffset(write(bytes)), hex);
        }
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomTextAcrossBufferBoundaries() throws IOException {
        Random random = new Random(20261206);
        byte[] sample = "四川省科技成果第12号：高性能材料，含“引号”与 emoji 😀\n".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 40; round++) {
            byte[] bytes = new byte[(1 << 20) + random.nextInt(4096)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = sample[i % sample.length];
            }
            if (round % 2 == 1) { // one damaged byte somewhere, often near the 1 MiB buffer edge
                int at = random.nextBoolean() ? (1 << 20) - 3 + random.nextInt(6) : random.nextInt(bytes.length);
                bytes[at] = (byte) random.nextInt(256);
            }
            assertEquals(jdkFirstMalformed(bytes), Utf8Validation.firstMalformedOffset(write(bytes)), "round " + round);
        }
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(directory, "utf8", ".csv");
        Files.write(file, bytes);
        return file;
    }

    private static long jdkFirstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        result = decoder.flush(out);
        return result.isError() ? in.position() : -1;
    }
}
