package dev.sreladder.report;

/** Told after each profile of a cohort is read, so a long cohort can show how far it got. */
public interface Progress {

    void update(int done, int total);

    Progress NONE = (done, total) -> {
    };
}
