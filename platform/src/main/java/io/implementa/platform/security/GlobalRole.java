package io.implementa.platform.security;

/**
 * Roles that hold across projects, granted by the identity provider (the token's groups claim).
 * Everything else is decided per project by {@link ProjectRole}.
 */
public enum GlobalRole {
    /** Operates the suite: reads and changes everything, including operator endpoints. */
    ADMIN("admin"),
    /** Reads every project (portfolio office, executives), changes nothing by this role alone. */
    PORTFOLIO_VIEWER("portfolio-viewer"),
    /** Manages the resource pool: resources, skills, rates and allocations across projects. */
    RESOURCE_MANAGER("resource-manager");

    private final String claim;

    GlobalRole(String claim) {
        this.claim = claim;
    }

    /** The group name in the token. */
    public String claim() {
        return claim;
    }
}
