package org.parkloop.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail (R18: the city's decisions must be traceable): every write records who, when, from where, what
 * (entity and id) and a summary. The table is append-only: the database refuses updates and deletes (V6 migration).
 * A record joins the caller's transaction, so a write that rolls back leaves no record either.
 */
@Component
public class Audit {

	/** One recorded write. */
	public record Event(long id, java.time.Instant at, String username, String address, String action, String entity,
			String entityId, String summary) {
	}

	/** Filters for browsing; null fields are not filtered on. */
	public record Filter(String username, String entity, String entityId, java.time.LocalDate from,
			java.time.LocalDate to) {
	}

	private final JdbcClient jdbc;
	private final CurrentCaller caller;

	Audit(JdbcClient jdbc, CurrentCaller caller) {
		this.jdbc = jdbc;
		this.caller = caller;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entity, String entityId, String summary) {
		recordAs(caller.get().username(), action, entity, entityId, summary);
	}

	/** For writes made before anyone is signed in (self-registration, start-up). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAs(String username, String action, String entity, String entityId, String summary) {
		jdbc.sql("""
				insert into audit_event (username, address, action, entity, entity_id, summary)
				values (?, ?, ?, ?, ?, ?)""")
			.params(username == null ? "-" : username, clientAddress(), action, entity, entityId,
					summary == null ? null : summary.length() > 4000 ? summary.substring(0, 4000) : summary)
			.update();
	}

	public List<Event> find(Filter f, int offset, int limit) {
		Map<String, Object> p = params(f);
		return jdbc.sql("select id, at, username, address, action, entity, entity_id, summary from audit_event where "
				+ where(f, p) + " order by id desc limit :limit offset :offset")
			.params(p)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	public long count(Filter f) {
		Map<String, Object> p = params(f);
		return jdbc.sql("select count(*) from audit_event where " + where(f, p)).params(p).query(Long.class).single();
	}

	private static Map<String, Object> params(Filter f) {
		Map<String, Object> p = new HashMap<>();
		p.put("username", f.username());
		p.put("entity", f.entity());
		p.put("entityId", f.entityId());
		p.put("from", f.from());
		p.put("to", f.to() == null ? null : f.to().plusDays(1));
		return p;
	}

	private static String where(Filter f, Map<String, Object> p) {
		List<String> c = new ArrayList<>();
		c.add("true");
		if (f.username() != null) {
			c.add("username = :username");
		}
		if (f.entity() != null) {
			c.add("entity = :entity");
		}
		if (f.entityId() != null) {
			c.add("entity_id = :entityId");
		}
		if (f.from() != null) {
			c.add("at >= cast(:from as date)");
		}
		if (f.to() != null) {
			c.add("at < cast(:to as date)");
		}
		return String.join(" and ", c);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
			HttpServletRequest request = a.getRequest();
			return request.getRemoteAddr();
		}
		return "-";
	}
}
