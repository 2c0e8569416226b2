package org.guerillapolicy.accounts;

public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException() {
        super("That username is taken");
    }
}
