package org.recoverytracker.system.reliability;

/** What the nemesis can break, one kind at a time or several together. */
enum FaultKind {
    /** {@code kill -9} of the aggregation service while events stream in; restarted on the same port and group. */
    AGGREGATION_KILL,
    /** {@code kill -9} of the damage service while requests are in flight; clients retry what got no answer. */
    DAMAGE_KILL,
    /** The broker stopped and started again (the devstack's control server). */
    BROKER_STOP,
    /** {@code kill -9} of the broker process, then started again on the same data. */
    BROKER_KILL,
    /** The broker frozen with SIGSTOP and resumed with SIGCONT: connections stay open but nothing answers. */
    BROKER_PAUSE,
    /** PostgreSQL stopped and started again. */
    POSTGRES_RESTART,
    /** A second aggregation instance joins the consumer group (partitions move) and leaves again. */
    REBALANCE
}
