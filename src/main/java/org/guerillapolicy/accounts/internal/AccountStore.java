package org.guerillapolicy.accounts.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountKind;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.EmailTakenException;
import org.guerillapolicy.accounts.NewAccount;
import org.guerillapolicy.accounts.ProfileChanges;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.accounts.UsernameTakenException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountStore {

    private static final String COLUMNS = """
            id, username, display_name, email, kind, pseudonymous, roles, sectors, locality, bio, website,
            created_at""";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long id, NewAccount account, String passwordHash) {
        try {
            jdbc.sql("""
                    insert into accounts (id, username, display_name, email, password_hash, kind)
                    values (:id, :username, :displayName, :email, :passwordHash, :kind)""")
                    .param("id", id)
                    .param("username", account.username())
                    .param("displayName", account.displayName())
                    .param("email", account.email())
                    .param("passwordHash", passwordHash)
                    .param("kind", account.kind().name())
                    .update();
        } catch (DuplicateKeyException e) {
            // Two sign-ups raced for the same name or address; the unique indexes decide.
            throw String.valueOf(e.getMessage()).contains("accounts_email_key")
                    ? new EmailTakenException() : new UsernameTakenException();
        }
    }

    public boolean usernameExists(String username) {
        return jdbc.sql("select exists (select 1 from accounts where lower(username) = lower(:username))")
                .param("username", username).query(Boolean.class).single();
    }

    public boolean emailExists(String email) {
        return jdbc.sql("select exists (select 1 from accounts where lower(email) = lower(:email))")
                .param("email", email).query(Boolean.class).single();
    }

    public long count() {
        return jdbc.sql("select count(*) from accounts").query(Long.class).single();
    }

    public Optional<Account> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from accounts where lower(username) = lower(:username)")
                .param("username", username).query(AccountStore::account).optional();
    }

    public Optional<Account> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from accounts where id = :id")
                .param("id", id).query(AccountStore::account).optional();
    }

    public List<Account> batchAfter(long afterId, int size) {
        return jdbc.sql("select " + COLUMNS + " from accounts where id > :after order by id limit :size")
                .param("after", afterId).param("size", size).query(AccountStore::account).list();
    }

    public Map<Long, AccountSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from accounts where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(AccountStore::account).list().stream()
                .map(Account::summary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    public void updateProfile(long id, ProfileChanges changes) {
        jdbc.sql("""
                update accounts set display_name = :displayName, kind = :kind, pseudonymous = :pseudonymous,
                       roles = :roles, sectors = :sectors, locality = :locality, bio = :bio, website = :website
                 where id = :id""")
                .param("id", id)
                .param("displayName", changes.displayName())
                .param("kind", changes.kind().name())
                .param("pseudonymous", changes.pseudonymous())
                .param("roles", changes.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("sectors", changes.sectors().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("locality", changes.locality())
                .param("bio", changes.bio())
                .param("website", changes.website())
                .update();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                select id, username, display_name, password_hash, locked_until, administrator
                  from accounts where lower(username) = lower(:username)""")
                .param("username", username)
                .query((rs, row) -> new Credentials(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("password_hash"),
                        instant(rs, "locked_until"), rs.getBoolean("administrator")))
                .optional();
    }

    /** Returns whether such an account exists. */
    boolean makeAdministrator(String username) {
        return jdbc.sql("update accounts set administrator = true where lower(username) = lower(:username)")
                .param("username", username).update() == 1;
    }

    /** Counts a failed sign-in; the attempt that reaches the limit locks the account until the given time. */
    void recordFailedSignIn(String username, int limit, Instant lockUntil) {
        jdbc.sql("""
                update accounts
                   set failed_sign_ins = failed_sign_ins + 1,
                       locked_until = case when failed_sign_ins + 1 >= :limit then :lockUntil else locked_until end
                 where lower(username) = lower(:username)""")
                .param("username", username)
                .param("limit", limit)
                .param("lockUntil", java.sql.Timestamp.from(lockUntil))
                .update();
    }

    void recordSuccessfulSignIn(long id) {
        jdbc.sql("update accounts set failed_sign_ins = 0, locked_until = null where id = :id")
                .param("id", id).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), AccountKind.valueOf(rs.getString("kind")), rs.getBoolean("pseudonymous"),
                enums(rs.getArray("roles"), Role.class), enums(rs.getArray("sectors"), Sector.class),
                rs.getString("locality"), rs.getString("bio"), rs.getString("website"),
                instant(rs, "created_at"));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        EnumSet<E> values = EnumSet.noneOf(type);
        Arrays.stream((String[]) array.getArray()).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        return values;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Credentials(long id, String username, String displayName, String passwordHash, Instant lockedUntil,
                       boolean administrator) {
    }
}
