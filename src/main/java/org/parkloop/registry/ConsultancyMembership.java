package org.parkloop.registry;

import java.util.Optional;

/** Which consultancy a CONSULTANT user works for (linked by CITY), for the plans its users may draft (R14). */
public interface ConsultancyMembership {

	Optional<String> consultancyOf(String username);
}
