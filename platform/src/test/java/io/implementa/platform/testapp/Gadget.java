package io.implementa.platform.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;

/** The test application's one aggregate. */
@Entity
public class Gadget extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Version
    public long version;
}
