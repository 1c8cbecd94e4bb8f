package org.parkloop.exchange.market;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.platform.Messages;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the exchange's pages share: names of materials and parks in the user's language, and how a change is reported. */
@Component
class PageSupport {

	private final Catalogue catalogue;
	private final ParkCatalog parks;
	private final Messages messages;

	PageSupport(Catalogue catalogue, ParkCatalog parks, Messages messages) {
		this.catalogue = catalogue;
		this.parks = parks;
		this.messages = messages;
	}

	Map<String, String> names(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		catalogue.materials().forEach(m -> names.put(m.code(), m.label(locale)));
		parks.all().forEach(p -> names.put(p.code(), p.name(locale)));
		return names;
	}

	/** What each listing offers or accepts, as one line. */
	Map<Long, String> labels(List<Listing> found, Locale locale) {
		Map<Long, String> out = new HashMap<>();
		for (Listing l : found) {
			out.put(l.id(), l.offer() ? label(l.materialCode(), locale)
					: String.join("、", l.accepts().stream().map(a -> label(a.materialCode(), locale)).toList()));
		}
		return out;
	}

	String label(String code, Locale locale) {
		return catalogue.material(code).map(m -> m.label(locale)).orElse(code);
	}

	/** A label short enough for a chart's axis: the code and the name's first ten characters. */
	String shortLabel(String code, Locale locale) {
		return catalogue.material(code).map(m -> {
			String name = m.name(locale);
			int limit = "en".equals(locale.getLanguage()) ? 24 : 10;
			return code + " " + (name.length() > limit ? name.substring(0, limit) + "…" : name);
		}).orElse(code);
	}

	String unit(String code) {
		return catalogue.material(code).map(org.parkloop.exchange.catalogue.Material::unit).orElse("");
	}

	String parkName(String code, Locale locale) {
		return parks.find(code).map(p -> p.name(locale)).orElse(code);
	}

	/**
	 * Runs a change and says so; a refusal the user can put right comes back as the page's error, while an access
	 * refusal (forbidden, not found) goes on to the error page.
	 */
	boolean attempt(RedirectAttributes redirect, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("message", messages.get(done));
			return true;
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		catch (org.parkloop.shared.Forbidden | org.parkloop.shared.NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return false;
	}
}
