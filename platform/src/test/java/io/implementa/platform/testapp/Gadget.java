package io.implementa.platform.testapp;

import io.implementa.platform.audit.AuditedEntity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;

/** The test application's one aggregate, with an audit history. */
@Entity
public class Gadget extends PanacheEntityBase implements AuditedEntity {

    @Id
    public UUID id;

    public String name;

    /** Not part of the view, and not a change of the gadget's version either. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    public int touches;

    @Version
    public long version;

    @Override
    public Object auditView() {
        return GadgetResource.GadgetView.of(this);
    }
}
