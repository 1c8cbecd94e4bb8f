package org.parkloop.identity.account;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Caller;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.Grant;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: ADMIN and CITY create them (only ADMIN grants ADMIN), ADMIN disables and enables them, and every user
 * changes their own password.
 */
@Service
@Transactional(readOnly = true)
public class UserAdministration {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	/** What an administrator sends to create an account. */
	public record NewUser(@Size(max = 64) String username, @Size(max = 100) String displayName,
			@Size(max = 200) String password, @Size(max = 20) List<@Size(max = 120) String> grants) {
	}

	private final UserAccounts accounts;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final CurrentCaller callers;
	private final ParkCatalog parks;
	private final EnterpriseRegistry enterprises;
	private final Audit audit;

	UserAdministration(UserAccounts accounts, PasswordPolicy policy, PasswordEncoder encoder, CurrentCaller callers,
			ParkCatalog parks, EnterpriseRegistry enterprises, Audit audit) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.callers = callers;
		this.parks = parks;
		this.enterprises = enterprises;
		this.audit = audit;
	}

	public List<UserAccounts.Account> all() {
		checkAdministers();
		return accounts.all();
	}

	public UserAccounts.Account get(String username) {
		checkAdministers();
		return accounts.find(username).orElseThrow(() -> new NotFound("user.notFound", username));
	}

	public void checkAdministers() {
		Caller c = callers.get();
		if (!c.has(Role.ADMIN) && !c.has(Role.CITY)) {
			throw new Forbidden("access.users");
		}
	}

	@Transactional
	public UserAccounts.Account create(NewUser user) {
		checkAdministers();
		org.parkloop.platform.Inputs.check(user);
		List<FieldProblem> problems = new ArrayList<>();
		String username = user.username() == null ? null : user.username().trim();
		if (username == null || !USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "user.username.pattern", username == null ? "" : username));
		}
		else if (accounts.exists(username)) {
			problems.add(new FieldProblem("username", "user.username.exists", username));
		}
		problems.addAll(policy.check(user.password(), username, "password"));
		Set<Grant> grants = grants(user.grants(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		accounts.create(username, user.displayName(), encoder.encode(user.password()), grants);
		audit.record("CREATE", "user", username, "grants=" + grants);
		return accounts.find(username).orElseThrow();
	}

	/** Reads "PARK:wz-etdz" and checks that the scope exists and that the caller may grant the role. */
	private Set<Grant> grants(List<String> texts, List<FieldProblem> problems) {
		Set<Grant> grants = new LinkedHashSet<>();
		if (texts == null || texts.isEmpty()) {
			problems.add(new FieldProblem("grants", "user.grants.none"));
			return grants;
		}
		for (String text : texts) {
			if (text == null || text.isBlank()) {
				continue;
			}
			Grant g;
			try {
				g = Grant.parse(text);
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem("grants", "user.grant.unknown", text));
				continue;
			}
			String problem = problem(g);
			if (problem != null) {
				problems.add(new FieldProblem("grants", problem, text));
			}
			else {
				grants.add(new Grant(g.role(), g.role().scoped() ? g.scope() : null));
			}
		}
		if (grants.isEmpty() && problems.isEmpty()) {
			problems.add(new FieldProblem("grants", "user.grants.none"));
		}
		return grants;
	}

	private String problem(Grant g) {
		if (g.role() == Role.ADMIN && !callers.get().has(Role.ADMIN)) {
			return "user.grant.adminOnly";
		}
		if (!g.role().scoped()) {
			return g.scope() == null ? null : "user.grant.noScope";
		}
		if (g.scope() == null || g.scope().isBlank()) {
			return "user.grant.scopeMissing";
		}
		return switch (g.role()) {
			case PARK, CONSULTANT -> parks.find(g.scope()).isPresent() ? null : "user.grant.unknownPark";
			case COUNTY -> parks.all().stream().map(ParkView::administeredBy).anyMatch(g.scope()::equals) ? null
					: "user.grant.unknownUnit";
			case ENTERPRISE -> enterprises.exists(g.scope()) ? null : "user.grant.unknownEnterprise";
			default -> null;
		};
	}

	@Transactional
	public void setEnabled(String username, boolean enabled) {
		if (!callers.get().has(Role.ADMIN)) {
			throw new Forbidden("access.disableUsers");
		}
		if (!accounts.exists(username)) {
			throw new NotFound("user.notFound", username);
		}
		if (!enabled && username.equals(callers.get().username())) {
			throw new InvalidInput(List.of(new FieldProblem("username", "user.disableSelf")));
		}
		accounts.claim(username, ExpectedVersion.ANY);
		accounts.setEnabled(username, enabled);
		audit.record(enabled ? "ENABLE" : "DISABLE", "user", username, null);
	}

	/** What an administrator sends to reset a user's password: the new one, which the user must change. */
	public record PasswordReset(@jakarta.validation.constraints.Size(max = 200) String password) {
	}

	/**
	 * What an administrator sends to change a user's grants: the whole new list ("PARK:wz-etdz", "CITY"), and the
	 * version of the account it was made on (or the request's {@code If-Match}).
	 */
	public record GrantsChange(@Size(max = 20) List<@Size(max = 120) String> grants,
			@jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(Integer.MAX_VALUE) Long version) {
	}

	/**
	 * ADMIN resets a user's password: the user must change it at the next sign-in, and their sessions end. The
	 * administrator tells the user the new password by another channel.
	 */
	@Transactional
	public void resetPassword(String username, PasswordReset reset) {
		if (!callers.get().has(Role.ADMIN)) {
			throw new Forbidden("access.resetPasswords");
		}
		if (!accounts.exists(username)) {
			throw new NotFound("user.notFound", username);
		}
		org.parkloop.platform.Inputs.check(reset);
		List<FieldProblem> problems = policy.check(reset.password(), username, "password");
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		accounts.claim(username, ExpectedVersion.ANY);
		accounts.resetPassword(username, encoder.encode(reset.password()));
		audit.record("RESET_PASSWORD", "user", username, null);
	}

	/** ADMIN or CITY replace a user's grants (only ADMIN grants ADMIN; nobody removes their own ADMIN). */
	@Transactional
	public UserAccounts.Account changeGrants(String username, GrantsChange change, ExpectedVersion expected) {
		checkAdministers();
		UserAccounts.Account before = accounts.find(username).orElseThrow(() -> new NotFound("user.notFound", username));
		org.parkloop.platform.Inputs.check(change);
		List<FieldProblem> problems = new ArrayList<>();
		Set<Grant> grants = grants(change.grants(), problems);
		boolean hadAdmin = before.grants().stream().anyMatch(g -> g.role() == Role.ADMIN);
		boolean keepsAdmin = grants.stream().anyMatch(g -> g.role() == Role.ADMIN);
		if (hadAdmin && !keepsAdmin && !callers.get().has(Role.ADMIN)) {
			problems.add(new FieldProblem("grants", "user.grant.adminOnly", "ADMIN"));
		}
		if (hadAdmin && !keepsAdmin && username.equals(callers.get().username())) {
			problems.add(new FieldProblem("grants", "user.grants.ownAdmin"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		accounts.claim(username, expected);
		accounts.replaceGrants(username, grants);
		audit.record("CHANGE_GRANTS", "user", username, "grants=" + before.grants() + " → " + grants);
		return accounts.find(username).orElseThrow();
	}

	/** The caller changes their own password, proving the current one. */
	@Transactional
	public void changePassword(String currentPassword, String newPassword) {
		String username = callers.get().username();
		if (username == null) {
			throw new Forbidden("access.signIn");
		}
		org.parkloop.platform.Inputs.text("currentPassword", currentPassword, PasswordPolicy.MAX_LENGTH);
		org.parkloop.platform.Inputs.text("newPassword", newPassword, PasswordPolicy.MAX_LENGTH);
		if (currentPassword == null || !PasswordPolicy.fitsBcrypt(currentPassword)
				|| !encoder.matches(currentPassword, accounts.passwordHash(username))) {
			throw new InvalidInput(List.of(new FieldProblem("currentPassword", "password.wrongCurrent")));
		}
		List<FieldProblem> problems = policy.check(newPassword, username, "newPassword");
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		accounts.setPassword(username, encoder.encode(newPassword));
		audit.record("CHANGE_PASSWORD", "user", username, null);
	}
}
