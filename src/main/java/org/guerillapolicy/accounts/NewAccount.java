package org.guerillapolicy.accounts;

public record NewAccount(String username, String displayName, String email, String password, AccountKind kind) {
}
