package org.parkloop.registry.park;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.Versions;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/parks")
@Tag(name = "Parks 园区", description = "The park registry (R1, R2)")
class ParkApiController {

	private final ParkService parks;
	private final ParkListing listing;

	private final ParkLifecycleService lifecycle;

	ParkApiController(ParkService parks, ParkListing listing, ParkLifecycleService lifecycle) {
		this.lifecycle = lifecycle;
		this.parks = parks;
		this.listing = listing;
	}

	@GetMapping
	@Operation(summary = "List parks with their status as of a date (today by default)")
	List<ParkJson> list(@RequestParam(required = false) ParkLevel level,
			@RequestParam(required = false) String administeredBy,
			@RequestParam(required = false) TransformationStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String q) {
		return listing.list(new ParkListing.Filter(level, administeredBy, status, asOf, q));
	}

	@GetMapping("/{code}")
	ParkJson get(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return listing.one(code, asOf);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ParkJson create(@RequestBody ParkCommand command) {
		return listing.one(parks.create(command).code(), null);
	}

	@PutMapping("/{code}")
	@Operation(summary = "Replace a park's record: with the version read, as If-Match or the body's version")
	ParkJson update(@PathVariable String code, @RequestBody ParkCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return listing.one(parks.update(code, command, Versions.of(ifMatch, command.version())).code(), null);
	}

	@PostMapping("/{code}/level-changes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a dated change of the park's level (省级 → 国家级); goals count it from that date on")
	ParkJson changeLevel(@PathVariable String code, @RequestBody ParkLifecycleService.LevelChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return listing.one(lifecycle.changeLevel(code, change, Versions.ofAction(ifMatch, null)).code(), null);
	}

	@PostMapping("/{code}/merger")
	@Operation(summary = "Record the park's merger into another park from a date (R2)")
	ParkJson merge(@PathVariable String code, @RequestBody ParkLifecycleService.Merger merger,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return listing.one(lifecycle.merge(code, merger, Versions.ofAction(ifMatch, null)).code(), null);
	}

	@PostMapping("/{code}/revocation")
	@Operation(summary = "Record the park's revocation from a date; goals no longer count it from that date on")
	ParkJson revoke(@PathVariable String code, @RequestBody ParkLifecycleService.Revocation revocation,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return listing.one(lifecycle.revoke(code, revocation, Versions.ofAction(ifMatch, null)).code(), null);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import parks from CSV or .xlsx: all rows or none, with a row-by-row error report")
	ImportResult importParks(@RequestPart("file") MultipartFile file) throws IOException {
		parks.checkCanImport();
		try (InputStream in = file.getInputStream()) {
			return parks.importRows(ParkImport.read(file.getOriginalFilename(), in));
		}
	}
}
