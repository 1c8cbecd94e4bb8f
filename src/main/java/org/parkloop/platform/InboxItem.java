package org.parkloop.platform;

import java.time.LocalDate;

/**
 * One thing that waits for the signed-in user, in their language: a deal to agree, a registration to approve, a
 * plan to review, a report to file.
 *
 * @param kind what kind of thing it is, as the source names it ("exchange.deal", "registration")
 * @param title what to do, in one line
 * @param detail one more line (the other party, the quantity), or null
 * @param url where it is done
 * @param due by when, or null
 */
public record InboxItem(String kind, String title, String detail, String url, LocalDate due) {
}
