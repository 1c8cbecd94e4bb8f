package org.parkloop.identity.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.parkloop.platform.RowVersions;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Versioned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} and {@code user_grant} tables. */
@Repository
public class UserAccounts {

	/** Five failed sign-ins in a row lock an account for fifteen minutes. */
	static final int MAX_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final RowVersions versions;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.versions = new RowVersions(jdbc, "app_user", "username");
	}

	/** An account; {@code version} is its optimistic lock (also the {@code ETag}). */
	public record Account(String username, String displayName, boolean enabled, Instant lockedUntil,
			Set<Grant> grants, long version) implements Versioned {
	}

	/** Every change of an account by an administrator starts here, in its transaction (see {@link RowVersions}). */
	long claim(String username, ExpectedVersion expected) {
		return versions.claim(username, expected, () -> new NotFound("user.notFound", username));
	}

	Optional<ParkLoopUser> load(String username) {
		return jdbc.sql("""
				select username, password_hash, display_name, enabled, locked_until, must_change_password
				from app_user where username = ?""")
			.param(username)
			.query((rs, n) -> new ParkLoopUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					instant(rs.getTimestamp(5)), grants(username), rs.getBoolean(6)))
			.optional();
	}

	public boolean exists(String username) {
		return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class).single() > 0;
	}

	public List<Account> all() {
		return jdbc.sql("select username, display_name, enabled, locked_until, version from app_user order by username")
			.query((rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3), instant(rs.getTimestamp(4)),
					grants(rs.getString(1)), rs.getLong(5)))
			.list();
	}

	public Optional<Account> find(String username) {
		return all().stream().filter(a -> a.username().equals(username)).findFirst();
	}

	Set<Grant> grants(String username) {
		return new HashSet<>(jdbc.sql("select role, scope from user_grant where username = ? order by role, scope")
			.param(username)
			.query((rs, n) -> new Grant(Role.valueOf(rs.getString(1)), rs.getString(2)))
			.list());
	}

	public void create(String username, String displayName, String passwordHash, Set<Grant> grants) {
		jdbc.sql("insert into app_user (username, display_name, password_hash, enabled) values (?, ?, ?, true)")
			.params(username, displayName, passwordHash)
			.update();
		grants.forEach(g -> addGrant(username, g));
	}

	void addGrant(String username, Grant g) {
		jdbc.sql("insert into user_grant (username, role, scope) values (?, ?, ?) on conflict do nothing")
			.params(username, g.role().name(), g.scope())
			.update();
	}

	public void setPassword(String username, String passwordHash) {
		jdbc.sql("""
				update app_user set password_hash = ?, password_changed_at = now(), failed_attempts = 0, locked_until = null,
				       must_change_password = false
				where username = ?""")
			.params(passwordHash, username)
			.update();
	}

	/** A password set by an administrator: the user must change it at the next sign-in; their sessions end. */
	void resetPassword(String username, String passwordHash) {
		jdbc.sql("""
				update app_user set password_hash = ?, password_changed_at = now(), failed_attempts = 0, locked_until = null,
				       must_change_password = true
				where username = ?""")
			.params(passwordHash, username)
			.update();
		endSessions(username);
	}

	boolean mustChangePassword(String username) {
		return jdbc.sql("select must_change_password from app_user where username = ?").param(username)
			.query(Boolean.class).optional().orElse(false);
	}

	/** The user's grants replaced; their sessions end, so that the new grants apply at once. */
	void replaceGrants(String username, Set<Grant> grants) {
		jdbc.sql("delete from user_grant where username = ?").param(username).update();
		grants.forEach(g -> addGrant(username, g));
		endSessions(username);
	}

	/** Signs the user out everywhere (sessions are kept in the database). */
	private void endSessions(String username) {
		jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
	}

	public String passwordHash(String username) {
		return jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class).single();
	}

	void setEnabled(String username, boolean enabled) {
		jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, username).update();
	}

	/** Counts a failed sign-in; the fifth in a row locks the account. */
	void failed(String username) {
		jdbc.sql("""
				update app_user set failed_attempts = failed_attempts + 1,
				       locked_until = case when failed_attempts + 1 >= ? then now() + make_interval(mins => ?) else locked_until end
				where username = ?""")
			.params(MAX_FAILURES, (int) LOCK.toMinutes(), username)
			.update();
	}

	/** A lock that has run out starts a new count of failures. */
	void resetExpiredLock(String username) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ? and locked_until < now()")
			.param(username)
			.update();
	}

	void succeeded(String username) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ?").param(username).update();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
