package cn.scast.tianfu.listing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores an {@link Instant} in a DATETIME(6) column. The EclipseLink shipped with Payara 6 does not map
 * Instant natively (it would serialise the object into the column), so listing timestamps use this explicitly.
 */
@Converter(autoApply = false)
public class InstantAttributeConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
