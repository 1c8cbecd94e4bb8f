package org.parkloop.identity.registration;

import java.util.List;

import org.parkloop.platform.InboxItem;
import org.parkloop.platform.InboxSource;
import org.parkloop.platform.Messages;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Component;

/** Enterprise registrations that wait for the caller's decision (a PARK user of their park, or CITY). */
@Component
class RegistrationInbox implements InboxSource {

	private final Registrations registrations;
	private final Messages messages;

	RegistrationInbox(Registrations registrations, Messages messages) {
		this.registrations = registrations;
		this.messages = messages;
	}

	@Override
	public List<InboxItem> itemsFor(Caller caller) {
		if (!caller.has(Role.PARK) && !caller.has(Role.CITY)) {
			return List.of();
		}
		return registrations.pending().stream()
			.map(r -> new InboxItem("registration", messages.get("inbox.registration", r.name()),
					messages.get("inbox.registration.detail", r.contactName(), r.contactPhone()), "/registrations", null))
			.toList();
	}
}
