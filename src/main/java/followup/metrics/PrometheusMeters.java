package followup.metrics;

import followup.mail.SendResult;
import followup.plan.State;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * In a deployment of candidates the messages, sends and failures also carry a {@code candidate} label (whose
 * password is refused, whose mailbox is down), each candidate's series there at 0 from their start; the durations and
 * the lateness stay one series for the whole daemon, so that their quantiles mean something and a thousand candidates
 * do not make a thousand histograms. Only counts, durations, states and candidate names: never an address, a subject
 * or a secret.
 */
public final class PrometheusMeters implements Meters {
    private static final String[] OUTCOMES = {"sent", "temporary", "permanent", "login", "uncertain"};
    private static final String[] KINDS = {"temporary", "permanent", "login", "uncertain", "reply-check", "poll",
        "unexpected"};
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Supplier<Map<String, Map<State, Integer>>> states;
    private final boolean many;
    /** The gauges of the messages by state: by candidate (only "" for a single job seeker). */
    private final Map<String, Map<State, AtomicLong>> stateCounts = new ConcurrentHashMap<>();
    private final Timer sendDuration;
    private final Timer pollDuration;
    private final Timer lateness;
    /** Each candidate's meters, by name ("" for a single job seeker). */
    private final Map<String, Meters> candidates = new ConcurrentHashMap<>();

    /**
     * @param states the number of messages in each state by candidate, asked for at each scrape
     * @param many   a deployment of candidates: its series carry a {@code candidate} label
     */
    public PrometheusMeters(Supplier<Map<String, Map<State, Integer>>> states, boolean many) {
        this.states = states;
        this.many = many;
        sendDuration = Timer.builder("followup.send.duration").description("one SMTP conversation for one message")
                .register(registry);
        pollDuration = Timer.builder("followup.poll.duration").description("one scheduled look at the mailbox")
                .register(registry);
        lateness = Timer.builder("followup.send.lateness")
                .description("how far behind its due instant a message was accepted by the server")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    /**
     * One candidate's meters; their counters and state gauges are registered now, at 0, so that their series exist
     * before the first event (a rate over a series that appears with its first failure misses that failure).
     */
    @Override
    public Meters of(String candidate) {
        return candidates.computeIfAbsent(many ? candidate : "", c -> {
            gauges(c);
            return new Candidate(tags(c));
        });
    }

    private Map<State, AtomicLong> gauges(String candidate) {
        return stateCounts.computeIfAbsent(candidate, c -> {
            Map<State, AtomicLong> byState = new EnumMap<>(State.class);
            for (State s : State.values()) {
                AtomicLong n = new AtomicLong();
                byState.put(s, n);
                Gauge.builder("followup.messages", n, AtomicLong::get).tags(tags(c)).tag("state", s.label())
                        .description("messages in the store by state").register(registry);
            }
            return byState;
        });
    }

    private Tags tags(String candidate) {
        return many ? Tags.of("candidate", candidate) : Tags.empty();
    }

    @Override
    public void send(SendResult result, Duration took, Duration late) {
        of("").send(result, took, late);
    }

    @Override
    public void failure(String kind) {
        of("").failure(kind);
    }

    @Override
    public void poll(Duration took, boolean ok) {
        of("").poll(took, ok);
    }

    /**
     * {@code sent}, {@code temporary}, {@code login} (the server refused the login, or asked for one: 530, 534, 535),
     * {@code permanent}, {@code uncertain}.
     */
    static String outcome(SendResult result) {
        if (result instanceof SendResult.Accepted) {
            return "sent";
        }
        if (result instanceof SendResult.Temporary) {
            return "temporary";
        }
        if (result instanceof SendResult.Permanent p) {
            String reply = p.reply();
            return p.loginRefused() || reply.startsWith("530") || reply.startsWith("534") || reply.startsWith("535")
                    ? "login" : "permanent";
        }
        return result.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /**
     * The Prometheus text exposition of every meter, with the state counts read now (a deployment's candidates
     * each on their own series; a single job seeker's, or a database's messages of no candidate, on one). While the
     * store cannot be read (its server away) the counts are left out rather than shown at a value they no longer
     * have, and the sends, failures and durations are served as ever: they are what tells of the outage.
     */
    public String scrape() {
        Map<String, Map<State, Integer>> now;
        try {
            now = states.get();
        } catch (RuntimeException e) {
            registry.find("followup.messages").gauges().forEach(registry::remove);
            stateCounts.clear();
            return registry.scrape();
        }
        candidates.keySet().forEach(this::gauges);      // again after an outage left them out
        stateCounts.forEach((candidate, gauges) -> gauges.values().forEach(n -> n.set(0)));
        now.forEach((candidate, counts) -> {
            Map<State, AtomicLong> gauges = gauges(many ? candidate : "");
            counts.forEach((state, n) -> gauges.get(state).addAndGet(n));
        });
        return registry.scrape();
    }

    /** One candidate's counters (a single job seeker's, without a label), beside the daemon's shared timers. */
    private final class Candidate implements Meters {
        private final Tags tags;
        private final Map<String, Counter> sends = new ConcurrentHashMap<>();
        private final Map<String, Counter> failures = new ConcurrentHashMap<>();

        Candidate(Tags tags) {
            this.tags = tags;
            for (String outcome : OUTCOMES) {
                sends.put(outcome, sends(outcome));
            }
            for (String kind : KINDS) {
                failures.put(kind, counter(kind));
            }
        }

        private Counter sends(String outcome) {
            return Counter.builder("followup.sends").tags(tags).tag("outcome", outcome)
                    .description("SMTP conversations by how they ended").register(registry);
        }

        private Counter counter(String kind) {
            return Counter.builder("followup.failures").tags(tags).tag("kind", kind).description("failures by kind")
                    .register(registry);
        }

        @Override
        public void send(SendResult result, Duration took, Duration late) {
            String outcome = outcome(result);
            sends.computeIfAbsent(outcome, this::sends).increment();
            sendDuration.record(took);
            if (result instanceof SendResult.Accepted) {
                lateness.record(late.isNegative() ? Duration.ZERO : late);
            } else {
                failure(outcome);
            }
        }

        @Override
        public void failure(String kind) {
            failures.computeIfAbsent(kind, this::counter).increment();
        }

        @Override
        public void poll(Duration took, boolean ok) {
            pollDuration.record(took.toNanos(), TimeUnit.NANOSECONDS);
            if (!ok) {
                failure("poll");
            }
        }
    }
}
