package org.parkloop.platform.db;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Backups of the embedded database, for ADMIN (README "Backup and restore"). */
@RestController
@RequestMapping("/api/v1/admin/backups")
class BackupApiController {

	private final Backups backups;

	BackupApiController(Backups backups) {
		this.backups = backups;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Backups.Backup create() throws IOException {
		return backups.create();
	}

	@GetMapping
	List<Backups.Backup> list() {
		return backups.list();
	}
}
