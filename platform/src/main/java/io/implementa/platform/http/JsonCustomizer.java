package io.implementa.platform.http;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ReferenceType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Strict reading of request bodies, the same in every service: an unknown field is a 400 (so a client can
 * never believe it set a server-owned field such as {@code id} or {@code version}), and so is a null for a
 * primitive or a number where an enum is expected.
 *
 * <p>It also gives record components of type {@link Optional} the three states a merge patch needs
 * (see {@link Patch}): absent → {@code null}, {@code null} → empty, a value → present. Jackson alone
 * reads an absent component as empty, which would make "not sent" and "cleared" the same.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        SimpleModule absentOptionals = new SimpleModule("absent-optionals");
        absentOptionals.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyReferenceDeserializer(DeserializationConfig config, ReferenceType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return type.hasRawClass(Optional.class) ? new AbsentAsNull(deserializer) : deserializer;
            }
        });
        mapper.registerModule(absentOptionals);
    }

    /** Delegates everything but the value of an absent property, which becomes null. */
    private static final class AbsentAsNull extends DelegatingDeserializer {
        AbsentAsNull(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new AbsentAsNull(delegate);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
