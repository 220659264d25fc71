package followup.inbox;

import java.util.Objects;

/**
 * One per-recipient block of a delivery status report (RFC 3464).
 *
 * @param finalRecipient the {@code Final-Recipient} (else {@code Original-Recipient}), lower-cased bare address
 * @param action         {@code failed}, {@code delayed}, {@code delivered}, {@code relayed} or {@code expanded},
 *                       lower-cased
 * @param status         the enhanced status code, e.g. {@code 5.1.1}; empty if the report has none
 * @param diagnostic     the {@code Diagnostic-Code} unfolded onto one line, e.g. {@code smtp; 550 5.1.1 ...}, or
 *                       null
 * @param originalRecipient the {@code Original-Recipient} when it names another address than {@code finalRecipient}
 *                       (the address we wrote to, which the receiving side rewrote: an alias, a forward), else null
 */
public record RecipientStatus(String finalRecipient, String action, String status, String diagnostic,
                              String originalRecipient) {
    public RecipientStatus {
        Objects.requireNonNull(finalRecipient, "finalRecipient");
        Objects.requireNonNull(action, "action");
        status = status == null ? "" : status;
        originalRecipient = finalRecipient.equals(originalRecipient) ? null : originalRecipient;
    }

    /** A block whose recipient was not rewritten. */
    public RecipientStatus(String finalRecipient, String action, String status, String diagnostic) {
        this(finalRecipient, action, status, diagnostic, null);
    }

    /** {@code Action: failed}: the server gave up on this recipient. */
    public boolean failed() {
        return "failed".equals(action);
    }

    /** {@code Action: delayed}: the server is still trying. */
    public boolean delayed() {
        return "delayed".equals(action);
    }
}
