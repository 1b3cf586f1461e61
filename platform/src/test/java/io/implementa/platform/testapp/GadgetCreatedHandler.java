package io.implementa.platform.testapp;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.EventNotReadyException;
import io.implementa.platform.inbox.EventRejectedException;
import io.implementa.platform.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records each gadget it hears of in {@code gadget_seen}, counting applications. Names steer it:
 * "not-ready-N-…" fails transiently N times first, "reject-…" is refused for good. Tests can widen the
 * supported schema versions to show that a fixed consumer accepts re-driven dead letters.
 */
@ApplicationScoped
public class GadgetCreatedHandler implements EventHandler<GadgetCreated> {

    public static volatile Set<Integer> supportedVersions = Set.of(1);
    static final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    private final EntityManager em;

    public GadgetCreatedHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public Class<GadgetCreated> payloadType() {
        return GadgetCreated.class;
    }

    @Override
    public Set<Integer> supportedVersions() {
        return supportedVersions;
    }

    @Override
    public void handle(IncomingEvent<GadgetCreated> event) {
        String name = event.payload().name();
        int attempt = attempts.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        if (name.startsWith("not-ready-")) {
            int failures = Integer.parseInt(name.split("-")[2]);
            if (attempt <= failures) {
                throw new EventNotReadyException("gadget " + name + " not ready (attempt " + attempt + ")");
            }
        }
        if (name.startsWith("reject-")) {
            throw new EventRejectedException("gadget names starting with reject- are refused");
        }
        em.createNativeQuery("""
                insert into gadget_seen (gadget_id, name, times) values (?1, ?2, 1)
                on conflict (gadget_id) do update set times = gadget_seen.times + 1
                """)
                .setParameter(1, event.payload().gadgetId())
                .setParameter(2, name)
                .executeUpdate();
    }
}
