package org.parkloop.registry.enterprise;

import java.util.List;

import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.Industry;
import org.parkloop.shared.FieldProblem;
import org.springframework.stereotype.Component;

@Component
class EnterpriseRegistryAdapter implements EnterpriseRegistry {

	private final EnterpriseService enterprises;
	private final EnterpriseRepository repository;

	EnterpriseRegistryAdapter(EnterpriseService enterprises, EnterpriseRepository repository) {
		this.enterprises = enterprises;
		this.repository = repository;
	}

	@Override
	public boolean exists(String creditCode) {
		return creditCode != null && repository.exists(creditCode.trim().toUpperCase(java.util.Locale.ROOT));
	}

	@Override
	public List<Listed> in(String parkCode) {
		return repository.find(EnterpriseRepository.Query.all(parkCode)).stream()
			.map(e -> new Listed(e.creditCode(), e.name()))
			.toList();
	}

	@Override
	public List<Listed> registeredBy(String parkCode, java.time.LocalDate date) {
		return repository.registeredBy(parkCode, date);
	}

	@Override
	public List<Industry> industries() {
		return repository.industries();
	}

	@Override
	public java.util.Optional<Profile> profile(String creditCode) {
		return creditCode == null ? java.util.Optional.empty() : repository.find(creditCode).map(EnterpriseRegistryAdapter::profile);
	}

	@Override
	public java.util.Map<String, Profile> profiles(java.util.Collection<String> creditCodes) {
		java.util.Map<String, Profile> out = new java.util.HashMap<>();
		for (Enterprise e : repository.findAll(creditCodes)) {
			out.put(e.creditCode(), profile(e));
		}
		return out;
	}

	@Override
	public List<Profile> profilesIn(java.util.Collection<String> parkCodes) {
		if (parkCodes.isEmpty()) {
			return List.of();
		}
		return repository.find(EnterpriseRepository.Query.all(null).within(java.util.Set.copyOf(parkCodes), null)).stream()
			.map(EnterpriseRegistryAdapter::profile).toList();
	}

	private static Profile profile(Enterprise e) {
		return new Profile(e.creditCode(), e.name(), e.parkCode(), e.industryCode(),
				e.latitude() == null ? null : e.latitude().doubleValue(),
				e.longitude() == null ? null : e.longitude().doubleValue());
	}

	@Override
	public void register(NewEnterprise e) {
		enterprises.create(command(e));
	}

	@Override
	public List<FieldProblem> problems(NewEnterprise e) {
		return enterprises.problems(command(e), null);
	}

	private static EnterpriseCommand command(NewEnterprise e) {
		return new EnterpriseCommand(e.creditCode(), e.name(), e.parkCode(), e.industryCode(), null, null, null, e.size());
	}
}
