package org.parkloop.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The real client's address of a request that may have come through proxies: the connection's peer, unless it is one
 * of the configured trusted proxies ({@code parkloop.trusted-proxies}: addresses or CIDR blocks), in which case the
 * {@code X-Forwarded-For} chain is read from the right, skipping trusted proxies, and the first address not trusted is
 * the client. An address a client wrote itself (further left) is never believed; without trusted proxies the header is
 * ignored altogether.
 */
public final class ClientAddress {

	/** A trusted proxy: an address, or a block of them. */
	record Block(byte[] network, int bits) {

		boolean contains(byte[] address) {
			if (address.length != network.length) {
				return false;
			}
			for (int i = 0; i < bits; i++) {
				int mask = 0x80 >> (i % 8);
				if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
					return false;
				}
			}
			return true;
		}
	}

	private final List<Block> trusted;

	/** From the configured list ("10.0.0.0/8", "192.168.1.10", "::1"); a malformed entry is refused at start-up. */
	public ClientAddress(List<String> trustedProxies) {
		this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(ClientAddress::block).toList();
	}

	/** The client's address, as text. */
	public String of(String remoteAddress, String forwardedFor) {
		if (!isTrusted(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
			return remoteAddress;
		}
		String[] hops = forwardedFor.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (literal(hop).isEmpty()) {
				return i == hops.length - 1 ? remoteAddress : hops[i + 1].strip();
			}
			if (!isTrusted(hop)) {
				return hop;
			}
		}
		return hops[0].strip();
	}

	private boolean isTrusted(String address) {
		return literal(address).map(a -> trusted.stream().anyMatch(b -> b.contains(a))).orElse(false);
	}

	private static Block block(String entry) {
		String[] parts = entry.split("/", 2);
		byte[] network = literal(parts[0])
			.orElseThrow(() -> new IllegalArgumentException("parkloop.trusted-proxies: not an address: " + entry));
		int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
		if (bits < 0 || bits > network.length * 8) {
			throw new IllegalArgumentException("parkloop.trusted-proxies: bad prefix length: " + entry);
		}
		return new Block(network, bits);
	}

	/** The bytes of an IPv4 or IPv6 literal (never looked up by name), or empty. */
	static Optional<byte[]> literal(String text) {
		if (text == null || text.isEmpty() || text.length() > 45 || !text.matches("[0-9a-fA-F:.]+")
				|| !(text.contains(":") || text.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(text).getAddress());
		}
		catch (UnknownHostException e) {
			return Optional.empty();
		}
	}
}
