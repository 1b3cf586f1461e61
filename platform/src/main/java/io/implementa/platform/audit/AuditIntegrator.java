package io.implementa.platform.audit;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Hooks the {@link AuditTrail} into Hibernate's events. Registered through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}, which Quarkus reads at build time.
 */
public class AuditIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        AuditTrail trail = new AuditTrail();
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_INSERT, trail);
        listeners.appendListeners(EventType.POST_UPDATE, trail);
        listeners.appendListeners(EventType.POST_DELETE, trail);
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, trail);
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, trail);
        listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, trail);
    }
}
