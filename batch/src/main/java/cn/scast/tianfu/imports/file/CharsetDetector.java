package cn.scast.tianfu.imports.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Tells UTF-8 from GB18030 (which includes GBK and GB2312) for the CSV files of the city associations.
 * <ol>
 *   <li>UTF-8 byte order mark: UTF-8 (the reader strips the mark);</li>
 *   <li>valid UTF-8: UTF-8 (plain ASCII counts as UTF-8);</li>
 *   <li>decodes cleanly as GB18030: GB18030;</li>
 *   <li>otherwise not decodable: {@link RowSources#open} rejects the file.</li>
 * </ol>
 */
public final class CharsetDetector {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final int BUFFER = 64 * 1024;
    /** Control characters in this many leading characters mark the file as binary. */
    private static final int CONTROL_CHECK_CHARS = 8 * 1024;
    /**
     * More NUL characters than this in the leading characters mark the file as binary (or UTF-16 without a
     * byte order mark); fewer are stray bytes in a text file, and only the rows holding them are rejected.
     */
    static final int MAX_STRAY_NULS = 8;

    private CharsetDetector() {
    }

    /**
     * Detects the charset from the first bytes of a file. A multi-byte character cut off at the end of
     * {@code head} is tolerated.
     *
     * @return UTF-8, GB18030, or {@code null} if {@code head} is neither
     */
    public static Charset detect(byte[] head) {
        if (hasUtf8Bom(head)) {
            return StandardCharsets.UTF_8;
        }
        if (decodesHead(head, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodesHead(head, GB18030)) {
            return GB18030;
        }
        return null;
    }

    /**
     * Detects the charset of a whole file by decoding all of it (a file whose first megabytes are ASCII
     * and whose later rows are GBK is still detected as GB18030).
     *
     * @return UTF-8, GB18030, or empty if the file is neither
     */
    public static Optional<Charset> detectFile(Path file) throws IOException {
        if (hasUtf8Bom(head(file, 3))) {
            return scan(file, StandardCharsets.UTF_8).valid() ? Optional.of(StandardCharsets.UTF_8) : Optional.empty();
        }
        if (scan(file, StandardCharsets.UTF_8).valid()) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (scan(file, GB18030).valid()) {
            return Optional.of(GB18030);
        }
        return Optional.empty();
    }

    public static boolean hasUtf8Bom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    /** UTF-16 byte order mark (Excel's "Unicode text"), which this importer does not detect. */
    static boolean hasUtf16Bom(byte[] head) {
        return head.length >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
                || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF));
    }

    private static boolean decodesHead(byte[] head, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(Math.max(16, head.length));
        CoderResult result = decoder.decode(in, out, false);
        // not end of input: an incomplete character at the end stays in "in" instead of being an error
        return !result.isError() && in.remaining() < 4;
    }

    static byte[] head(Path file, int max) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(max);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading until full or end of file
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            return bytes;
        }
    }

    /** Result of decoding a whole file. */
    record Scan(boolean valid, long errorOffset, boolean binary) {
    }

    /**
     * Decodes the whole file with {@code charset}, streaming, and reports the byte offset of the first
     * undecodable byte and whether the text looks binary: within the first 8,192 characters, a control
     * character other than TAB, LF, CR, FF and NUL, or more than {@link #MAX_STRAY_NULS} NUL characters.
     * A few NULs, and NULs further on, are left to the reader, which rejects the rows holding them.
     */
    static Scan scan(Path file, Charset charset) throws IOException {
        if (StandardCharsets.UTF_8.equals(charset)) {
            return scanUtf8(file);
        }
        return scanDecoding(file, charset);
    }

    /** The UTF-8 case without decoding the whole file: validated as bytes, only the head decoded for the binary check. */
    private static Scan scanUtf8(Path file) throws IOException {
        long errorOffset = Utf8Validation.firstMalformedOffset(file);
        // the binary check reads at most 8,192 characters, i.e. at most 4 bytes each
        byte[] head = head(file, CONTROL_CHECK_CHARS * 4);
        int decodable = errorOffset < 0 ? head.length : (int) Math.min(head.length, errorOffset);
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(head, 0, decodable));
        boolean binary = looksBinary(chars, 0, new int[] {0});
        return new Scan(errorOffset < 0, errorOffset, binary);
    }

    private static Scan scanDecoding(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long base = 0;
        long charsSeen = 0;
        int[] nuls = {0};
        boolean binary = false;
        boolean eof = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                if (!eof && channel.read(in) < 0) {
                    eof = true;
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, eof);
                if (result.isError()) {
                    // what decoded before the bad byte still tells binary from text (a PNG's header decodes in
                    // GB18030 up to its control characters)
                    out.flip();
                    return new Scan(false, base + in.position(), binary || looksBinary(out, charsSeen, nuls));
                }
                base += in.position();
                in.compact();
                out.flip();
                if (!binary) {
                    binary = looksBinary(out, charsSeen, nuls);
                }
                charsSeen += out.remaining();
                out.clear();
                if (result.isOverflow()) {
                    continue;
                }
                if (eof) {
                    decoder.flush(out);
                    out.flip();
                    if (!binary) {
                        binary = looksBinary(out, charsSeen, nuls);
                    }
                    return new Scan(true, -1, binary);
                }
            }
        }
    }

    private static boolean looksBinary(CharBuffer chars, long charsBefore, int[] nuls) {
        if (charsBefore >= CONTROL_CHECK_CHARS) {
            return false;
        }
        int n = (int) Math.min(chars.remaining(), CONTROL_CHECK_CHARS - charsBefore);
        int offset = chars.position();
        char[] array = chars.array();
        for (int i = 0; i < n; i++) {
            char c = array[offset + i];
            if (c < 0x20) {
                if (c == 0) {
                    if (++nuls[0] > MAX_STRAY_NULS) {
                        return true;
                    }
                } else if (c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    return true;
                }
            }
        }
        return false;
    }

    /** More NUL bytes in {@code head} than a text file with a few stray ones would have. */
    static boolean tooManyNuls(byte[] head) {
        int nuls = 0;
        for (byte b : head) {
            if (b == 0 && ++nuls > MAX_STRAY_NULS) {
                return true;
            }
        }
        return false;
    }
}
