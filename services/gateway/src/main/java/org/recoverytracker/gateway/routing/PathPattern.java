package org.recoverytracker.gateway.routing;

/**
 * One route pattern: {@code /api/v1/stream} matches that path only; {@code /api/v1/donations/**}
 * matches {@code /api/v1/donations} and everything below it. Nothing else is allowed, so a route
 * list reads the same to people as it does to the gateway.
 */
record PathPattern(String text, String base, boolean subtree) {

    private static final String SUBTREE = "/**";

    static PathPattern parse(String text) {
        if (text == null || !text.startsWith("/")) {
            throw new IllegalArgumentException("A route pattern must start with '/': " + text);
        }
        boolean subtree = text.endsWith(SUBTREE);
        String base = subtree ? text.substring(0, text.length() - SUBTREE.length()) : text;
        if (base.contains("*") || base.contains("?") || base.contains("{")) {
            throw new IllegalArgumentException("A route pattern is a path, optionally ending in /**: " + text);
        }
        if (base.length() > 1 && base.endsWith("/")) {
            throw new IllegalArgumentException("A route pattern must not end with '/': " + text);
        }
        return new PathPattern(text, base, subtree);
    }

    boolean matches(String path) {
        if (path.equals(base)) {
            return true;
        }
        return subtree && (base.equals("/") || path.startsWith(base + "/"));
    }

    /** Longer bases win; at equal length the exact pattern wins over the subtree. */
    int specificity() {
        return base.length() * 2 + (subtree ? 0 : 1);
    }
}
