package org.recoverytracker.contracts.rebuild;

import org.recoverytracker.contracts.event.DomainEvent;

/**
 * Everything published on {@link org.recoverytracker.contracts.Topics#REBUILD_PROGRESS}. The record key is the
 * project id for a project and its progress updates, the target id for a target and its progress updates, so each
 * one's events stay ordered in one partition. Sealed: a consumer's {@code switch} stops compiling on a new event.
 */
public sealed interface RebuildEvent extends DomainEvent
        permits RecoveryProjectRegistered, RecoveryProjectAmended, RebuildProgressReported,
                RecoveryTargetSet, RecoveryTargetAmended, TargetProgressReported {
}
