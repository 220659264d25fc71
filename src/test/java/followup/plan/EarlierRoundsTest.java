package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The earlier rounds a record follows, and who of its panel sat in on one of them. */
class EarlierRoundsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Interviewer person(String name, String email) {
        return new Interviewer(name, "", email, null, List.of(), false, null);
    }

    private static Interview round(String id, String at, String previous, Interviewer... people) {
        return new Interview(id, "Acme Corp", "Platform Engineer", LocalDateTime.parse(at), NEW_YORK, List.of(people),
                null, "", null, List.of(), List.of(), "", Interview.Status.ACTIVE, List.of(), Map.of(), null,
                previous);
    }

    private static List<String> ids(List<Interview> rounds) {
        return rounds.stream().map(Interview::id).toList();
    }

    @Test
    void theChainIsFollowedNearestFirstAndStopsWhereItComesBackOnItself() {
        Interview r0 = round("r0", "2027-01-04T10:00", "r2");
        Interview r1 = round("r1", "2027-01-07T10:00", "r0");
        Interview r2 = round("r2", "2027-01-14T10:00", "r1");
        assertEquals(List.of("r1", "r0"), ids(Rounds.earlier(r2, List.of(r0, r1, r2))));
        assertEquals(List.of(), ids(Rounds.earlier(round("x", "2027-01-14T10:00", null), List.of(r0, r1))));
        assertEquals(List.of(), ids(Rounds.earlier(round("x", "2027-01-14T10:00", "gone"), List.of(r0, r1))));
    }

    @Test
    void aRoundThatDidNotStartBeforeIsNotCountedButTheChainGoesOnPastIt() {
        Interview r0 = round("r0", "2027-01-04T10:00", null);
        Interview late = round("late", "2027-02-01T10:00", "r0");
        Interview r2 = round("r2", "2027-01-14T10:00", "late");
        assertEquals(List.of("r0"), ids(Rounds.earlier(r2, List.of(r0, late, r2))));
    }

    @Test
    void peopleAreTheSameByAddressInAnyCaseOrByNameWhenNeitherHasOne() {
        List<Interview> earlier = List.of(round("r1", "2027-01-07T10:00", null,
                person("Sam Rivera", "sam@acme.example"), person("Lena Vogel", null)));
        assertTrue(Rounds.metBefore(person("Samuel Rivera", "SAM@Acme.example"), earlier));
        assertTrue(Rounds.metBefore(person(" lena vogel", null), earlier));
        assertFalse(Rounds.metBefore(person("Sam Rivera", "sam.rivera@acme.example"), earlier));
        assertFalse(Rounds.metBefore(person("Lena Vogel", "lena@acme.example"), earlier));
        assertFalse(Rounds.metBefore(person("Hank Moody", "hank@acme.example"), earlier));
    }
}
