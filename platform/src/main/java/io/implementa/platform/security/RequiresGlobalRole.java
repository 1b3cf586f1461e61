package io.implementa.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint needs a global role from the identity provider (an admin always passes); anyone else gets 403.
 * {@link ProjectAccessFilter} checks it before the body is read or validated, so a caller without the role learns
 * nothing from validation errors. On a class it applies to every method that does not name its own role.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresGlobalRole {

    GlobalRole value();
}
