package cn.scast.tianfu.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * A chunk's validated rows as {@code LOAD DATA} reads them with its default format (UTF-8, fields separated
 * by tab, lines by newline, {@code \} escapes tab, newline, carriage return, NUL and itself, {@code \N} is
 * NULL): the line's index in the chunk, then the upsert parameters as text, which the set-based upsert
 * converts to the target's column types as it would a bound parameter.
 */
final class StageRows {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private byte[] bytes;
    private int length;

    private StageRows(int capacity) {
        bytes = new byte[capacity];
    }

    /**
     * The rows' bytes, or null if a parameter has a type without a safe text form here (the caller then
     * binds the chunk as before).
     */
    static byte[] encode(List<Object> items, int parametersPerRow) {
        StageRows rows = new StageRows(Math.max(1024, items.size() * 64 * Math.max(1, parametersPerRow) / 4));
        for (int index = 0; index < items.size(); index++) {
            List<Object> parameters = ((ValidRow) items.get(index)).parameters();
            if (parameters.size() != parametersPerRow) {
                throw new IllegalStateException(parameters.size() + " parameters for " + parametersPerRow
                        + " placeholders");
            }
            rows.ascii(Integer.toString(index));
            for (Object parameter : parameters) {
                rows.write((byte) '\t');
                if (!rows.value(parameter)) {
                    return null;
                }
            }
            rows.write((byte) '\n');
        }
        return Arrays.copyOf(rows.bytes, rows.length);
    }

    private boolean value(Object parameter) {
        if (parameter == null) {
            ascii("\\N");
        } else if (parameter instanceof String text) {
            text(text);
        } else if (parameter instanceof Long || parameter instanceof Integer || parameter instanceof Short
                || parameter instanceof Byte) {
            ascii(parameter.toString());
        } else if (parameter instanceof BigDecimal number) {
            ascii(number.toPlainString());
        } else if (parameter instanceof Boolean flag) {
            ascii(flag ? "1" : "0");
        } else if (parameter instanceof Timestamp timestamp) {
            // as Connector/J sends a Timestamp without a configured time zone: the JVM's local time
            ascii(DATE_TIME.format(timestamp.toLocalDateTime()));
        } else if (parameter instanceof LocalDateTime dateTime) {
            ascii(DATE_TIME.format(dateTime));
        } else if (parameter instanceof LocalDate || parameter instanceof java.sql.Date) {
            ascii(parameter.toString());
        } else if (parameter instanceof Enum<?> constant) {
            text(constant.name());
        } else {
            return false;
        }
        return true;
    }

    private void text(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length * 2);
        // bytes below 0x80 never occur inside a UTF-8 multi-byte sequence: escaping byte-wise is safe
        for (byte b : utf8) {
            switch (b) {
                case '\t' -> escaped('t');
                case '\n' -> escaped('n');
                case '\r' -> escaped('r');
                case 0 -> escaped('0');
                case '\\' -> escaped('\\');
                default -> bytes[length++] = b;
            }
        }
    }

    private void escaped(char c) {
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
    }

    private void write(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
