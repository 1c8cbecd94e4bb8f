package org.parkloop.identity.account;

import org.parkloop.registry.ExpertDirectory;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Component;

/** The registry's question whether a user is an expert, answered from the accounts. */
@Component
class ExpertUsers implements ExpertDirectory {

	private final UserAccounts accounts;

	ExpertUsers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean isExpert(String username) {
		return accounts.find(username).map(a -> a.grants().stream().anyMatch(g -> g.role() == Role.EXPERT))
			.orElse(false);
	}
}
