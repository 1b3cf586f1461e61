package io.implementa.project.evm;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Earned-value figures at one status date. Every figure that cannot be computed (a division by zero, no
 * baseline) is null and {@code reasons} says why under the figure's name, so a client never sees NaN.
 * Money has two decimals, indices three.
 */
public record EarnedValue(
        BigDecimal bac,
        BigDecimal pv,
        BigDecimal ev,
        BigDecimal ac,
        BigDecimal sv,
        BigDecimal cv,
        BigDecimal spi,
        BigDecimal cpi,
        EacMethod eacMethod,
        BigDecimal eac,
        BigDecimal etc,
        BigDecimal vac,
        BigDecimal tcpi,
        Map<String, String> reasons) {
}
