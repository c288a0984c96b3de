package cn.scast.tianfu.membership;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Maps {@link Instant} to DATETIME(6). EclipseLink 4.0 (JPA 3.1) has no built-in mapping for Instant and
 * would serialise it into bytes, which MariaDB refuses for a DATETIME column. Applies to every entity of
 * the unit (audit entries and account lockout included). The JVM runs in Asia/Shanghai, so stored values
 * are China local time, like CURRENT_TIMESTAMP defaults.
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
