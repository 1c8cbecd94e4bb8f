package org.parkloop.shared;

import java.util.Locale;
import java.util.Optional;

/** A park's approval level (R1). */
public enum ParkLevel {
	/** 国家级 */
	NATIONAL("国家级"),
	/** 省级 */
	PROVINCIAL("省级");

	private final String zh;

	ParkLevel(String zh) {
		this.zh = zh;
	}

	/** Reads "NATIONAL", "national" or "国家级". */
	public static Optional<ParkLevel> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim();
		for (ParkLevel level : values()) {
			if (level.name().equals(t.toUpperCase(Locale.ROOT)) || level.zh.equals(t)) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}
}
