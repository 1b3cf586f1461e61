package io.implementa.project.closure;

/** How far an objective was achieved, as the post-implementation review judges it. */
public enum Achievement {
    YES, PARTLY, NO
}
