package org.parkloop.identity.account;

import org.parkloop.registry.ExpertDirectory;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Component;

/** The registry's question whether a user is an expert or a consultant, answered from the accounts. */
@Component
class ExpertUsers implements ExpertDirectory {

	private final UserAccounts accounts;

	ExpertUsers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean isExpert(String username) {
		return has(username, Role.EXPERT);
	}

	@Override
	public boolean isConsultant(String username) {
		return has(username, Role.CONSULTANT);
	}

	private boolean has(String username, Role role) {
		return accounts.find(username).map(a -> a.grants().stream().anyMatch(g -> g.role() == role)).orElse(false);
	}
}
