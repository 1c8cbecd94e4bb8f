package org.parkloop.identity.account;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users 用户", description = "Accounts, created by ADMIN or CITY; disabled by ADMIN")
class UserApiController {

	private final UserAdministration users;

	UserApiController(UserAdministration users) {
		this.users = users;
	}

	@GetMapping
	List<UserAccounts.Account> list() {
		return users.all();
	}

	@GetMapping("/{username}")
	UserAccounts.Account get(@PathVariable String username) {
		return users.get(username);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UserAccounts.Account create(@RequestBody UserAdministration.NewUser user) {
		return users.create(user);
	}

	@PostMapping("/{username}/password-reset")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@io.swagger.v3.oas.annotations.Operation(summary = "Reset a user's password (ADMIN); the user must change it at the next sign-in")
	void resetPassword(@PathVariable String username, @RequestBody UserAdministration.PasswordReset reset) {
		users.resetPassword(username, reset);
	}

	@org.springframework.web.bind.annotation.PutMapping("/{username}/grants")
	@io.swagger.v3.oas.annotations.Operation(summary = "Replace a user's roles and scopes (ADMIN or CITY): with the version read, as If-Match or the body's version")
	UserAccounts.Account changeGrants(@PathVariable String username, @RequestBody UserAdministration.GrantsChange change,
			@org.springframework.web.bind.annotation.RequestHeader(name = org.springframework.http.HttpHeaders.IF_MATCH,
					required = false) String ifMatch) {
		return users.changeGrants(username, change, org.parkloop.platform.Versions.of(ifMatch, change.version()));
	}

	@PostMapping("/{username}/disable")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disable(@PathVariable String username) {
		users.setEnabled(username, false);
	}

	@PostMapping("/{username}/enable")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void enable(@PathVariable String username) {
		users.setEnabled(username, true);
	}
}
