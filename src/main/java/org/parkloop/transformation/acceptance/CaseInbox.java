package org.parkloop.transformation.acceptance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.parkloop.platform.InboxItem;
import org.parkloop.platform.InboxSource;
import org.parkloop.platform.Messages;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the case waits for, in the next actor's inbox (R14-R17): CITY assigns experts, concludes and decides, records
 * the province's and the state's decisions and the acceptance decisions; an assigned expert reviews; the park's
 * office submits a draft and revises a returned plan.
 */
@Component
class CaseInbox implements InboxSource {

	private final JdbcClient jdbc;
	private final ParkCatalog parks;
	private final Messages messages;

	CaseInbox(JdbcClient jdbc, ParkCatalog parks, Messages messages) {
		this.jdbc = jdbc;
		this.parks = parks;
		this.messages = messages;
	}

	private record Waiting(long id, String parkCode, String key) {
	}

	@Override
	public List<InboxItem> itemsFor(Caller caller) {
		List<Waiting> waiting = new ArrayList<>();
		if (caller.has(Role.CITY)) {
			waiting.addAll(jdbc.sql("""
					select p.id, p.park_code, case
					    when p.route <> 'CITY' then 'inbox.plan.external'
					    when p.status = 'SUBMITTED' then 'inbox.plan.assign'
					    else 'inbox.plan.decide' end
					from plan p where (p.status = 'SUBMITTED' and p.route = 'CITY') or (p.status = 'UNDER_REVIEW' and
					    (p.route <> 'CITY' or not exists (select 1 from plan_expert e where e.plan_id = p.id and e.reviewed_at is null)))
					order by p.id""").query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
			waiting.addAll(jdbc.sql("""
					select id, park_code, 'inbox.acceptance.decide' from acceptance_application
					where status in ('SUBMITTED', 'PRELIMINARY_PASSED') order by id""")
				.query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
		}
		if (caller.has(Role.EXPERT) && caller.username() != null) {
			waiting.addAll(jdbc.sql("""
					select p.id, p.park_code, 'inbox.plan.review' from plan p join plan_expert e on e.plan_id = p.id
					where p.status = 'UNDER_REVIEW' and e.username = ? and e.reviewed_at is null order by p.id""")
				.param(caller.username()).query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
		}
		Set<String> offices = caller.scopes(Role.PARK);
		if (!offices.isEmpty()) {
			waiting.addAll(jdbc.sql("""
					select id, park_code, case status when 'DRAFT' then 'inbox.plan.submit' else 'inbox.plan.revise' end
					from plan where status in ('DRAFT', 'RETURNED') and park_code = any(?) order by id""")
				.param(offices.toArray(String[]::new))
				.query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
		}
		return waiting.stream().map(w -> new InboxItem(w.key().startsWith("inbox.acceptance") ? "transformation.acceptance"
				: "transformation.plan", messages.get(w.key(), name(w.parkCode())), null,
				w.key().startsWith("inbox.acceptance") ? "/parks/" + w.parkCode() + "/case" : "/plans/" + w.id(), null))
			.toList();
	}

	private String name(String parkCode) {
		return parks.find(parkCode).map(p -> p.name(LocaleContextHolder.getLocale())).orElse(parkCode);
	}
}
