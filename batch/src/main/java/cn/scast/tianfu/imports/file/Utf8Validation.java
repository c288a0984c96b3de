package cn.scast.tianfu.imports.file;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks that a file is well-formed UTF-8 without building its characters: the same verdict and the same offset
 * as the JDK's decoder with {@code REPORT} (overlong forms, surrogates, code points above U+10FFFF and a sequence
 * cut off at the end are errors, reported at their first byte), at several times its speed, because the import
 * checks every byte of files of a million rows before reading the first one.
 */
final class Utf8Validation {

    private static final int BUFFER = 1 << 20;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8Validation() {
    }

    /** The offset of the first byte of the first malformed sequence, or -1 if the whole file is UTF-8. */
    static long firstMalformedOffset(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        byte[] bytes = buffer.array();
        long base = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            boolean eof = false;
            while (!eof) {
                eof = !fill(channel, buffer);
                int length = buffer.position();
                int checked = checkedPrefix(bytes, length, eof);
                if (checked < 0) {
                    return base + (-checked - 1);
                }
                // an incomplete sequence at the buffer's end moves to its start and is checked with what follows
                buffer.position(checked).limit(length);
                buffer.compact();
                base += checked;
            }
        }
        return -1;
    }

    /** Reads until the buffer is full or the file ends; false at end of file. */
    private static boolean fill(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many leading bytes of {@code bytes[0..length)} are complete, well-formed sequences; an incomplete
     * sequence at the end is left over unless {@code last}. A malformed sequence at index i gives {@code -(i + 1)}.
     */
    static int checkedPrefix(byte[] bytes, int length, boolean last) {
        int i = 0;
        while (i < length) {
            while (i + 8 <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= length) {
                break;
            }
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int continuations;
            int secondMin = 0x80;
            int secondMax = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                continuations = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                continuations = 2;
                if (lead == 0xE0) {
                    secondMin = 0xA0; // overlong below U+0800
                } else if (lead == 0xED) {
                    secondMax = 0x9F; // surrogates
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                continuations = 3;
                if (lead == 0xF0) {
                    secondMin = 0x90; // overlong below U+10000
                } else if (lead == 0xF4) {
                    secondMax = 0x8F; // above U+10FFFF
                }
            } else {
                return -(i + 1);
            }
            int available = length - i - 1;
            int present = Math.min(available, continuations);
            for (int k = 1; k <= present; k++) {
                int b = bytes[i + k] & 0xFF;
                int min = k == 1 ? secondMin : 0x80;
                int max = k == 1 ? secondMax : 0xBF;
                if (b < min || b > max) {
                    return -(i + 1);
                }
            }
            if (present < continuations) {
                return last ? -(i + 1) : i;
            }
            i += continuations + 1;
        }
        return i;
    }
}
