package io.implementa.stack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.implementa.stack.TcpProxy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared servers as tests see them: behind proxies that outage tests can cut. */
class TestInfrastructureTest {

    private static final String DATABASE = "stack_test";

    @BeforeAll
    static void startEmbeddedServers() {
        // An empty environment: embedded servers even where the real one names external ones.
        TestInfrastructure.start(Map.of());
        TestInfrastructure.createDatabaseIfMissing(DATABASE);
    }

    @Test
    void databaseIsReachedThroughItsProxy() throws SQLException {
        assertTrue(TestInfrastructure.proxiesAvailable());
        assertTrue(TestInfrastructure.jdbcUrl(DATABASE).contains(":" + TestInfrastructure.postgresProxy().port() + "/"));
        try (Connection connection = connect()) {
            assertEquals(DATABASE, queryString(connection, "SELECT current_database()"));
        }
    }

    @Test
    void brokerAdvertisesItsProxyToClients() throws Exception {
        try (Admin admin = admin()) {
            List<Node> nodes = List.copyOf(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS));
            assertEquals(TestInfrastructure.kafkaProxy().port(), nodes.get(0).port());
        }
    }

    @Test
    void publishedRecordsReachATestConsumer() throws Exception {
        createTopic("published");
        try (KafkaTestConsumer consumer = KafkaTestConsumer.fromEnd("published")) {
            produce("published", "key-2", "second");
            produce("published", "key-1", "first");

            assertEquals("first", consumer.awaitRecord(KafkaTestConsumer.withKey("key-1")).value());
            assertEquals(2, consumer.records().size());
        }
    }

    @Test
    void databaseOutageBreaksConnectionsUntilRestored() throws SQLException {
        TcpProxy proxy = TestInfrastructure.postgresProxy();
        try (Connection before = connect()) {
            try (TcpProxy.Outage outage = proxy.outage()) {
                assertThrows(SQLException.class, () -> queryString(before, "SELECT 1"));
                assertThrows(SQLException.class, TestInfrastructureTest::connect);
            }
        }
        try (Connection after = connect()) {
            assertEquals("1", queryString(after, "SELECT 1"));
        }
    }

    @Test
    void brokerOutageCutsClientsOffUntilRestored() {
        try (Admin admin = admin()) {
            try (TcpProxy.Outage outage = TestInfrastructure.kafkaProxy().outage()) {
                assertThrows(Exception.class, () -> admin.describeCluster().nodes().get(2, TimeUnit.SECONDS));
            }
            Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                    .until(() -> !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty());
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestInfrastructure.jdbcUrl(DATABASE), TestInfrastructure.username(),
                TestInfrastructure.password());
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000"));
    }

    private static void createTopic(String topic) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all()
                    .get(10, TimeUnit.SECONDS);
        }
    }

    private static void produce(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        }
    }
}
