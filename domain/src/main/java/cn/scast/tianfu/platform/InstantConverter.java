package cn.scast.tianfu.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Maps every {@link Instant} attribute of the unit to DATETIME(6). The EclipseLink 4.0 bundled with
 * Payara 6 has no built-in mapping for Instant and would serialise it into bytes, which MariaDB refuses
 * for a DATETIME column. The server runs in Asia/Shanghai, so stored values read as China local time,
 * like the CURRENT_TIMESTAMP defaults of the schema.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
