package org.parkloop.identity.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (pages and HTTP Basic) that counts failures: five wrong passwords in a row lock the account for 15
 * minutes, during which even the right password is refused. Unknown users and wrong passwords get the same answer
 * (and, through the provider's dummy hash, take the same time).
 */
@Component
public class LockingAuthenticationProvider extends DaoAuthenticationProvider {

	private final UserAccounts accounts;

	LockingAuthenticationProvider(AccountDetailsService users, PasswordEncoder encoder, UserAccounts accounts) {
		super(users);
		setPasswordEncoder(encoder);
		setHideUserNotFoundExceptions(true);
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		try {
			if (authentication.getCredentials() instanceof String presented && !PasswordPolicy.fitsBcrypt(presented)) {
				throw new BadCredentialsException("no password is that long");
			}
			Authentication result = super.authenticate(authentication);
			accounts.succeeded(username);
			return result;
		}
		catch (BadCredentialsException e) {
			if (username != null && accounts.exists(username)) {
				accounts.failed(username);
			}
			throw e;
		}
	}
}
