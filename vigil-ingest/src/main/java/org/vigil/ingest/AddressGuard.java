package org.vigil.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/** Which feed addresses may be fetched: HTTP(S) only, and only public hosts unless private ones are allowed. */
final class AddressGuard {
    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Checks the scheme and every address the host resolves to; returns the reason it is refused, or null. */
    String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https feeds can be fetched (scheme '" + scheme + "')";
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return "no host in the address";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "unreachable: unknown host " + host;
        }
        if (allowPrivate) {
            return null;
        }
        for (InetAddress address : addresses) {
            String kind = nonPublicKind(address);
            if (kind != null) {
                return "refused: " + host + " resolves to " + kind + " address " + address.getHostAddress()
                        + " (private addresses are not fetched unless allowed)";
            }
        }
        return null;
    }

    /** What kind of non-public address it is, or null for a public one. */
    static String nonPublicKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "a loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "an any-local";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "a private (site-local)";
        }
        if (address.isMulticastAddress()) {
            return "a multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return "a unique-local IPv6";
            }
            if (isMappedOrCompatibleV4(b)) {
                try {
                    InetAddress v4 = InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                    return nonPublicKind(v4);
                } catch (UnknownHostException e) {
                    return "an unparseable";
                }
            }
        } else {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0) {
                return "a 'this network'";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a carrier-grade NAT";
            }
        }
        return null;
    }

    private static boolean isMappedOrCompatibleV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) || (b[10] == 0 && b[11] == 0);
    }
}
