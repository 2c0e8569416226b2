package org.guerillapolicy.accounts;

public record AccountRegistered(long accountId, String username) {
}
