package org.parkloop.registry.enterprise;

import java.util.List;

import org.springframework.stereotype.Component;

/** The enterprises of one park, for the park's page. */
@Component
public class EnterprisesOfPark {

	private final EnterpriseRepository enterprises;

	EnterprisesOfPark(EnterpriseRepository enterprises) {
		this.enterprises = enterprises;
	}

	public List<Enterprise> of(String parkCode) {
		return enterprises.find(new EnterpriseRepository.Query(parkCode, null, null, 0, 1000));
	}
}
