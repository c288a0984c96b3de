package cn.scast.tianfu.evaluation.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} as a JDBC timestamp. The EclipseLink 4.0.7 bundled with Payara 6 does not map
 * Instant natively: it serialises the object into the DATETIME column, which MariaDB refuses
 * ("Incorrect datetime value"). Applied automatically to every Instant attribute of the unit.
 */
@Converter(autoApply = true)
public class InstantAttributeConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant attribute) {
        return attribute == null ? null : Timestamp.from(attribute);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp column) {
        return column == null ? null : column.toInstant();
    }
}
