package io.implementa.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint changes one project's data: the caller must hold one of the given roles in the project
 * named by the path parameter (an admin may always). A member without such a role gets 403; someone
 * who is not a member gets 404, so a project's existence never leaks.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ChangesProject {

    /** The project roles allowed to do this. */
    ProjectRole[] value();

    /** The path parameter holding the project id. */
    String param() default "projectId";
}
