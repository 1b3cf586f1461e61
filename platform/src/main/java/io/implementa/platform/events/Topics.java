package io.implementa.platform.events;

import io.implementa.platform.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Names the topics a service uses and creates those that are missing. The broker does not auto-create
 * topics, so producers and consumers call {@link #ensureExist()} before their first use.
 */
@ApplicationScoped
public class Topics {

    private static final Logger LOG = Logger.getLogger(Topics.class);

    private final PlatformConfig config;
    private final KafkaClients clients;
    private volatile boolean ensured;

    public Topics(PlatformConfig config, KafkaClients clients) {
        this.config = config;
        this.clients = clients;
    }

    public String deadLetterTopic() {
        return config.consumer().deadLetterTopic().orElse("implementa." + config.serviceName() + ".dlt");
    }

    public List<String> consumed() {
        return config.consumer().topics().orElse(List.of());
    }

    /** Every topic the service writes to or reads from. */
    public Set<String> all() {
        Set<String> topics = new LinkedHashSet<>();
        config.kafka().topic().ifPresent(topics::add);
        topics.addAll(consumed());
        if (!consumed().isEmpty()) {
            topics.add(deadLetterTopic());
        }
        return topics;
    }

    /**
     * Creates missing topics; returns false when the broker could not be reached (callers retry).
     * Safe to call from several threads and instances: an existing topic is success.
     */
    public boolean ensureExist() {
        if (ensured || !config.kafka().createTopics()) {
            return true;
        }
        List<NewTopic> wanted = new ArrayList<>();
        for (String name : all()) {
            wanted.add(new NewTopic(name, config.kafka().partitions(), config.kafka().replicationFactor()));
        }
        try (Admin admin = clients.admin("topics")) {
            Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                for (var result : admin.createTopics(missing).values().entrySet()) {
                    try {
                        result.getValue().get(10, TimeUnit.SECONDS);
                        LOG.infof("created topic %s", result.getKey());
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
            }
            ensured = true;
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("cannot ensure topics %s yet: %s", all(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
