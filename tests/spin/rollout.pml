/*
 * The rolling-upgrade protocol of strata::planRollout / strata::Rollout (DESIGN §6), checked
 * with spin:
 *   spin -a [-DNEW_READS_OLD=0|1] [-DOLD_READS_NEW=0|1] rollout.pml
 *   cc -O2 -o pan pan.c && ./pan -a
 *
 * Three nodes with nondeterministic roles (reader, writer, both) run the old version 0. The
 * rollout moves them to version 1. NEW_READS_OLD / OLD_READS_NEW give the change's direction
 * of compatibility (read-compatible / write-compatible). The controller does what the engine
 * does: refuse a change compatible in neither direction, refuse a one-way change when more
 * than one node both reads and writes, upgrade in waves (readers first for read-compatible
 * changes, writers first for write-compatible ones, any order for full ones), stop as Failed
 * when a node fails while upgrading (it stays down on version 0 and may rejoin later), allow
 * cancelling between nodes, and finalise version 1 only when every node runs it.
 *
 * Checked (ltl "rollout"): never a live node writing data that a live node cannot read; every
 * rollout terminates; a failed node never leaves the cluster finalised on a version it cannot
 * read. Deliberately wrong protocols that spin must reject: -DBROKEN_ORDER (writers first for
 * a read-compatible change), -DBROKEN_FINALISE (carry on and finalise after a failure) and
 * -DBROKEN_RETRY (retry a failed node without bound, so the rollout may never end).
 */

#ifndef NEW_READS_OLD
#define NEW_READS_OLD 1
#endif
#ifndef OLD_READS_NEW
#define OLD_READS_NEW 0
#endif

#define N 3
#define READER 0
#define WRITER 1
#define BOTH 2

#define CREATED 0
#define RUNNING 1
#define COMPLETED 2
#define FAILED 3
#define CANCELLED 4
#define REFUSED 5

byte role[N];
byte ver[N];       /* version each node runs */
bool live[N];
bool failed[N];
bool upgraded[N];
byte finalised = 0;
byte state = CREATED;

#define reads(i) (role[i] != WRITER)
#define writes(i) (role[i] != READER)
#define canRead(r, w) ((r) == (w) || ((r) == 1 && NEW_READS_OLD) || ((r) == 0 && OLD_READS_NEW))
#define clash(i, j) (live[i] && live[j] && writes(i) && reads(j) && !canRead(ver[j], ver[i]))
#define conflict (clash(0,0) || clash(0,1) || clash(0,2) || clash(1,0) || clash(1,1) || \
                  clash(1,2) || clash(2,0) || clash(2,1) || clash(2,2))
#define terminated (state == COMPLETED || state == FAILED || state == CANCELLED || \
                    state == REFUSED)
#define failedReads(i) (!failed[i] || canRead(ver[i], finalised))
#define failedCanRead (failedReads(0) && failedReads(1) && failedReads(2))

#define full (NEW_READS_OLD && OLD_READS_NEW)
#define readersFirst NEW_READS_OLD
#define bothCount ((role[0] == BOTH) + (role[1] == BOTH) + (role[2] == BOTH))

#ifdef BROKEN_ORDER
#define firstReads (!readersFirst)
#else
#define firstReads (readersFirst)
#endif
/* wave of node i: 1 for everyone on a full change; else first, both, last */
#define waveOf(i) (full -> 1 : (role[i] == BOTH -> 2 : \
                   ((reads(i) && firstReads) || (!reads(i) && !(firstReads)) -> 1 : 3)))
#define pending(i, w) (!upgraded[i] && waveOf(i) == w)

ltl rollout { [] !conflict && <> terminated && [] ((terminated && finalised == 1) -> failedCanRead) }

#define waveDone(w) (!pending(0, w) && !pending(1, w) && !pending(2, w))

/* Restarts node i on version 1; it comes back, or fails and stays down on version 0. */
inline upgrade(i)
{
    atomic {
        live[i] = false;
        if
        :: ver[i] = 1; live[i] = true
        :: failed[i] = true
        fi;
        upgraded[i] = true
    };
#if defined(BROKEN_RETRY)
    if
    :: failed[i] -> failed[i] = false; upgraded[i] = false  /* retry forever */
    :: else -> skip
    fi
#elif !defined(BROKEN_FINALISE)
    if
    :: failed[i] -> state = FAILED; goto finish
    :: else -> skip
    fi
#endif
}

active proctype Controller()
{
    byte k, wave;

    /* the cluster: every combination of roles, all live on version 0 */
    for (k : 0 .. N - 1) {
        if
        :: role[k] = READER
        :: role[k] = WRITER
        :: role[k] = BOTH
        fi;
        live[k] = true
    }

    if
    :: !NEW_READS_OLD && !OLD_READS_NEW -> state = REFUSED; goto finish
    :: !full && (NEW_READS_OLD || OLD_READS_NEW) && bothCount > 1 -> state = REFUSED; goto finish
    :: else -> state = RUNNING
    fi;

    for (wave : 1 .. 3) {
        do
        :: pending(0, wave) -> upgrade(0)
        :: pending(1, wave) -> upgrade(1)
        :: pending(2, wave) -> upgrade(2)
        :: !waveDone(wave) -> state = CANCELLED; goto finish
        :: waveDone(wave) -> break
        od
    }
    finalised = 1;
    state = COMPLETED;
finish:
    skip
}

/* Nodes that failed come back later, still on version 0. */
active proctype Rejoin()
{
    byte k;
    terminated;
    for (k : 0 .. N - 1) {
        if
        :: failed[k] -> live[k] = true
        :: else -> skip
        fi
    }
}
