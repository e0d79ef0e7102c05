package dev.sreladder.cycle;

/** A candidate's score in one cycle, for the line a packet draws across cycles. */
public record CycleScore(String cycle, int score) {
}
