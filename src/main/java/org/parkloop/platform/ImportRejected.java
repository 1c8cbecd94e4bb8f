package org.parkloop.platform;

import java.util.List;

/** An import was refused as a whole because of these rows' problems; nothing was stored. */
public class ImportRejected extends RuntimeException {

	private final transient List<RowError> errors;

	public ImportRejected(List<RowError> errors) {
		super(errors.size() + " rows rejected");
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return errors;
	}
}
