package io.implementa.resource.capacity;

/** Why a resource is away; every kind takes the same hours off capacity. */
public enum AbsenceKind {
    VACATION, SICK_LEAVE, TRAINING, PUBLIC_DUTY, OTHER
}
