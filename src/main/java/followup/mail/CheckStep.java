package followup.mail;

/**
 * One step of {@code followup check}: what was checked and found, or what failed and what to do about it.
 *
 * @param advice what to do when it failed, null when it worked
 */
public record CheckStep(boolean ok, String what, String advice) {
    public static CheckStep ok(String what) {
        return new CheckStep(true, what, null);
    }

    public static CheckStep failed(String what, String advice) {
        return new CheckStep(false, what, advice);
    }
}
