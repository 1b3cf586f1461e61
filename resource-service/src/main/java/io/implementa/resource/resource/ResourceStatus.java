package io.implementa.resource.resource;

/** Whether a resource can still be drawn on; inactive resources stay readable for the history they carry. */
public enum ResourceStatus {
    ACTIVE, INACTIVE
}
