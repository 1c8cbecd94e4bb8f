package org.parkloop.energy.boiler;

import java.time.LocalDate;

import org.parkloop.energy.EnergyFigures;
import org.parkloop.registry.ParkAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link EnergyFigures} from the compliance as of a date (boilers counted once, in their worst state). */
@Component
@Transactional(readOnly = true)
class EnergyFiguresOfCompliance implements EnergyFigures {

	private final Compliance compliance;
	private final ParkAccess access;

	EnergyFiguresOfCompliance(Compliance compliance, ParkAccess access) {
		this.compliance = compliance;
		this.access = access;
	}

	@Override
	public Summary summary(String parkCode, LocalDate asOf) {
		access.checkReadAsOffice(parkCode);
		Compliance.Result r = compliance.asOf(parkCode, asOf);
		Compliance.Counts c = r.boilerCounts();
		return new Summary(parkCode, r.asOf(), c.overdue(), c.due(), c.done(), r.coalSavedTce(), r.avoided().co2(),
				r.centralHeating().get(parkCode));
	}
}
