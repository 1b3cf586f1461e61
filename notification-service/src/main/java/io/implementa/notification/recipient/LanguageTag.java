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
import java.util.IllformedLocaleException;
import java.util.Locale;

/** A well-formed BCP 47 language tag with a language, such as {@code en} or {@code pt-BR}; null is valid. */
@Documented
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({ METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface LanguageTag {

    String message() default "must be a BCP 47 language tag such as en or pt-BR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageTag, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isLanguageTag(value);
        }

        /** {@link Locale#forLanguageTag} accepts anything (returning "und"); the builder refuses ill-formed tags. */
        public static boolean isLanguageTag(String value) {
            try {
                return !new Locale.Builder().setLanguageTag(value).build().getLanguage().isEmpty();
            } catch (IllformedLocaleException e) {
                return false;
            }
        }

        /** The tag in its canonical case: {@code pt-br} becomes {@code pt-BR}. */
        public static String canonical(String value) {
            return new Locale.Builder().setLanguageTag(value).build().toLanguageTag();
        }
    }
}
