package io.implementa.platform.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads enum and UUID parameters so that a bad value is a 400 naming the value and what is allowed;
 * JAX-RS would otherwise answer 404 as if the resource did not exist. Enum names are matched ignoring case.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    /** A parameter whose value cannot be read as its type. */
    public static class InvalidParameter extends BadRequestException {
        InvalidParameter(String message) {
            super(message);
        }
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new UuidConverter();
        }
        return null;
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            throw new InvalidParameter("'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }

    private static final class UuidConverter implements ParamConverter<UUID> {
        @Override
        public UUID fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameter("'" + value + "' is not a UUID");
            }
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
