package org.parkloop.indicators.submission;

/**
 * A revision was accepted: the park-year's indicator values are to be recomputed. Published within the acceptance's
 * transaction and kept in Spring Modulith's event publication registry until handled, so that a recomputation that
 * failed (or a crash before it committed) is done again.
 *
 * @param parkCode the park the submission belongs to (the park it follows, if merged, is recomputed)
 */
public record SubmissionAccepted(long submissionId, String parkCode, int year) {
}
