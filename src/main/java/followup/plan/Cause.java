package followup.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a message is held, moved or stopped, in one word ({@code plan --json} field {@code cause}). The reason next to
 * it says the particulars (who, when, until when).
 */
public enum Cause {
    REPLY("reply", "the company replied"),
    INVITATION("invitation", "the company sent an invitation"),
    REJECTION("rejection", "the company said no"),
    OUT_OF_OFFICE("out-of-office", "the recipient is out of office"),
    BOUNCE("bounce", "the address bounced"),
    HANDLED_ELSEWHERE("handled-elsewhere", "you spoke with the company"),
    USER_HOLD("user-hold", "held by you"),
    WAITING("waiting", "the message before it is held"),
    ALREADY_SENT("already-sent", "it went out under another name of the record");

    private final String id;
    private final String words;

    Cause(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The JSON value, e.g. {@code out-of-office}. */
    public String id() {
        return id;
    }

    /** The same in words, for {@code plan}. */
    public String words() {
        return words;
    }

    public static Optional<Cause> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
