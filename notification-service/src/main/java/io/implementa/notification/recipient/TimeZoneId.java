package io.implementa.notification.recipient;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.ZoneId;

/**
 * An IANA time-zone id such as {@code Europe/Madrid} or {@code UTC}; null is valid. Fixed offsets
 * ({@code +02:00}) are refused: they ignore daylight saving time, so digests would drift by an hour.
 */
@Documented
@Constraint(validatedBy = TimeZoneId.Validator.class)
@Target({ METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface TimeZoneId {

    String message() default "must be an IANA time zone such as Europe/Madrid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TimeZoneId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isTimeZoneId(value);
        }

        public static boolean isTimeZoneId(String value) {
            return ZoneId.getAvailableZoneIds().contains(value);
        }
    }
}
