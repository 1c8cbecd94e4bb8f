package org.parkloop.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.parkloop.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload page shared by every importer: the form, and on a rejected file the whole row-by-row report. An accepted
 * file leads back to the list with what was created and updated.
 */
@Component
public class ImportPage {

	/** Reads a file into rows and imports them, all or nothing. */
	@FunctionalInterface
	public interface Importer {
		ImportResult importFile(String fileName, InputStream in);
	}

	/** @param what the list's path and the message-key prefix, e.g. "parks" */
	public record Kind(String what) {

		String action() {
			return "/" + what + "/import";
		}
	}

	private final Messages messages;

	ImportPage(Messages messages) {
		this.messages = messages;
	}

	public String form(Kind kind, Model model) {
		model.addAttribute("importTitle", what(kind, "import"));
		model.addAttribute("importHint", what(kind, "importHint"));
		model.addAttribute("importAction", kind.action());
		model.addAttribute("importCancel", "/" + kind.what());
		model.addAttribute("importCancelLabel", what(kind, "title"));
		return "import";
	}

	public String upload(Kind kind, MultipartFile file, Importer importer, Model model, RedirectAttributes redirect)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			ImportResult result = importer.importFile(file.getOriginalFilename(), in);
			redirect.addFlashAttribute("message", messages.get("import.done", result.created(), result.updated()));
			return "redirect:/" + kind.what();
		}
		catch (ImportRejected e) {
			model.addAttribute("rowErrors", e.errors().stream().map(messages::of).toList());
		}
		catch (RuleViolation e) {
			model.addAttribute("rowErrors", List.of(messages.of(e)));
		}
		return form(kind, model);
	}

	private String what(Kind kind, String key) {
		return messages.get(kind.what() + "." + key);
	}
}
