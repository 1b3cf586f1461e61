package io.implementa.resource.resource;

/** What a resource of the pool is: only people are named by the identity provider. */
public enum ResourceKind {
    PERSON, EQUIPMENT, BUDGET_POOL
}
