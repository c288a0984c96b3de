package cn.scast.tianfu.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;

/**
 * The outbox position an index folder was committed at, kept beside the index. Written only after the index commit
 * that holds every change up to it, and replaced atomically, so after a crash the file never claims more than the
 * index holds.
 */
final class ChangePositionFile {

    private final Path file;

    ChangePositionFile(Path indexDirectory) {
        this.file = indexDirectory.resolve("listing-change.position");
    }

    /** The position stored for an index of the given format; empty when none or another format was stored. */
    OptionalLong read(int format) {
        try {
            if (!Files.exists(file)) {
                return OptionalLong.empty();
            }
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            return parts.length == 2 && parts[0].equals("format=" + format)
                    ? OptionalLong.of(Long.parseLong(parts[1]))
                    : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    void write(int format, long position) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, "format=" + format + " " + position, StandardCharsets.US_ASCII);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
