package io.implementa.project.evm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One task of the current baseline, as earned value measures against it. */
public record BaselineTask(UUID taskId, UUID parentId, String name, LocalDate start, LocalDate finish,
        int durationDays, BigDecimal cost) {
}
