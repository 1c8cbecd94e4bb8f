package org.parkloop.identity.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.parkloop.platform.Audit;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for machine clients (an enterprise's ERP uploading its data). A token is created by a user for itself,
 * shown once, kept only as a SHA-256 hash (it is 190 random bits, so a fast hash is enough), carries that user's roles
 * and scopes, expires, and can be revoked.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "plk_";
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
	/** The longest a token may live. */
	static final int MAX_DAYS = 366;

	private final JdbcClient jdbc;
	private final Audit audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, Audit audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public record Token(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant revokedAt,
			Instant lastUsedAt) {

		public boolean active(Instant now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}

	}

	/** A new token: its secret is in {@code secret} and nowhere else. */
	public record Created(Token token, String secret) {
	}

	@Transactional
	public Created create(String username, String name, LocalDate expires) {
		LocalDate today = LocalDate.now(clock);
		if (name == null || name.isBlank()) {
			throw new InvalidInput(List.of(new FieldProblem("name", "validation.required")));
		}
		org.parkloop.platform.Inputs.text("name", name.trim(), 100);
		if (expires == null || !expires.isAfter(today) || expires.isAfter(today.plusDays(MAX_DAYS))) {
			throw new InvalidInput(List.of(new FieldProblem("expires", "token.expiry", MAX_DAYS)));
		}
		StringBuilder secret = new StringBuilder(PREFIX);
		for (int i = 0; i < 32; i++) {
			secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		Instant expiresAt = expires.atStartOfDay(clock.getZone()).toInstant();
		long id = jdbc.sql("""
				insert into api_token (username, name, token_hash, prefix, expires_at) values (?, ?, ?, ?, ?) returning id""")
			.params(username, name.trim(), hash(secret.toString()), secret.substring(0, 8), Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
		audit.record("CREATE", "api_token", Long.toString(id), "name=" + name.trim() + ", expires=" + expires);
		return new Created(find(username, id).orElseThrow(), secret.toString());
	}

	public List<Token> of(String username) {
		return jdbc.sql("select id, name, prefix, created_at, expires_at, revoked_at, last_used_at from api_token "
				+ "where username = ? order by id desc")
			.param(username)
			.query((rs, n) -> new Token(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))))
			.list();
	}

	private Optional<Token> find(String username, long id) {
		return of(username).stream().filter(t -> t.id() == id).findFirst();
	}

	/** Only the token's owner can revoke it; another user's token is "not found". */
	@Transactional
	public void revoke(String username, long id) {
		int n = jdbc.sql("update api_token set revoked_at = now() where id = ? and username = ? and revoked_at is null")
			.params(id, username)
			.update();
		if (n == 0 && find(username, id).isEmpty()) {
			throw new NotFound("token.notFound", id);
		}
		audit.record("REVOKE", "api_token", Long.toString(id), null);
	}

	/** The user name a presented token stands for, if it is known, unrevoked and unexpired. */
	@Transactional
	public Optional<String> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update api_token set last_used_at = now()
				where token_hash = ? and revoked_at is null and expires_at > ?
				returning username""")
			.params(hash(secret), Timestamp.from(clock.instant()))
			.query(String.class)
			.optional();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
