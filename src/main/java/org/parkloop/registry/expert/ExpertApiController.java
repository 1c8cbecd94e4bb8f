package org.parkloop.registry.expert;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.platform.Versions;
import org.parkloop.shared.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Experts 专家", description = "The experts' profiles for the review of plans (CITY)")
class ExpertApiController {

	private final ExpertProfiles profiles;

	ExpertApiController(ExpertProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/v1/experts")
	@Operation(summary = "The experts' profiles (CITY)")
	List<ExpertProfiles.Profile> list() {
		return profiles.all();
	}

	@GetMapping("/api/v1/experts/{username}")
	ExpertProfiles.Profile get(@PathVariable String username) {
		List<ExpertProfiles.Profile> all = profiles.all();
		return all.stream().filter(p -> p.username().equals(username)).findFirst()
			.orElseThrow(() -> new NotFound("expert.notFound", username));
	}

	@PutMapping("/api/v1/experts/{username}")
	@Operation(summary = "Set an EXPERT user's profile: affiliation (credit code or park) and speciality (CITY)")
	ExpertProfiles.Profile put(@PathVariable String username, @RequestBody ExpertProfiles.Command command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return profiles.put(username, command, Versions.of(ifMatch, command.version()));
	}
}
