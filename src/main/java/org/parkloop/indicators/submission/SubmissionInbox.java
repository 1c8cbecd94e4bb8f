package org.parkloop.indicators.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.InboxItem;
import org.parkloop.platform.InboxSource;
import org.parkloop.platform.Messages;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What waits for the caller: submissions to review (the park, CITY), returned ones to revise (who entered them). */
@Component
class SubmissionInbox implements InboxSource {

	private final Submissions submissions;
	private final EnterpriseRegistry enterprises;
	private final ParkCatalog parks;
	private final Messages messages;

	SubmissionInbox(Submissions submissions, EnterpriseRegistry enterprises, ParkCatalog parks, Messages messages) {
		this.submissions = submissions;
		this.enterprises = enterprises;
		this.parks = parks;
		this.messages = messages;
	}

	@Override
	public List<InboxItem> itemsFor(Caller caller) {
		if (!caller.has(Role.ENTERPRISE) && !caller.has(Role.PARK) && !caller.has(Role.CITY)) {
			return List.of();
		}
		List<Submission> waiting = new ArrayList<>();
		submissions.list(new SubmissionStore.Filter(null, null, null, Submission.Status.SUBMITTED, null), 200).stream()
			.filter(submissions::mayDecide).forEach(waiting::add);
		submissions.list(new SubmissionStore.Filter(null, null, null, Submission.Status.RETURNED, null), 200).stream()
			.filter(submissions::mayEnter).forEach(waiting::add);
		Map<String, EnterpriseRegistry.Profile> names = enterprises.profiles(
				waiting.stream().map(Submission::creditCode).filter(java.util.Objects::nonNull).toList());
		return waiting.stream().map(s -> {
			String subject = s.parkLevel()
					? messages.get("submission.parkOwn", parks.find(s.parkCode()).map(p -> p.name(LocaleContextHolder.getLocale())).orElse(s.parkCode()))
					: names.containsKey(s.creditCode()) ? names.get(s.creditCode()).name() : s.creditCode();
			boolean review = s.status() == Submission.Status.SUBMITTED;
			return new InboxItem("indicators.submission",
					messages.get(review ? "inbox.submission.review" : "inbox.submission.returned", subject, s.year()),
					review ? messages.get("inbox.submission.revision", s.revision()) : s.comment(),
					"/indicators/submissions/" + s.id(), null);
		}).toList();
	}
}
