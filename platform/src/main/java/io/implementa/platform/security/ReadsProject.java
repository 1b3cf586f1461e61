package io.implementa.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint reads one project's data: the caller must be a member of the project named by the path
 * parameter (any role) or hold a global reading role; anyone else gets 404, as if it did not exist.
 * On a resource class it applies to every method that does not say otherwise.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface ReadsProject {

    /** The path parameter holding the project id. */
    String param() default "projectId";
}
