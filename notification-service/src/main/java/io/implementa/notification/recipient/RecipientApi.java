package io.implementa.notification.recipient;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The recipient payloads of the REST API; the entity itself is never serialised. */
public final class RecipientApi {

    private RecipientApi() {
    }

    @Schema(name = "CreateRecipientRequest")
    public record CreateRecipientRequest(
            @NotNull @Schema(example = "TEAM_MAILBOX") RecipientKind kind,
            @Size(max = 200)
            @Schema(description = "Required, except for a PERSON, where it defaults to the person's name",
                    example = "ERP project office")
            String displayName,
            @Valid @Schema(description = "Required for a PERSON, absent for every other kind") PersonRef person,
            @Email(regexp = Recipient.EMAIL_PATTERN) @Size(max = 320)
            @Schema(description = "For a PERSON (defaults to the person's e-mail) or a TEAM_MAILBOX only",
                    example = "erp-pmo@example.com")
            String email,
            @NotNull
            @Schema(description = "PERSON: EMAIL, SLACK, TEAMS or WEBHOOK; TEAM_MAILBOX: EMAIL; "
                    + "CHAT_CHANNEL: SLACK or TEAMS; INTEGRATION_ENDPOINT: WEBHOOK", example = "EMAIL")
            Channel preferredChannel,
            @Size(max = 2000)
            @Schema(description = "EMAIL: an e-mail address, defaulting to the recipient's e-mail; WEBHOOK, SLACK "
                    + "and TEAMS: an https URL (required)", example = "erp-pmo@example.com")
            String channelAddress,
            @Schema(description = "Defaults to IMMEDIATE", example = "DAILY_DIGEST") Frequency frequency,
            @TimeZoneId @Size(max = 64)
            @Schema(description = "IANA time zone; defaults to UTC", example = "Europe/Madrid") String timeZone,
            @LanguageTag @Size(max = 35)
            @Schema(description = "BCP 47 language tag; defaults to en", example = "es-ES") String locale) {
    }

    /**
     * A JSON merge patch: absent fields stay as they are. A new preferredChannel without a channelAddress drops
     * the old channel's address, and {@code channelAddress: null} on the EMAIL channel means the recipient's
     * e-mail. Kind, person and source never change.
     */
    @Schema(name = "UpdateRecipientRequest")
    public record UpdateRecipientRequest(
            Optional<@NotBlank @Size(max = 200) String> displayName,
            Optional<@Email(regexp = Recipient.EMAIL_PATTERN) @Size(max = 320) String> email,
            Optional<Channel> preferredChannel,
            Optional<@Size(max = 2000) String> channelAddress,
            Optional<Frequency> frequency,
            Optional<@TimeZoneId @Size(max = 64) String> timeZone,
            Optional<@LanguageTag @Size(max = 35) String> locale,
            Optional<Boolean> active,
            @Schema(description = "Start of the daily quiet window in the recipient's time zone (HH:mm); null clears",
                    example = "22:00") Optional<LocalTime> quietHoursStart,
            @Schema(description = "End of the quiet window; before the start, the window spans midnight",
                    example = "07:00") Optional<LocalTime> quietHoursEnd) {
    }

    @Schema(name = "Recipient")
    public record RecipientView(
            UUID id,
            RecipientKind kind,
            @Schema(example = "María López") String displayName,
            @Schema(description = "Set for a PERSON only") PersonRef person,
            @Schema(description = "Set for a PERSON or TEAM_MAILBOX only", example = "maria.lopez@example.com")
            String email,
            Channel preferredChannel,
            @Schema(description = "Where notifications go. SLACK and TEAMS incoming-webhook URLs are credentials, so "
                    + "only their origin and last four characters are shown",
                    example = "https://hooks.slack.com/…Xy9Q")
            String channelAddress,
            Frequency frequency,
            @Schema(example = "Europe/Madrid") String timeZone,
            @Schema(example = "es-ES") String locale,
            @Schema(description = "DIRECT: registered and changed through this API; PROJECT: derived from project "
                    + "events, read-only here")
            RecipientSource source,
            boolean active,
            @Schema(description = "Deliveries falling in the quiet window wait until it ends", example = "22:00")
            LocalTime quietHoursStart,
            @Schema(example = "07:00") LocalTime quietHoursEnd,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        public static RecipientView of(Recipient r) {
            return new RecipientView(r.id, r.kind, r.displayName, r.person, r.email, r.preferredChannel,
                    shownAddress(r), r.frequency, r.timeZone, r.locale, r.source, r.active, r.quietHoursStart,
                    r.quietHoursEnd, r.createdAt, r.updatedAt,
                    r.version);
        }

        private static String shownAddress(Recipient r) {
            String address = r.deliveryAddress();
            if (!r.preferredChannel.addressIsSecret()) {
                return address;
            }
            URI uri = URI.create(address);
            String tail = address.length() > 12 ? address.substring(address.length() - 4) : "";
            return uri.getScheme() + "://" + uri.getRawAuthority() + "/…" + tail;
        }
    }
}
