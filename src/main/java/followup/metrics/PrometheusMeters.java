package followup.metrics;

import followup.mail.SendResult;
import followup.plan.State;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The daemon's meters in a Micrometer Prometheus registry:
 * <ul>
 * <li>{@code followup_messages{state}}: messages in the store by state, counted when scraped;</li>
 * <li>{@code followup_sends_total{outcome}}: SMTP conversations by how they ended ({@code sent}, {@code temporary},
 * {@code permanent}, {@code login}, {@code uncertain});</li>
 * <li>{@code followup_failures_total{kind}}: every failure by kind (the send outcomes other than {@code sent},
 * {@code reply-check}, {@code poll}, {@code unexpected});</li>
 * <li>{@code followup_send_duration_seconds}, {@code followup_poll_duration_seconds}: how long each took;</li>
 * <li>{@code followup_send_lateness_seconds}: how far behind its due instant each message went out.</li>
 * </ul>
 * Only counts, durations and states: never an address, a subject or a secret.
 */
public final class PrometheusMeters implements Meters {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Supplier<Map<State, Integer>> states;
    private final Map<State, AtomicLong> stateCounts = new EnumMap<>(State.class);
    private final Timer sendDuration;
    private final Timer pollDuration;
    private final Timer lateness;

    /** @param states the number of messages in each state, asked for at each scrape */
    public PrometheusMeters(Supplier<Map<State, Integer>> states) {
        this.states = states;
        for (State s : State.values()) {
            AtomicLong n = new AtomicLong();
            stateCounts.put(s, n);
            Gauge.builder("followup.messages", n, AtomicLong::get).tag("state", s.label())
                    .description("messages in the store by state").register(registry);
        }
        sendDuration = Timer.builder("followup.send.duration").description("one SMTP conversation for one message")
                .register(registry);
        pollDuration = Timer.builder("followup.poll.duration").description("one scheduled look at the mailbox")
                .register(registry);
        lateness = Timer.builder("followup.send.lateness")
                .description("how far behind its due instant a message was accepted by the server")
                .publishPercentiles(0.5, 0.99).register(registry);
        for (String outcome : new String[] {"sent", "temporary", "permanent", "login", "uncertain"}) {
            sends(outcome); // every outcome shows, at 0 until it happens
        }
        for (String kind : new String[] {"temporary", "permanent", "login", "uncertain", "reply-check", "poll",
                "unexpected"}) {
            failures(kind);
        }
    }

    private Counter sends(String outcome) {
        return Counter.builder("followup.sends").tag("outcome", outcome)
                .description("SMTP conversations by how they ended").register(registry);
    }

    private Counter failures(String kind) {
        return Counter.builder("followup.failures").tag("kind", kind).description("failures by kind")
                .register(registry);
    }

    @Override
    public void send(SendResult result, Duration took, Duration late) {
        String outcome = outcome(result);
        sends(outcome).increment();
        sendDuration.record(took);
        if (result instanceof SendResult.Accepted) {
            lateness.record(late.isNegative() ? Duration.ZERO : late);
        } else {
            failures(outcome).increment();
        }
    }

    /** {@code sent}, {@code temporary}, {@code login} (a refused login, 530/534/535), {@code permanent}, {@code uncertain}. */
    static String outcome(SendResult result) {
        if (result instanceof SendResult.Accepted) {
            return "sent";
        }
        if (result instanceof SendResult.Temporary) {
            return "temporary";
        }
        if (result instanceof SendResult.Permanent p) {
            String reply = p.reply() == null ? "" : p.reply();
            return reply.startsWith("530") || reply.startsWith("534") || reply.startsWith("535") ? "login"
                    : "permanent";
        }
        return result.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    @Override
    public void failure(String kind) {
        failures(kind).increment();
    }

    @Override
    public void poll(Duration took, boolean ok) {
        pollDuration.record(took.toNanos(), TimeUnit.NANOSECONDS);
        if (!ok) {
            failures("poll").increment();
        }
    }

    /** The Prometheus text exposition of every meter, with the state counts read now. */
    public String scrape() {
        states.get().forEach((state, n) -> stateCounts.get(state).set(n));
        return registry.scrape();
    }
}
