package org.parkloop.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real client behind trusted proxies: the header is read from the right; what a client wrote is never believed. */
class ClientAddressTest {

	ClientAddress proxies = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.10", "2001:db8::/32"));

	@Test
	void withoutTrustedProxiesTheHeaderIsIgnored() {
		assertThat(new ClientAddress(List.of()).of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
		assertThat(new ClientAddress(List.of("")).of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
	}

	@Test
	void aPeerThatIsNoTrustedProxyIsTheClient() {
		assertThat(proxies.of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
	}

	@Test
	void behindTrustedProxiesTheFirstUntrustedFromTheRight() {
		assertThat(proxies.of("10.1.2.3", "203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(proxies.of("10.1.2.3", "203.0.113.7, 192.168.1.10")).isEqualTo("203.0.113.7");
		// a client that writes an address of its own in front is still itself
		assertThat(proxies.of("10.1.2.3", "198.51.100.1, 203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(proxies.of("2001:db8::1", "2001:db8::2, 2400:cb00::1")).isEqualTo("2400:cb00::1");
		// only proxies: the leftmost
		assertThat(proxies.of("10.1.2.3", "10.9.9.9, 192.168.1.10")).isEqualTo("10.9.9.9");
		assertThat(proxies.of("10.1.2.3", null)).isEqualTo("10.1.2.3");
		// garbage in the header is not an address: the hop after it (the proxy that saw it) is the client
		assertThat(proxies.of("10.1.2.3", "evil.example, 192.168.1.10")).isEqualTo("192.168.1.10");
		assertThat(proxies.of("10.1.2.3", "evil.example")).isEqualTo("10.1.2.3");
		assertThat(proxies.of("192.168.1.11", "198.51.100.1")).isEqualTo("192.168.1.11");
	}

	@Test
	void aMalformedProxyEntryIsRefusedAtStart() {
		assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example"))).hasMessageContaining("not an address");
		assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).hasMessageContaining("prefix");
	}
}
