package org.parkloop.registry.enterprise;

import java.math.BigDecimal;

/**
 * An enterprise in a park. {@code demo} marks the fictional enterprises of the demo data; {@code version} is the
 * record's optimistic lock (also the {@code ETag}).
 */
public record Enterprise(String creditCode, String name, String parkCode, String industryCode, String address,
		BigDecimal latitude, BigDecimal longitude, EnterpriseSize size, boolean demo, long version)
		implements org.parkloop.shared.Versioned {
}
