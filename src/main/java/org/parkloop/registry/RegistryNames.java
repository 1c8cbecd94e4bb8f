package org.parkloop.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names instead of codes on every page: a park by its name, an enterprise by its registered name, an industry
 * division by "29 橡胶和塑料制品业" (the code beside the name). Templates call it as {@code ${@registryNames.park(code)}}; the reader's language is used.
 */
@Component("registryNames")
public class RegistryNames {

	private final ParkCatalog parks;
	private final EnterpriseRegistry enterprises;
	private volatile Map<String, Industry> industries;

	RegistryNames(ParkCatalog parks, EnterpriseRegistry enterprises) {
		this.parks = parks;
		this.enterprises = enterprises;
	}

	/** The park's name in the reader's language, or the code when there is no such park. */
	public String park(String code) {
		if (code == null) {
			return "";
		}
		return parks.find(code).map(p -> p.name(LocaleContextHolder.getLocale())).orElse(code);
	}

	/** The enterprise's registered name, or the credit code when there is no such enterprise. */
	public String enterprise(String creditCode) {
		if (creditCode == null) {
			return "";
		}
		return enterprises.profile(creditCode).map(EnterpriseRegistry.Profile::name).orElse(creditCode);
	}

	/** "29 橡胶和塑料制品业" (GB/T 4754-2017 division, the code beside the name). */
	public String industry(String code) {
		if (code == null) {
			return "";
		}
		Industry i = industries().get(code);
		return i == null ? code : code + " " + i.name(LocaleContextHolder.getLocale());
	}

	private Map<String, Industry> industries() {
		Map<String, Industry> known = industries;
		if (known == null) {
			List<Industry> all = enterprises.industries();
			known = all.stream().collect(Collectors.toMap(Industry::code, Function.identity()));
			industries = known;
		}
		return known;
	}
}
