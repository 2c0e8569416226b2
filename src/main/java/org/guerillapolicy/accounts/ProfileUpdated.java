package org.guerillapolicy.accounts;

public record ProfileUpdated(long accountId) {
}
