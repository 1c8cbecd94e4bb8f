package org.parkloop.platform;

import java.util.List;

/**
 * A page the public reads, the same for every anonymous reader, declared by the module that serves it (as a bean):
 * kept rendered while the modules' data it shows ({@code topics}, see {@link ViewCache}) is unchanged, so that a
 * crowd of readers costs one rendering per change. Signed-in users always get it rendered for them.
 */
public record PublicPage(String pathPattern, List<String> topics) {

	public PublicPage(String pathPattern, String... topics) {
		this(pathPattern, List.of(topics));
	}
}
