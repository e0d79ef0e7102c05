package dev.sreladder.profile;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of evidence a committee can open: what it was, where it is written up (an https link,
 * shown, never fetched) and when. A count written as a list of these counts its items.
 */
public record EvidenceItem(String what, URI link, LocalDate when) {

    public EvidenceItem {
        Objects.requireNonNull(what, "what");
        if (link != null && !"https".equalsIgnoreCase(link.getScheme())) {
            throw new IllegalArgumentException("an evidence link is an https address");
        }
    }

    public Optional<URI> linkIfGiven() {
        return Optional.ofNullable(link);
    }

    public Optional<LocalDate> whenIfGiven() {
        return Optional.ofNullable(when);
    }

    /** "Q3 region failover game day (2026-08-14) https://wiki.example.com/gd/2026-q3". */
    @Override
    public String toString() {
        return what + (when == null ? "" : " (" + when + ")") + (link == null ? "" : " " + link);
    }
}
