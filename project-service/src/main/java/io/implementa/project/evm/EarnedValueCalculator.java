package io.implementa.project.evm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The earned-value formulas, pure: SV = EV − PV, CV = EV − AC, SPI = EV / PV, CPI = EV / AC, EAC by the chosen
 * method, ETC = EAC − AC, VAC = BAC − EAC, TCPI = (BAC − EV) / (BAC − AC). Ratios are computed unrounded and
 * rounded only for display, so EAC = BAC × AC / EV exactly (BAC 100, EV 40, AC 45 → 112.50, not 112.49).
 */
public final class EarnedValueCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private EarnedValueCalculator() {
    }

    public static EarnedValue compute(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, EacMethod method) {
        Map<String, String> reasons = new LinkedHashMap<>();
        EacMethod chosen = method == null ? EacMethod.CPI : method;
        BigDecimal sv = ev.subtract(pv);
        BigDecimal cv = ev.subtract(ac);
        BigDecimal spi = null;
        if (pv.signum() == 0) {
            reasons.put("spi", "no work was planned by the status date (PV is 0)");
        } else {
            spi = ev.divide(pv, PRECISION);
        }
        BigDecimal cpi = null;
        if (ac.signum() == 0) {
            reasons.put("cpi", "no actual cost yet (AC is 0)");
        } else {
            cpi = ev.divide(ac, PRECISION);
        }
        BigDecimal eac = switch (chosen) {
            case CPI -> {
                if (ac.signum() == 0) {
                    reasons.put("eac", "CPI is undefined without actual cost; choose method BUDGET_RATE");
                    yield null;
                }
                if (ev.signum() == 0) {
                    reasons.put("eac", "nothing is earned yet (EV is 0), so BAC / CPI is undefined");
                    yield null;
                }
                yield bac.multiply(ac).divide(ev, PRECISION);
            }
            case BUDGET_RATE -> ac.add(bac.subtract(ev));
            case CPI_SPI -> {
                if (cpi == null || spi == null || cpi.signum() == 0 || spi.signum() == 0) {
                    reasons.put("eac", "CPI × SPI is undefined or 0 (PV, EV or AC is 0)");
                    yield null;
                }
                yield ac.add(bac.subtract(ev).multiply(ac).multiply(pv).divide(ev.multiply(ev), PRECISION));
            }
        };
        BigDecimal etc = eac == null ? null : eac.subtract(ac);
        BigDecimal vac = eac == null ? null : bac.subtract(eac);
        if (eac == null) {
            reasons.put("etc", "EAC is undefined");
            reasons.put("vac", "EAC is undefined");
        }
        BigDecimal tcpi = null;
        if (bac.subtract(ac).signum() <= 0) {
            reasons.put("tcpi", "the budget is spent (BAC − AC is not positive)");
        } else {
            tcpi = bac.subtract(ev).divide(bac.subtract(ac), PRECISION);
        }
        return new EarnedValue(money(bac), money(pv), money(ev), money(ac), money(sv), money(cv), index(spi),
                index(cpi), chosen, money(eac), money(etc), money(vac), index(tcpi), Map.copyOf(reasons));
    }

    /** What to answer when there is nothing to measure against: every figure null, with the one reason. */
    public static EarnedValue undefined(BigDecimal ac, EacMethod method, String reason) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String figure : new String[] { "bac", "pv", "ev", "sv", "cv", "spi", "cpi", "eac", "etc", "vac",
                "tcpi" }) {
            reasons.put(figure, reason);
        }
        return new EarnedValue(null, null, null, money(ac), null, null, null, null,
                method == null ? EacMethod.CPI : method, null, null, null, null, Map.copyOf(reasons));
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal index(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_UP);
    }
}
