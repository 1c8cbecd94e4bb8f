package org.parkloop.registry;

/**
 * Whether a user name belongs to an EXPERT user (for the experts' profiles the registry keeps) or a CONSULTANT user
 * (for the consultancies' members). The identity module provides it (the registry does not depend on identity).
 */
public interface ExpertDirectory {

	boolean isExpert(String username);

	boolean isConsultant(String username);
}
