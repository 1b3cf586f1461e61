package io.implementa.platform.security;

import io.implementa.platform.people.PersonRef;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the bearer token says: the identity provider's subject, e-mail and name, and the
 * global roles among the token's groups. Any OIDC provider's tokens work; see {@code docs/security.md}.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The token's {@code sub}. */
    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The caller as a person: subject, e-mail ({@code email} claim) and display name ({@code name}, else
     * {@code preferred_username}). A token without an e-mail (typically a service account) is named
     * {@code <subject>@identity.invalid}: the reserved {@code .invalid} domain says there is no mailbox,
     * while every event can still carry a complete person.
     */
    public PersonRef person() {
        String subject = subject();
        String email = null;
        String name = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            email = jwt.getClaim("email");
            name = jwt.getClaim("name");
            if (name == null) {
                name = jwt.getClaim("preferred_username");
            }
        }
        return new PersonRef(subject, email == null || email.isBlank() ? subject + NO_MAILBOX : email,
                name == null || name.isBlank() ? subject : name);
    }

    /** The domain of callers whose token names no e-mail address (RFC 2606 reserves {@code .invalid}). */
    public static final String NO_MAILBOX = "@identity.invalid";

    public Set<GlobalRole> globalRoles() {
        Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
        for (GlobalRole role : GlobalRole.values()) {
            if (identity.hasRole(role.claim())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean has(GlobalRole role) {
        return identity.hasRole(role.claim());
    }
}
