package org.recoverytracker.contracts.aid;

/** Who gives: the state budget, another locality, an organisation, a business, a person, or a foreign donor. */
public enum DonorType {
    STATE, LOCALITY, ORGANISATION, BUSINESS, INDIVIDUAL, INTERNATIONAL
}
