package io.implementa.platform.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person as the whole suite names them: the identity provider's subject plus e-mail and display name.
 * Every API payload and event that names a person carries all three, so no consumer ever has to look a
 * person up elsewhere.
 */
@Embeddable
@Schema(name = "Person", description = "A person: identity provider subject, e-mail and display name")
public record PersonRef(
        @NotBlank @Size(max = 200)
        @Column(name = "subject")
        @Schema(description = "The identity provider's subject (sub claim)", example = "a1b2c3d4-0001")
        String subject,
        @NotBlank @Email @Size(max = 320)
        @Column(name = "email")
        @Schema(example = "maria.lopez@example.com")
        String email,
        @NotBlank @Size(max = 200)
        @Column(name = "name")
        @Schema(description = "Display name", example = "María López")
        String name) {
}
