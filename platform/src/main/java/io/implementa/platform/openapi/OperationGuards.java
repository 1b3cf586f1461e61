package io.implementa.platform.openapi;

import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.RequiresGlobalRole;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * What the platform's security annotations say about each operation, keyed by {@code operationId}, read from the
 * Jandex index while the document is built: whether a token is needed at all ({@code @PermitAll} says not) and
 * whether an authenticated caller can be refused with 403 ({@code @ChangesProject}, {@code @RequiresGlobalRole}).
 */
final class OperationGuards {

    /** How one operation is guarded. */
    record Guard(boolean permitAll, boolean forbiddenPossible) {
    }

    private static final DotName OPERATION = DotName.createSimple(
            "org.eclipse.microprofile.openapi.annotations.Operation");
    private static final DotName PERMIT_ALL = DotName.createSimple(PermitAll.class.getName());
    private static final DotName CHANGES_PROJECT = DotName.createSimple(ChangesProject.class.getName());
    private static final DotName REQUIRES_GLOBAL_ROLE = DotName.createSimple(RequiresGlobalRole.class.getName());

    private final Map<String, Guard> byOperationId = new HashMap<>();

    OperationGuards(IndexView index) {
        if (index == null) {
            return;
        }
        for (AnnotationInstance operation : index.getAnnotations(OPERATION)) {
            if (operation.target().kind() != AnnotationTarget.Kind.METHOD || operation.value("operationId") == null) {
                continue;
            }
            MethodInfo method = operation.target().asMethod();
            ClassInfo type = method.declaringClass();
            boolean permitAll = method.hasDeclaredAnnotation(PERMIT_ALL) || type.hasDeclaredAnnotation(PERMIT_ALL);
            boolean forbidden = method.hasDeclaredAnnotation(CHANGES_PROJECT)
                    || method.hasDeclaredAnnotation(REQUIRES_GLOBAL_ROLE)
                    || type.hasDeclaredAnnotation(REQUIRES_GLOBAL_ROLE);
            byOperationId.put(operation.value("operationId").asString(), new Guard(permitAll, forbidden));
        }
    }

    /** The operation's guard; an operation the index does not know needs a token and may not be refused with 403. */
    Guard of(String operationId) {
        return operationId == null ? new Guard(false, false) : byOperationId.getOrDefault(operationId, new Guard(false, false));
    }

    boolean known() {
        return !byOperationId.isEmpty();
    }
}
