package followup.store;

/** A lock that one daemon holds on its database for as long as it runs. */
public interface HeldLock extends AutoCloseable {
    /** Whether this daemon still holds it, taking it again first if it was lost; false once another daemon has it. */
    boolean stillHeld();

    @Override
    void close();
}
