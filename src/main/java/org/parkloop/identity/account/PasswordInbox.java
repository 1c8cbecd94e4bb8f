package org.parkloop.identity.account;

import java.util.List;

import org.parkloop.platform.InboxItem;
import org.parkloop.platform.InboxSource;
import org.parkloop.platform.Messages;
import org.parkloop.shared.Caller;
import org.springframework.stereotype.Component;

/** A password an administrator reset waits to be changed. */
@Component
class PasswordInbox implements InboxSource {

	private final UserAccounts accounts;
	private final Messages messages;

	PasswordInbox(UserAccounts accounts, Messages messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public List<InboxItem> itemsFor(Caller caller) {
		return accounts.mustChangePassword(caller.username())
				? List.of(new InboxItem("password", messages.get("inbox.password"), null, "/account", null)) : List.of();
	}
}
