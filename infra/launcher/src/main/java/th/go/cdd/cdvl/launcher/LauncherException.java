package th.go.cdd.cdvl.launcher;

/** A failure with a message meant for the person running the launcher (printed without a stack trace). */
final class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
