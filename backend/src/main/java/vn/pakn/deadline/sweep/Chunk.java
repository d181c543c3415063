package vn.pakn.deadline.sweep;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.pakn.common.config.PaknConfig;

/** What one chunk of a sweep did: rows claimed, rows changed, messages enqueued. */
record Chunk(int claimed, int done, int messages) {

    static final Chunk NONE = new Chunk(0, 0, 0);

    /** The counts a chunk's statement selects last: claimed, done, messages. */
    static Chunk of(RowSet<Row> rows) {
        Row row = rows.iterator().next();
        return new Chunk(row.getInteger(0), row.getInteger(1), row.getInteger(2));
    }

    Chunk plus(Chunk other) {
        return new Chunk(claimed + other.claimed, done + other.done, messages + other.messages);
    }

    /**
     * Runs chunk after chunk while the last one was full and changed something: after downtime a run catches up on
     * everything due, and a chunk whose rows all turn out to be done already cannot make it loop for ever. Chunks
     * are {@code sweep-chunk} items; {@code sweep-lanes} such runs go at once, each chunk in its own transaction: SKIP
     * LOCKED gives each lane its own items, as it does to several instances, and a lane stops at its first chunk that
     * is not full.
     */
    static Uni<Chunk> repeat(PaknConfig.Deadlines settings, Supplier<Uni<Chunk>> next) {
        int size = settings.sweepChunk();
        return inLanes(settings.sweepLanes(), next, chunk -> chunk.claimed() == size && chunk.done() > 0);
    }

    /** As {@link #repeat(PaknConfig.Deadlines, Supplier)}, for sweeps that change every row they claim. */
    static Uni<Chunk> repeatWhileFull(PaknConfig.Deadlines settings, Supplier<Uni<Chunk>> next) {
        int size = settings.sweepChunk();
        return inLanes(settings.sweepLanes(), next, chunk -> chunk.claimed() == size);
    }

    private static Uni<Chunk> inLanes(int lanes, Supplier<Uni<Chunk>> next, Predicate<Chunk> more) {
        List<Uni<Chunk>> all = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            all.add(repeat(next, more));
        }
        return Uni.join().all(all).andFailFast().map(done -> done.stream().reduce(NONE, Chunk::plus));
    }

    private static Uni<Chunk> repeat(Supplier<Uni<Chunk>> next, Predicate<Chunk> more) {
        return next.get().flatMap(chunk -> more.test(chunk)
                ? repeat(next, more).map(chunk::plus)
                : Uni.createFrom().item(chunk));
    }
}
