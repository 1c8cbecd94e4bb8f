package org.parkloop.identity.account;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.shared.Grant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Account 账户", description = "The signed-in user: roles, password, API tokens")
class AccountApiController {

	private final CurrentCaller callers;
	private final UserAdministration users;
	private final ApiTokens tokens;

	AccountApiController(CurrentCaller callers, UserAdministration users, ApiTokens tokens) {
		this.callers = callers;
		this.users = users;
		this.tokens = tokens;
	}

	record Me(String username, List<String> grants) {
	}

	record PasswordChange(@Size(max = 200) String currentPassword, @Size(max = 200) String newPassword) {
	}

	record NewToken(@Size(max = 100) String name, LocalDate expires) {
	}

	record CreatedToken(long id, String name, String prefix, Instant expiresAt, String token) {
	}

	@GetMapping
	Me me() {
		var c = callers.get();
		return new Me(c.username(), c.grants().stream().map(Grant::toString).sorted().toList());
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@RequestBody PasswordChange change) {
		users.changePassword(change.currentPassword(), change.newPassword());
	}

	@GetMapping("/tokens")
	List<ApiTokens.Token> tokens() {
		return tokens.of(callers.get().username());
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an API token for yourself; the token is in this answer only")
	CreatedToken createToken(@RequestBody NewToken request) {
		ApiTokens.Created created = tokens.create(callers.get().username(), request.name(), request.expires());
		return new CreatedToken(created.token().id(), created.token().name(), created.token().prefix(),
				created.token().expiresAt(), created.secret());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable long id) {
		tokens.revoke(callers.get().username(), id);
	}
}
