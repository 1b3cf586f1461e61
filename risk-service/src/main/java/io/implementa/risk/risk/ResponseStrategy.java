package io.implementa.risk.risk;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the project answers a risk. Threats are avoided, reduced, transferred or accepted; opportunities are
 * exploited, enhanced, shared or accepted (the PMBOK / PRINCE2 response sets).
 */
public enum ResponseStrategy {
    AVOID(EnumSet.of(RiskKind.THREAT)),
    REDUCE(EnumSet.of(RiskKind.THREAT)),
    TRANSFER(EnumSet.of(RiskKind.THREAT)),
    EXPLOIT(EnumSet.of(RiskKind.OPPORTUNITY)),
    ENHANCE(EnumSet.of(RiskKind.OPPORTUNITY)),
    SHARE(EnumSet.of(RiskKind.OPPORTUNITY)),
    ACCEPT(EnumSet.of(RiskKind.THREAT, RiskKind.OPPORTUNITY));

    private final Set<RiskKind> kinds;

    ResponseStrategy(Set<RiskKind> kinds) {
        this.kinds = kinds;
    }

    public boolean fits(RiskKind kind) {
        return kinds.contains(kind);
    }

    /** The strategies a kind of risk may take, for error messages. */
    static String allowedFor(RiskKind kind) {
        return Arrays.stream(values()).filter(s -> s.fits(kind)).map(Enum::name).collect(Collectors.joining(", "));
    }
}
