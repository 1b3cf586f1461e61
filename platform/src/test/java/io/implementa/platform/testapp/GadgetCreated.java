package io.implementa.platform.testapp;

import io.implementa.platform.events.EventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@EventType("io.implementa.test.GadgetCreated")
public record GadgetCreated(@NotNull UUID gadgetId, @NotBlank String name) {
}
