package org.guerillapolicy.accounts;

public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("That email address already has an account");
    }
}
