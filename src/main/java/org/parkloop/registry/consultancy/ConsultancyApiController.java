package org.parkloop.registry.consultancy;

import org.parkloop.registry.Consultancy;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.Versions;
import org.parkloop.platform.Workbooks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Consultancies 工程咨询单位", description = "The consultancies that compile parks' plans and their qualification")
class ConsultancyApiController {

	private final Consultancies consultancies;
	private final ConsultancyMembers members;

	ConsultancyApiController(Consultancies consultancies, ConsultancyMembers members) {
		this.consultancies = consultancies;
		this.members = members;
	}

	@GetMapping("/api/v1/consultancies/{creditCode}/members")
	@Operation(summary = "The CONSULTANT users of the consultancy (CITY)")
	List<ConsultancyMembers.Member> members(@PathVariable String creditCode) {
		return members.of(creditCode);
	}

	@PutMapping("/api/v1/consultancies/{creditCode}/members/{username}")
	@Operation(summary = "Link a CONSULTANT user to the consultancy (CITY): it may draft the plans of parks that engaged it")
	ConsultancyMembers.Member link(@PathVariable String creditCode, @PathVariable String username) {
		return members.link(creditCode, username);
	}

	@org.springframework.web.bind.annotation.DeleteMapping("/api/v1/consultancies/{creditCode}/members/{username}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Unlink a user from the consultancy (CITY)")
	void unlink(@PathVariable String creditCode, @PathVariable String username) {
		members.unlink(creditCode, username);
	}

	@GetMapping("/api/v1/consultancies")
	@Operation(summary = "The consultancies with their grade (A 甲级, B 乙级, C 丙级) and certificate")
	List<Consultancy> list() {
		return consultancies.all();
	}

	@GetMapping("/api/v1/consultancies/{creditCode}")
	Consultancy get(@PathVariable String creditCode) {
		return consultancies.get(creditCode);
	}

	@PostMapping("/api/v1/consultancies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a consultancy (CITY)")
	Consultancy create(@RequestBody ConsultancyCommand command) {
		return consultancies.create(command);
	}

	@PutMapping("/api/v1/consultancies/{creditCode}")
	@Operation(summary = "Change a consultancy (CITY), with the version read")
	Consultancy update(@PathVariable String creditCode, @RequestBody ConsultancyCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return consultancies.update(creditCode, command, Versions.of(ifMatch, command.version()));
	}

	@PostMapping(path = "/api/v1/consultancies/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import consultancies from Excel or CSV (CITY): all or nothing, with every row's errors")
	ImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return consultancies.importFile(file.getOriginalFilename(), in);
		}
	}

	@GetMapping("/api/v1/consultancies/export")
	@Operation(summary = "The consultancies as Excel, in the import's columns")
	ResponseEntity<byte[]> export(Locale locale) {
		return Workbooks.download("consultancies.xlsx", ConsultancyPages.workbook(consultancies.all(), locale));
	}
}
