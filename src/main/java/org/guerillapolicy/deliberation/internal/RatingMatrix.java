package org.guerillapolicy.deliberation.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Participants' latest votes on statements, kept sparse: rows are participants in first-seen order, columns are
 * statements. A vote is {@link #AGREE}, {@link #DISAGREE} or {@link #PASS} (the sign of Pol.is exports).
 * Statements moderated out are kept as columns: Pol.is sets their whole column to pass for everyone before the
 * principal components, so they count as voted in the projection scaling but carry no opinion. A participant may be
 * marked as clustered before: in Pol.is, whoever has once been placed in a group stays in the grouping.
 */
public final class RatingMatrix {

    public static final byte AGREE = 1;
    public static final byte DISAGREE = -1;
    public static final byte PASS = 0;

    private final long[] participants;
    private final long[] statements;
    private final boolean[] moderatedOut;
    private final boolean[] clusteredBefore;
    private final int[] rowStart;
    private final int[] column;
    private final byte[] vote;

    private RatingMatrix(long[] participants, long[] statements, boolean[] moderatedOut, boolean[] clusteredBefore,
            int[] rowStart, int[] column, byte[] vote) {
        this.participants = participants;
        this.statements = statements;
        this.moderatedOut = moderatedOut;
        this.clusteredBefore = clusteredBefore;
        this.rowStart = rowStart;
        this.column = column;
        this.vote = vote;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int participantCount() {
        return participants.length;
    }

    public int statementCount() {
        return statements.length;
    }

    public long participant(int row) {
        return participants[row];
    }

    public long statement(int col) {
        return statements[col];
    }

    public boolean isModeratedOut(int col) {
        return moderatedOut[col];
    }

    /** Whether the participant was in an opinion group when the map was last computed. */
    public boolean wasClustered(int row) {
        return clusteredBefore[row];
    }

    public int moderatedOutCount() {
        int count = 0;
        for (boolean out : moderatedOut) {
            if (out) {
                count++;
            }
        }
        return count;
    }

    /** Index of the first vote of a row; the row's votes run to {@code rowStart(row + 1)}. */
    public int rowStart(int row) {
        return rowStart[row];
    }

    public int columnAt(int index) {
        return column[index];
    }

    public byte voteAt(int index) {
        return vote[index];
    }

    public int voteCount() {
        return column.length;
    }

    /** Votes cast by a participant, moderated-out statements included (Pol.is counts on the raw matrix). */
    public int votesCastBy(int row) {
        return rowStart[row + 1] - rowStart[row];
    }

    /** Builds a matrix from vote events in order; a later vote on the same cell replaces the earlier one. */
    public static final class Builder {

        private final Map<Long, Integer> rows = new LinkedHashMap<>();
        private final Map<Long, Integer> columns = new LinkedHashMap<>();
        private final Set<Long> moderatedOut = new HashSet<>();
        private final Set<Long> clusteredBefore = new HashSet<>();
        private int[] eventRow = new int[1024];
        private int[] eventColumn = new int[1024];
        private byte[] eventVote = new byte[1024];
        private int events;

        /** Declares a statement (so that statements nobody voted on still count), in column order. */
        public Builder statement(long statement, boolean isModeratedOut) {
            columns.computeIfAbsent(statement, id -> columns.size());
            if (isModeratedOut) {
                moderatedOut.add(statement);
            }
            return this;
        }

        /** Declares a participant, in row order, even before any vote. */
        public Builder participant(long participant) {
            rows.computeIfAbsent(participant, id -> rows.size());
            return this;
        }

        /** Marks a participant as in an opinion group when the map was last computed. */
        public Builder clusteredBefore(long participant) {
            participant(participant);
            clusteredBefore.add(participant);
            return this;
        }

        public Builder vote(long participant, long statement, int value) {
            if (value < -1 || value > 1) {
                throw new IllegalArgumentException("A vote is -1, 0 or 1, not " + value);
            }
            // One lookup per id: a map of millions of votes spends much of its building time here.
            int row = rows.computeIfAbsent(participant, id -> rows.size());
            int column = columns.computeIfAbsent(statement, id -> columns.size());
            if (events == eventRow.length) {
                eventRow = Arrays.copyOf(eventRow, events * 2);
                eventColumn = Arrays.copyOf(eventColumn, events * 2);
                eventVote = Arrays.copyOf(eventVote, events * 2);
            }
            eventRow[events] = row;
            eventColumn[events] = column;
            eventVote[events++] = (byte) value;
            return this;
        }

        public RatingMatrix build() {
            long[] participantIds = rows.keySet().stream().mapToLong(Long::longValue).toArray();
            long[] statementIds = columns.keySet().stream().mapToLong(Long::longValue).toArray();
            boolean[] out = new boolean[statementIds.length];
            for (int c = 0; c < statementIds.length; c++) {
                out[c] = moderatedOut.contains(statementIds[c]);
            }
            boolean[] clustered = new boolean[participantIds.length];
            for (int r = 0; r < participantIds.length; r++) {
                clustered[r] = clusteredBefore.contains(participantIds[r]);
            }
            // Bucket events by row (stable), then order each row by column and event order, keeping the last.
            int n = participantIds.length;
            int[] bucketStart = new int[n + 1];
            for (int e = 0; e < events; e++) {
                bucketStart[eventRow[e] + 1]++;
            }
            for (int r = 0; r < n; r++) {
                bucketStart[r + 1] += bucketStart[r];
            }
            long[] keys = new long[events];
            int[] fill = Arrays.copyOf(bucketStart, n);
            for (int e = 0; e < events; e++) {
                keys[fill[eventRow[e]]++] = ((long) eventColumn[e] << 32) | e;
            }
            int[] start = new int[n + 1];
            int[] cols = new int[events];
            byte[] values = new byte[events];
            int at = 0;
            for (int r = 0; r < n; r++) {
                start[r] = at;
                Arrays.sort(keys, bucketStart[r], bucketStart[r + 1]);
                for (int k = bucketStart[r]; k < bucketStart[r + 1]; k++) {
                    int c = (int) (keys[k] >>> 32);
                    boolean lastForCell = k + 1 == bucketStart[r + 1] || (int) (keys[k + 1] >>> 32) != c;
                    if (lastForCell) {
                        cols[at] = c;
                        values[at++] = eventVote[(int) keys[k]];
                    }
                }
            }
            start[n] = at;
            return new RatingMatrix(participantIds, statementIds, out, clustered, start, Arrays.copyOf(cols, at),
                    Arrays.copyOf(values, at));
        }
    }
}
