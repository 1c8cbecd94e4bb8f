package org.parkloop.platform.security;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The platform's accounts (for now the administrator alone), read from {@code app_user}. */
@Component
class Accounts implements UserDetailsService {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("select username, password_hash, enabled from app_user where username = ?")
			.param(username)
			.query((rs, n) -> User.withUsername(rs.getString(1))
				.password(rs.getString(2))
				.disabled(!rs.getBoolean(3))
				.authorities(List.of(new SimpleGrantedAuthority("ROLE_" + SecurityConfiguration.ADMIN)))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
