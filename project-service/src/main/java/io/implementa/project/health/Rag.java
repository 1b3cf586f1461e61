package io.implementa.project.health;

/** Red, amber, green: how a dimension of a project stands; later constants are worse. */
public enum Rag {
    GREEN, AMBER, RED;

    public Rag worse(Rag other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
