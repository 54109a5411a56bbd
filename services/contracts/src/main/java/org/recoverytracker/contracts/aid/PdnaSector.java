package org.recoverytracker.contracts.aid;

/**
 * What allocated aid is for: the sectors of a Post-Disaster Needs Assessment (social, productive, infrastructure,
 * cross-cutting), plus {@code EMERGENCY_RELIEF} for food, water and shelter handed out in the first days.
 */
public enum PdnaSector {
    EMERGENCY_RELIEF,
    HOUSING, EDUCATION, HEALTH, CULTURE,
    AGRICULTURE, COMMERCE_INDUSTRY, TOURISM,
    TRANSPORT, WATER_SANITATION, ELECTRICITY, TELECOMMUNICATIONS, COMMUNITY_INFRASTRUCTURE,
    LIVELIHOODS, SOCIAL_PROTECTION, ENVIRONMENT, DISASTER_RISK_REDUCTION, GOVERNANCE
}
