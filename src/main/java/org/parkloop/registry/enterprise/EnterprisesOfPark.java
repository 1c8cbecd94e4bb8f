package org.parkloop.registry.enterprise;

import java.util.List;

import org.springframework.stereotype.Component;

/** The enterprises of one park, for the park's page. */
@Component
public class EnterprisesOfPark {

	private final EnterpriseRepository enterprises;
	private final EnterpriseScope scope;

	EnterprisesOfPark(EnterpriseRepository enterprises, EnterpriseScope scope) {
		this.enterprises = enterprises;
		this.scope = scope;
	}

	/** The park's enterprises that the caller may see. */
	public List<Enterprise> of(String parkCode) {
		return enterprises.find(scope.restrict(EnterpriseRepository.Query.all(parkCode)));
	}

}
