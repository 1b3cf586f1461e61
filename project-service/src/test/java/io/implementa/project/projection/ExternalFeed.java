package io.implementa.project.projection;

import static org.awaitility.Awaitility.await;

import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.EventType;
import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.events.Topics;
import io.implementa.platform.people.PersonRef;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Plays the risk- and resource-service in tests: publishes their events, with the producers' whole payloads as
 * docs/events.md describes them, to their topics on the real broker.
 */
@ApplicationScoped
public class ExternalFeed {

    public static final String RISK_TOPIC = "implementa.risk.events";
    public static final String RESOURCE_TOPIC = "implementa.resource.events";
    public static final Duration WAIT = Duration.ofSeconds(30);

    private final EventCodec codec;
    private final KafkaClients clients;
    private final Topics topics;
    private KafkaProducer<String, byte[]> producer;

    public ExternalFeed(EventCodec codec, KafkaClients clients, Topics topics) {
        this.codec = codec;
        this.clients = clients;
        this.topics = topics;
    }

    @EventType("io.implementa.risk.RiskSummaryChanged")
    record RiskSummaryChanged(UUID projectId, String projectKey, int openRisks, Map<String, Integer> byLevel,
            int highestScore, int escalated, List<Map<String, Object>> totalExposure, int overdueActions,
            Instant changedAt) {
    }

    record AffectedProject(UUID projectId, boolean critical) {
    }

    record Allocation(UUID allocationId, UUID projectId, UUID taskId, LocalDate startDate, LocalDate endDate,
            BigDecimal percent, BigDecimal hoursPerDay, boolean critical) {
    }

    @EventType("io.implementa.resource.OverAllocationDetected")
    record OverAllocationDetected(UUID episodeId, UUID resourceId, String resourceName, PersonRef person,
            PersonRef manager, LocalDate startDate, LocalDate endDate, List<AffectedProject> projects,
            List<Allocation> allocations) {
    }

    @EventType("io.implementa.resource.OverAllocationResolved")
    record OverAllocationResolved(UUID episodeId, UUID resourceId, String resourceName, PersonRef person,
            PersonRef manager, LocalDate startDate, LocalDate endDate, List<AffectedProject> projects,
            List<Allocation> allocations) {
    }

    record CostRate(BigDecimal standardRate, BigDecimal overtimeRate, String currency, LocalDate effectiveFrom) {
    }

    @EventType("io.implementa.resource.ResourceCreated")
    record ResourceCreated(UUID resourceId, String kind, String name, String status, PersonRef person, String role,
            String department, PersonRef manager, String location, String timeZone, List<CostRate> costRates,
            long version) {
    }

    @EventType("io.implementa.resource.ResourceUpdated")
    record ResourceUpdated(UUID resourceId, String kind, String name, String status, PersonRef person, String role,
            String department, PersonRef manager, String location, String timeZone, List<CostRate> costRates,
            long version) {
    }

    record TimesheetEntry(UUID projectId, UUID taskId, LocalDate date, BigDecimal hours, boolean overtime,
            BigDecimal rate, BigDecimal cost) {
    }

    @EventType("io.implementa.resource.TimesheetApproved")
    record TimesheetApproved(UUID timesheetId, UUID resourceId, PersonRef person, LocalDate weekStart,
            PersonRef approvedBy, String currency, BigDecimal totalHours, BigDecimal totalCost,
            List<TimesheetEntry> entries) {
    }

    static final PersonRef PRIYA = new PersonRef("sub-priya", "priya@example.com", "Priya Raman");

    /** Publishes the project's risk summary. */
    public void riskSummary(UUID projectId, int high, int critical, int escalated) {
        int open = 2 + high + critical;
        publish(RISK_TOPIC, projectId, projectId, new RiskSummaryChanged(projectId, "KEY", open,
                Map.of("low", 1, "medium", 1, "high", high, "critical", critical), critical > 0 ? 20 : 12,
                escalated, List.of(Map.of("currency", "EUR", "amount", 1000)), 0, Instant.now()));
    }

