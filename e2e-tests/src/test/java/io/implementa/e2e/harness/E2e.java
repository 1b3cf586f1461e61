package io.implementa.e2e.harness;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.implementa.stack.TcpProxy;
import io.implementa.stack.Tokens;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The end-to-end tests' view of the running suite: where the services are, tokens they accept, the proxies
 * that failure tests cut, killing and restarting a service, and reading what went through Kafka.
 *
 * <p>The suite starts once per test JVM, on first use (test classes annotated {@link E2eTest} start it before
 * their first test), and stops when the test run ends.
 */
public final class E2e {

    private static Suite suite;
    private static RuntimeException startFailure;
    private static KafkaView kafka;

    private E2e() {
    }

    // ------------------------------------------------------------------ lifecycle

    /** Starts the suite unless it runs; a start that failed once fails every later call at once. */
    public static synchronized void start() {
        if (suite != null) {
            return;
        }
        if (startFailure != null) {
            throw new IllegalStateException("The e2e suite failed to start earlier: " + startFailure.getMessage(),
                    startFailure);
        }
        try {
            suite = Suite.start();
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 5_000)
                .setParam("http.socket.timeout", 30_000));
    }

    static synchronized void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (suite != null) {
            suite.stop();
            suite = null;
        }
    }

    private static synchronized Suite suite() {
        if (suite == null) {
            throw new IllegalStateException("The e2e suite is not running: annotate the test class with @E2eTest");
        }
        return suite;
    }

    /**
     * Puts the suite back into its normal state after a test that may have left it broken: proxies restored,
     * stopped services started again, every service ready.
     */
    public static void heal() {
        Suite running = suite();
        running.proxies().stream().filter(TcpProxy::isCut).forEach(TcpProxy::restore);
        if (!running.extraInstances().isEmpty()) {
            System.err.println("e2e: stopping instances the previous test started: " + running.extraInstances());
            running.stopExtraInstances();
        }
        List<ServiceProcess> restarted = new ArrayList<>();
        for (ServiceProcess process : running.processes()) {
            if (process.hasExtraSettings()) {
                // A test redeployed it with other settings (e.g. the outbox bypass): back to the usual ones.
                process.stop();
            }
            if (!process.isAlive()) {
                process.start();
                restarted.add(process);
            }
        }
        if (!restarted.isEmpty()) {
            System.err.println("e2e: restarted after the previous test: " + restarted);
        }
        running.awaitReady(running.processes());
    }

    // ------------------------------------------------------------------ HTTP

    /** The base URL of a service, e.g. {@code http://127.0.0.1:41234}. */
    public static String url(Service service) {
        return suite().process(service).url();
    }

    /**
     * A bearer token as the identity provider would issue it, signed with the key the services trust: subject,
     * e-mail {@code <subject>@example.com}, name as {@link #person(String)} gives it, audience {@code implementa},
     * valid for two hours.
     */
    public static String token(String subject, String... groups) {
        Map<String, String> person = person(subject);
        return Tokens.sign(suite().keys(), Suite.TOKEN_ISSUER, subject, person.get("email"), person.get("name"),
                new LinkedHashSet<>(Arrays.asList(groups)), Duration.ofHours(2));
    }

    /** A token with the global {@code admin} role, which reads every project. */
    public static String adminToken() {
        return token("e2e-admin", "admin");
    }

    /** The person reference ({@code subject}, {@code email}, {@code name}) that {@link #token} vouches for. */
    public static Map<String, String> person(String subject) {
        Map<String, String> person = new LinkedHashMap<>();
        person.put("subject", subject);
        person.put("email", subject + "@example.com");
        person.put("name", subject.substring(0, 1).toUpperCase(Locale.ROOT) + subject.substring(1) + " E2e");
        return person;
    }

    /** A REST Assured request to {@code service} with {@code token} as bearer token, sending and accepting JSON. */
    public static RequestSpecification api(Service service, String token) {
        return given().baseUri(url(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** The status of the service's readiness probe ({@code /q/health/ready}), or -1 when it does not answer. */
    public static int readiness(Service service) {
        return suite().process(service).readinessStatus();
    }

    /** The status of the service's liveness probe ({@code /q/health/live}), or -1 when it does not answer. */
    public static int liveness(Service service) {
        return suite().process(service).get("/q/health/live").status();
    }

    /** The readiness document, for its checks' details (e.g. the outbox backlog). */
    public static JsonNode readinessDocument(Service service) {
        return Event.readTree(suite().process(service).get("/q/health/ready").body());
    }

    /** Waits until the services (all when none given) answer 200 on readiness; dumps their logs if not. */
    public static void awaitReady(Service... services) {
        Suite running = suite();
        List<ServiceProcess> waiting = services.length == 0 ? running.processes()
                : Arrays.stream(services).map(running::process).toList();
        running.awaitReady(waiting);
    }

    // ------------------------------------------------------------------ faults

    /** {@code kill -9} of the service's process; returns once it has exited. */
    public static void kill(Service service) {
        suite().process(service).kill();
    }

    /** Starts the service again (stopping it first if it runs) and waits until it is ready. */
    public static void restart(Service service) {
        suite().restart(service);
    }

    /**
     * Restarts the service with settings added to its usual ones (system properties), as an operator redeploys
     * with changed configuration, and waits until it is ready. The next test gets it back with the usual ones.
     */
    public static void restartWith(Service service, Map<String, String> settings) {
        suite().restart(service, settings);
    }

    /**
     * Starts one more instance of the service against the same database, broker and consumer group, and waits
     * until it is ready. The next test starts without it.
     */
    public static Instance startInstance(Service service) {
        return new Instance(suite().startExtraInstance(service));
    }

    /** The suite's usual instance of the service. */
    public static Instance instance(Service service) {
        return Instance.of(suite().process(service));
    }

    /** Stops (SIGTERM) the instances started by {@link #startInstance}. */
    public static void stopInstances() {
        suite().stopExtraInstances();
    }

    public static boolean isRunning(Service service) {
        return suite().process(service).isAlive();
    }

    /** The proxy between every Kafka client (services and tests) and the broker. */
    public static TcpProxy kafkaProxy() {
        return suite().kafkaProxy();
    }

    /** The proxy between every service and PostgreSQL: cutting it takes the database from all of them. */
    public static TcpProxy postgresProxy() {
        return suite().postgresProxy();
    }

    /** The proxy between one service and PostgreSQL: cutting it takes the database from that service only. */
    public static TcpProxy postgresProxy(Service service) {
        return suite().postgresProxy(service);
    }

    // ------------------------------------------------------------------ external endpoints

    /** The e-mails the suite's SMTP server has received for {@code address} so far, in order. */
    public static List<jakarta.mail.internet.MimeMessage> mailbox(String address) {
        return Arrays.stream(suite().smtp().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(to -> ((jakarta.mail.internet.InternetAddress) to).getAddress()
                                .equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    // ------------------------------------------------------------------ Kafka

    public static String bootstrapServers() {
        return suite().bootstrapServers();
    }

    /** A consumer of one topic that waits for records (see {@link KafkaTestConsumer}); close it after use. */
    public static KafkaTestConsumer consumer(String topic, boolean fromBeginning) {
        return KafkaTestConsumer.open(bootstrapServers(), topic, fromBeginning, Duration.ofSeconds(60));
    }

    /** Writes one record to a topic, as a (possibly misbehaving) producer would, and waits for the broker. */
    public static void publish(String topic, String key, String value) {
        kafka().publish(topic, key, value);
    }

    /** How many partitions each member of the service's consumer group holds now, one entry per member. */
    public static List<Integer> consumerGroupMembers(Service service) {
        try {
            return kafka().memberAssignments(service.module());
        } catch (Exception e) {
            throw new IllegalStateException("could not describe the consumer group of " + service + ": " + e, e);
        }
    }

    /** Every event on {@code topic} now, from its beginning. */
    public static List<Event> events(String topic) {
        return kafka().readAll(topic);
    }

    private static synchronized KafkaView kafka() {
        if (kafka == null) {
            kafka = new KafkaView(bootstrapServers());
        }
        return kafka;
    }

    /**
     * Waits until the suite is quiet: every consumer group has committed up to the end of the topics it reads,
     * no service has events waiting in its outbox, and that state held over two looks half a second apart with
     * no new record in between. After this, a late duplicate cannot still be on its way.
     */
    public static void awaitSettled(Duration timeout) {
        AtomicReference<Map<TopicPartition, Long>> previous = new AtomicReference<>();
        AtomicReference<String> state = new AtomicReference<>("not looked at yet");
        List<String> topics = List.of(Service.Topics.PROJECT_EVENTS, Service.Topics.RISK_EVENTS,
                Service.Topics.RESOURCE_EVENTS, Service.Topics.NOTIFICATION_EVENTS);
        try {
            Awaitility.await("suite settled")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> {
                        Map<TopicPartition, Long> end = kafka().endOffsets(topics);
                        List<String> busy = new ArrayList<>();
                        for (Service service : Service.values()) {
                            long backlog = outboxBacklog(service);
                            if (backlog != 0) {
                                busy.add(service + " outbox " + backlog);
                            }
                            if (!service.consumedTopics().isEmpty()) {
                                long uncommitted = kafka().uncommitted(service.module(), service.consumedTopics());
                                if (uncommitted != 0) {
                                    busy.add(service + " uncommitted " + uncommitted);
                                }
                            }
                        }
                        state.set(busy.isEmpty() ? "quiet, end offsets " + end : String.join(", ", busy));
                        boolean quiet = busy.isEmpty() && end.equals(previous.get());
                        previous.set(end);
                        return quiet;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The suite did not settle within " + timeout + ": " + state.get(), e);
        }
    }

    /** Events written but not yet relayed to Kafka, as the service's readiness check reports them. */
    private static long outboxBacklog(Service service) {
        JsonNode document = readinessDocument(service);
        for (JsonNode check : document.path("checks")) {
            if ("kafka".equals(check.path("name").asText())) {
                return check.path("data").path("outboxBacklog").asLong(-1);
            }
        }
        throw new IllegalStateException(service + " reports no kafka readiness check: " + document);
    }

    /**
     * Waits until every key's {@code cause} has been applied exactly once by each consumer, as seen by that
     * consumer's {@code effects}; then waits for the suite to settle and compares again, so that a late duplicate
     * is caught too. Fails with the comparisons when that does not happen within {@code timeout}.
     */
    public static List<Reconciliation.Report> reconcile(Collection<String> keys, Duration timeout, EventKind cause,
            EventKind... effects) {
        AtomicReference<List<Reconciliation.Report>> last = new AtomicReference<>(List.of());
        try {
            Awaitility.await(cause + " applied once by " + Arrays.toString(effects))
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> {
                        last.set(compare(keys, cause, effects));
                        return last.get().stream().allMatch(Reconciliation.Report::exact);
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Not reconciled within " + timeout + ":\n" + describe(last.get()), e);
        }
        awaitSettled(Duration.ofSeconds(60));
        List<Reconciliation.Report> settled = compare(keys, cause, effects);
        if (!settled.stream().allMatch(Reconciliation.Report::exact)) {
            throw new AssertionError("Reconciled, then no longer once the suite settled:\n" + describe(settled));
        }
        return settled;
    }

    private static List<Reconciliation.Report> compare(Collection<String> keys, EventKind cause, EventKind... effects) {
        List<Event> produced = events(cause.topic());
        return Arrays.stream(effects)
                .map(effect -> Reconciliation.compare(keys, cause.type(), produced, effect.type(),
                        events(effect.topic())))
                .toList();
    }

    private static String describe(List<Reconciliation.Report> reports) {
        return reports.isEmpty() ? "no comparison completed"
                : reports.stream().map(Reconciliation.Report::describe).collect(Collectors.joining("\n"));
    }

    /** The last lines of every service's log. */
    public static String logTails() {
        Suite running;
        synchronized (E2e.class) {
            running = suite;
        }
        return running == null ? "(suite not running)" : running.allLogTails();
    }
}
