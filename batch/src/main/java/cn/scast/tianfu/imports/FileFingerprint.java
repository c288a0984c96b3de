package cn.scast.tianfu.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a file and, for text files, an estimate of its data rows (line breaks minus the header),
 * read in one pass. XLSX files (ZIP) get no estimate.
 */
public record FileFingerprint(String sha256, long size, Long estimatedRows) {

    public static FileFingerprint of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        long newlines = 0;
        int last = -1;
        byte[] head = new byte[4];
        int headLength = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                while (headLength < head.length && headLength < size + n) {
                    head[headLength] = buffer[(int) (headLength - size)];
                    headLength++;
                }
                size += n;
                last = buffer[n - 1];
            }
        }
        boolean zip = headLength == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        Long rows = null;
        if (!zip && size > 0) {
            long lines = newlines + (last == '\n' ? 0 : 1);
            rows = Math.max(0, lines - 1);
        }
        return new FileFingerprint(HexFormat.of().formatHex(digest.digest()), size, rows);
    }
}
