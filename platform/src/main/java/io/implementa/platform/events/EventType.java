package io.implementa.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the CloudEvents {@code type} and schema version of an event payload class.
 * Producers stamp both on the envelope; consumers dispatch on the type and refuse versions they do not know.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The CloudEvents type, e.g. {@code io.implementa.project.ProjectCreated}. */
    String value();

    /** The payload's schema version, carried as the {@code schemaversion} extension attribute. */
    int version() default 1;
}
