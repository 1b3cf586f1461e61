package io.implementa.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpProxyTest {

    private ServerSocket echoServer;
    private TcpProxy proxy;

    @BeforeEach
    void startEchoServerBehindProxy() throws IOException {
        echoServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::echoConnections, "echo-server");
        acceptor.setDaemon(true);
        acceptor.start();
        proxy = TcpProxy.start("127.0.0.1", echoServer.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echoServer.close();
    }

    @Test
    void forwardsBytesBothWays() throws IOException {
        try (Connection connection = new Connection(proxy)) {
            assertEquals("hello", connection.roundTrip("hello"));
            assertEquals("again", connection.roundTrip("again"));
        }
    }

    @Test
    void cutResetsOpenConnectionsAndRefusesNewOnes() throws IOException {
        try (Connection connection = new Connection(proxy)) {
            assertEquals("before", connection.roundTrip("before"));

            proxy.cut();

            assertTrue(proxy.isCut());
            assertThrows(IOException.class, () -> connection.roundTrip("during"));
            assertThrows(ConnectException.class, () -> new Connection(proxy));
        }
    }

    @Test
    void restoreListensAgainOnTheSamePort() throws IOException {
        int port = proxy.port();
        proxy.cut();

        proxy.restore();

        assertFalse(proxy.isCut());
        assertEquals(port, proxy.port());
        try (Connection connection = new Connection(proxy)) {
            assertEquals("after", connection.roundTrip("after"));
        }
    }

    @Test
    void outageEndsWhenClosed() throws IOException {
        try (TcpProxy.Outage outage = proxy.outage()) {
            assertThrows(ConnectException.class, () -> new Connection(proxy));
        }
        try (Connection connection = new Connection(proxy)) {
            assertEquals("restored", connection.roundTrip("restored"));
        }
    }

    private void echoConnections() {
        while (!echoServer.isClosed()) {
            try {
                Socket socket = echoServer.accept();
                Thread echo = new Thread(() -> echo(socket), "echo");
                echo.setDaemon(true);
                echo.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void echo(Socket socket) {
        try (socket) {
            socket.getInputStream().transferTo(socket.getOutputStream());
        } catch (IOException e) {
            // The client went away; nothing left to echo.
        }
    }

    /** A line-based client: what it writes comes back from the echo server. */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final PrintWriter out;
        private final BufferedReader in;

        Connection(TcpProxy proxy) throws IOException {
            socket = new Socket(proxy.host(), proxy.port());
            socket.setSoTimeout(5_000);
            out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        }

        String roundTrip(String line) throws IOException {
            out.println(line);
            if (out.checkError()) {
                throw new IOException("write failed");
            }
            String answer = in.readLine();
            if (answer == null) {
                throw new IOException("connection closed");
            }
            return answer;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
