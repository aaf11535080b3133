package th.go.cdd.cdvl.reporting.reminder;

/**
 * One day's pass of a kind of reminder (report deadlines, document requests). Each runs on its own
 * schedule; {@code POST /reminders/run} runs every one of them now.
 */
public interface ReminderPass {

    /** Sends what is due today and not yet sent; returns how many messages went out. */
    int run();
}
