package org.parkloop.identity.registration;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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
@RequestMapping("/api/v1/registrations")
@Tag(name = "Registrations 企业注册", description = "Enterprises register themselves; their park approves")
class RegistrationApiController {

	private final Registrations registrations;

	RegistrationApiController(Registrations registrations) {
		this.registrations = registrations;
	}

	record Decision(@jakarta.validation.constraints.Size(max = 2000) String note) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an enterprise (no sign-in needed); a user of its park approves it")
	Registrations.Registration submit(@RequestBody Registrations.Application application) {
		return registrations.submit(application);
	}

	@GetMapping
	List<Registrations.Registration> pending() {
		return registrations.pending();
	}

	@PostMapping("/{id}/approve")
	Registrations.Registration approve(@PathVariable long id, @RequestBody(required = false) Decision decision) {
		return registrations.approve(id, decision == null ? null : decision.note());
	}

	@PostMapping("/{id}/reject")
	Registrations.Registration reject(@PathVariable long id, @RequestBody(required = false) Decision decision) {
		return registrations.reject(id, decision == null ? null : decision.note());
	}
}