    /** Publishes a new over-allocation episode of a resource working on the project; returns the episode id. */
    public UUID overAllocated(UUID projectId, boolean critical) {
        UUID episode = UUID.randomUUID();
        UUID resource = UUID.randomUUID();
        publish(RESOURCE_TOPIC, resource, episode, new OverAllocationDetected(episode, resource, "Priya Raman",
                PRIYA, null, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 31),
                List.of(new AffectedProject(projectId, critical), new AffectedProject(UUID.randomUUID(), false)),
                List.of(new Allocation(UUID.randomUUID(), projectId, null, LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 31), new BigDecimal("60"), null, critical))));
        return episode;
    }

    public void resolved(UUID episode, UUID projectId) {
        UUID resource = UUID.randomUUID();
        publish(RESOURCE_TOPIC, resource, episode, new OverAllocationResolved(episode, resource, "Priya Raman",
                PRIYA, null, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 31),
                List.of(new AffectedProject(projectId, false)), List.of()));
    }

    public void resource(UUID resourceId, long version, String standardRate) {
        List<CostRate> rates = List.of(new CostRate(new BigDecimal("80.00"), new BigDecimal("100.00"), "EUR",
                LocalDate.of(2026, 1, 1)), new CostRate(new BigDecimal(standardRate), new BigDecimal(standardRate),
                "EUR", LocalDate.of(2027, 3, 1)));
        Object payload = version == 0
                ? new ResourceCreated(resourceId, "PERSON", "Priya Raman", "ACTIVE", PRIYA, "Consultant", null, null,
                        null, "Europe/Madrid", rates, version)
                : new ResourceUpdated(resourceId, "PERSON", "Priya Raman", "ACTIVE", PRIYA, "Consultant", null, null,
                        null, "Europe/Madrid", rates, version);
        publish(RESOURCE_TOPIC, resourceId, resourceId, payload);
    }

    /** Publishes a resource of the given kind without cost rates; {@code person} is null but for PERSON. */
    public void resource(UUID resourceId, String kind, String name, PersonRef person, long version) {
        Object payload = version == 0
                ? new ResourceCreated(resourceId, kind, name, "ACTIVE", person, null, null, null, null, null,
                        List.of(), version)
                : new ResourceUpdated(resourceId, kind, name, "ACTIVE", person, null, null, null, null, null,
                        List.of(), version);
        publish(RESOURCE_TOPIC, resourceId, resourceId, payload);
    }

    /**
     * Publishes a created resource with the standard rates given as {@code "rate currency effectiveFrom"}, e.g.
     * {@code "80.00 EUR 2026-01-01"} (overtime at the same rate).
     */
    public void resourceWithRates(UUID resourceId, String name, String... rates) {
        List<CostRate> costRates = java.util.Arrays.stream(rates).map(r -> r.split(" "))
                .map(r -> new CostRate(new BigDecimal(r[0]), new BigDecimal(r[0]), r[1], LocalDate.parse(r[2])))
                .toList();
        publish(RESOURCE_TOPIC, resourceId, resourceId, new ResourceCreated(resourceId, "PERSON", name, "ACTIVE",
                PRIYA, "Consultant", null, null, null, "Europe/Madrid", costRates, 0));
    }

    /** Publishes an approved timesheet with one entry of {@code hours} at {@code rate} on the project. */
    public void timesheet(UUID timesheetId, UUID projectId, String hours, String rate) {
        timesheet(timesheetId, projectId, hours, rate, "EUR");
    }

    /** Publishes an approved timesheet priced in {@code currency} with one entry on the project. */
    public void timesheet(UUID timesheetId, UUID projectId, String hours, String rate, String currency) {
        UUID resource = UUID.randomUUID();
        BigDecimal cost = new BigDecimal(hours).multiply(new BigDecimal(rate));
        publish(RESOURCE_TOPIC, resource, timesheetId, new TimesheetApproved(timesheetId, resource, PRIYA,
                LocalDate.of(2027, 3, 1), PRIYA, currency, new BigDecimal(hours), cost,
                List.of(new TimesheetEntry(projectId, null, LocalDate.of(2027, 3, 2), new BigDecimal(hours), false,
                        new BigDecimal(rate), cost))));
    }

    private synchronized void publish(String topic, UUID key, UUID subject, Object payload) {
        if (producer == null) {
            await().atMost(WAIT).until(topics::ensureExist);
            producer = clients.producer("test-external-feed", 10_000);
        }
        byte[] event = codec.encode(codec.envelope(UUID.randomUUID(), subject.toString(), OffsetDateTime.now(),
                payload));
        try {
            producer.send(new ProducerRecord<>(topic, key.toString(), event)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
