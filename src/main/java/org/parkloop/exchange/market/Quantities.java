package org.parkloop.exchange.market;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.exchange.catalogue.Material;
import org.springframework.stereotype.Component;

/**
 * Quantities as every exchange page shows them: the number with its material's unit ("1,200.5 t", "20,000 GJ").
 * Templates call it as {@code ${@quantities.of(d.quantity, d.materialCode)}}.
 */
@Component("quantities")
public class Quantities {

	private final Catalogue catalogue;

	Quantities(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** "1,200.5 t". */
	public String of(double value, String materialCode) {
		String unit = unit(materialCode);
		return unit.isEmpty() ? amount(value) : amount(value) + " " + unit;
	}

	/** A listing's quantity: an offer's in its material's unit, a need's in the unit of what it accepts first. */
	public String of(Listing l) {
		String code = l.offer() ? l.materialCode() : l.accepts().isEmpty() ? null : l.accepts().get(0).materialCode();
		return of(l.quantity(), code);
	}

	public String unit(String materialCode) {
		return materialCode == null ? "" : catalogue.material(materialCode).map(Material::unit).orElse("");
	}

	/** 1200.5 as "1,200.5", 60.0 as "60": up to three decimals, grouped. */
	public static String amount(double value) {
		return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}
}
