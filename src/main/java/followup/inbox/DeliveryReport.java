package followup.inbox;

import java.util.List;

/**
 * The parts of a {@code multipart/report; report-type=delivery-status} message that matter here.
 *
 * @param recipients         one entry per recipient block of the {@code message/delivery-status} part; empty when
 *                           that part could not be read
 * @param originalMessageIds the Message-ID of the message the report is about, from the attached
 *                           {@code text/rfc822-headers} or {@code message/rfc822} part (usually one, may be empty)
 */
public record DeliveryReport(List<RecipientStatus> recipients, List<String> originalMessageIds) {
    public DeliveryReport {
        recipients = List.copyOf(recipients);
        originalMessageIds = List.copyOf(originalMessageIds);
    }
}
