package io.implementa.resource.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one hour of a resource costs from a date on, until the date of the next rate. A value: a resource's
 * rates are replaced as a whole, never edited one by one. The rules on rates live in {@link Resource}, which
 * also stores a missing overtime rate as the standard rate.
 */
@Embeddable
@Schema(name = "CostRate", description = "Hourly cost of a resource from effectiveFrom until the next rate's date")
public record CostRate(
        @Column(name = "standard_rate", nullable = false, precision = 19, scale = Resource.RATE_SCALE)
        @Schema(description = "Cost of one regular hour", example = "85.00")
        BigDecimal standardRate,
        @Column(name = "overtime_rate", nullable = false, precision = 19, scale = Resource.RATE_SCALE)
        @Schema(description = "Cost of one overtime hour", example = "110.50")
        BigDecimal overtimeRate,
        @Column(name = "currency", nullable = false, length = 3)
        @Schema(description = "ISO 4217 currency code", example = "EUR")
        String currency,
        @Column(name = "effective_from", nullable = false)
        @Schema(description = "First day the rate applies", example = "2027-01-01")
        LocalDate effectiveFrom) {

    /**
     * Amounts read the same however they were written or stored (85, 85.5000 and 85.00 are all 85.00), so
     * responses and events agree and an unchanged rate list compares equal.
     */
    public CostRate {
        standardRate = normalised(standardRate);
        overtimeRate = normalised(overtimeRate);
    }

    private static BigDecimal normalised(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
