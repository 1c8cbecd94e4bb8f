package org.parkloop.materialflow.engine;

import java.util.List;

/** The model cannot be reconciled as given; {@code ids} names the processes, flows or relations involved. */
public class ModelException extends RuntimeException {

	private final String reason;
	private final List<String> ids;

	public ModelException(String reason, List<String> ids) {
		super(reason + " " + ids);
		this.reason = reason;
		this.ids = List.copyOf(ids);
	}

	/** A message key: mfa.duplicateId, mfa.unknownProcess, mfa.unknownFlow, mfa.badSigma, mfa.contradiction. */
	public String reason() {
		return reason;
	}

	public List<String> ids() {
		return ids;
	}
}
