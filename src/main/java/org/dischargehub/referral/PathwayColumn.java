package org.dischargehub.referral;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.dischargehub.shared.Pathway;

/** A pathway is kept as its number, 0 to 3, as the reports and the database's check constraint read it. */
@Converter(autoApply = true)
class PathwayColumn implements AttributeConverter<Pathway, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Pathway pathway) {
        return pathway == null ? null : pathway.number();
    }

    @Override
    public Pathway convertToEntityAttribute(Integer number) {
        return number == null ? null : Pathway.of(number);
    }
}
