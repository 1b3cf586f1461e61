package io.implementa.notification.webhook;

import io.implementa.notification.NotificationConfig;
import io.implementa.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Keeps webhook and chat targets out of the service's own network (SSRF): an https URL without credentials whose
 * host resolves to public addresses only: no loopback, link-local (cloud metadata 169.254.169.254 included),
 * private, carrier-grade NAT, unique-local or multicast address. {@code implementa.notification
 * .allow-private-targets} lifts this (and allows plain http), for tests and closed networks only. Checked when a
 * target is registered and again before every attempt, since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class TargetGuard {

    private final boolean allowPrivate;

    @Inject
    public TargetGuard(NotificationConfig config) {
        this(config.allowPrivateTargets());
    }

    public TargetGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL, if it is an acceptable target; else a 422 naming the field. */
    public URI require(String field, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ProblemException.Unprocessable(field, "must be a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        boolean schemeAllowed = scheme.equals("https") || allowPrivate && scheme.equals("http");
        if (!schemeAllowed || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new ProblemException.Unprocessable(field, "must be an https URL without credentials");
        }
        if (!allowPrivate) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException e) {
                throw new ProblemException.Unprocessable(field, "host " + uri.getHost() + " does not resolve");
            }
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new ProblemException.Unprocessable(field, "host " + uri.getHost()
                            + " resolves to an internal address; only public targets are allowed");
                }
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second <= 127 // carrier-grade NAT
                    || first == 192 && second == 0 && (bytes[2] & 0xff) == 0; // IETF protocol assignments
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7 (AWS metadata fd00:ec2::254 among them)
        }
        return false;
    }
}
