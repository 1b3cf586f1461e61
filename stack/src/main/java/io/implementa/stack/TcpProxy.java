package io.implementa.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP forwarder (local port to a target host and port) that tests can {@link #cut()}
 * and {@link #restore()}, to simulate a broker or database outage without stopping the servers
 * that all the tests share.
 *
 * <p>While cut, the port does not listen at all, so clients see "connection refused" at once
 * (as with a crashed server) instead of hanging; established connections are reset.
 * {@link #restore()} listens again on the same port, so clients reconnect on their own.
 */
public final class TcpProxy implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int BUFFER_SIZE = 16 * 1024;
    private static final int THREAD_END_TIMEOUT_MILLIS = 5_000;
    private static final AtomicInteger THREAD_COUNTER = new AtomicInteger();

    private final InetAddress listenAddress = InetAddress.getLoopbackAddress();
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private int port;
    private ServerSocket serverSocket;
    private Thread acceptThread;
    private boolean closed;

    private TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** Starts forwarding from a free loopback port to {@code targetHost:targetPort}. */
    public static TcpProxy start(String targetHost, int targetPort) {
        return start(0, targetHost, targetPort);
    }

    /**
     * Starts forwarding from loopback {@code listenPort} (0 for a free one) to the target. The
     * target need not be up yet: connections made before it is fail and are closed.
     */
    public static TcpProxy start(int listenPort, String targetHost, int targetPort) {
        TcpProxy proxy = new TcpProxy(targetHost, targetPort);
        proxy.port = listenPort;
        proxy.listen();
        return proxy;
    }

    /** The host clients connect to. */
    public String host() {
        return listenAddress.getHostAddress();
    }

    /** The port clients connect to; it stays the same across {@link #cut()} and {@link #restore()}. */
    public synchronized int port() {
        return port;
    }

    /** {@code host:port} as clients use it, e.g. in {@code bootstrap.servers}. */
    public String address() {
        return host() + ":" + port();
    }

    public synchronized boolean isCut() {
        return serverSocket == null;
    }

    /** Resets every open connection and stops listening until {@link #restore()}. */
    public synchronized void cut() {
        if (serverSocket != null) {
            closeQuietly(serverSocket);
            serverSocket = null;
            awaitAcceptThreadEnd();
        }
        openSockets.forEach(TcpProxy::reset);
        openSockets.clear();
    }

    /**
     * The kernel keeps a listening socket, and so keeps completing new connections, until the
     * thread blocked in accept() on it has returned; only then is the port really closed.
     */
    private void awaitAcceptThreadEnd() {
        try {
            acceptThread.join(THREAD_END_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Listens again on the same port; does nothing if not cut. */
    public synchronized void restore() {
        if (closed) {
            throw new IllegalStateException("Proxy " + address() + " is closed");
        }
        if (serverSocket == null) {
            listen();
        }
    }

    /**
     * Cuts the proxy until the returned handle is closed, so that a test restores it even
     * when it fails: {@code try (var outage = proxy.outage()) { ... }}.
     */
    public Outage outage() {
        cut();
        return this::restore;
    }

    /** An outage in progress; closing it ends the outage. */
    @FunctionalInterface
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public synchronized void close() {
        closed = true;
        cut();
    }

    private void listen() {
        try {
            ServerSocket socket = new ServerSocket();
            // Without it the port stays blocked after cut() while old connections linger in TIME_WAIT.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(listenAddress, port));
            port = socket.getLocalPort();
            serverSocket = socket;
            acceptThread = daemon("accept", () -> acceptLoop(socket));
            acceptThread.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Proxy could not listen on port " + port, e);
        }
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                openSockets.add(client);
                if (socket.isClosed()) {
                    // Accepted just as cut() ran: that connection belongs to the outage.
                    reset(client);
                    continue;
                }
                daemon("connect", () -> connect(client)).start();
            } catch (IOException e) {
                // The socket was closed by cut() or close(); the loop condition ends us.
            }
        }
    }

    private void connect(Socket client) {
        Socket target = new Socket();
        openSockets.add(target);
        try {
            target.connect(new InetSocketAddress(targetHost, targetPort), CONNECT_TIMEOUT_MILLIS);
            client.setTcpNoDelay(true);
            target.setTcpNoDelay(true);
        } catch (IOException e) {
            new Link(client, target).close();
            return;
        }
        Link link = new Link(client, target);
        daemon("upstream", () -> link.pump(client, target)).start();
        link.pump(target, client);
    }

    /** One proxied connection: a client socket, its target socket, and the two directions between them. */
    private final class Link {
        private final Socket client;
        private final Socket target;
        private final AtomicInteger finishedDirections = new AtomicInteger();

        Link(Socket client, Socket target) {
            this.client = client;
            this.target = target;
        }

        /** Copies bytes one way; end of input is passed on as a half-close, as TCP does. */
        void pump(Socket from, Socket to) {
            byte[] buffer = new byte[BUFFER_SIZE];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
                to.shutdownOutput();
                if (finishedDirections.incrementAndGet() == 2) {
                    close();
                }
            } catch (IOException e) {
                close();
            }
        }

        void close() {
            closeQuietly(client);
            closeQuietly(target);
            openSockets.remove(client);
            openSockets.remove(target);
        }
    }

    /** Closes with a TCP reset, as a broken network does, rather than an orderly goodbye. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException e) {
            // Already closed: nothing to reset.
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing is best effort: the socket is being thrown away either way.
        }
    }

    private Thread daemon(String role, Runnable task) {
        Thread thread = new Thread(task, "tcp-proxy-" + port + "-" + role + "-" + THREAD_COUNTER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public String toString() {
        return "TcpProxy[" + address() + " -> " + targetHost + ":" + targetPort + (isCut() ? ", cut" : "") + "]";
    }
}
