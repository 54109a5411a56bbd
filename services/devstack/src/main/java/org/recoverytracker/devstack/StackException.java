package org.recoverytracker.devstack;

/** A devstack failure with a message meant for the person at the terminal. */
final class StackException extends RuntimeException {
    StackException(String message) {
        super(message);
    }

    StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
