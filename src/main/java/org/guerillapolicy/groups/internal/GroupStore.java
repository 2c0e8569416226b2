package org.guerillapolicy.groups.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.GroupRole;
import org.guerillapolicy.groups.GroupVisibility;
import org.guerillapolicy.groups.NewGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for groups, members, join requests and invitations. */
@Repository
public class GroupStore {

    private static final String GROUP_COLUMNS = """
            g.id, g.slug, g.name, g.description, g.visibility, g.created_at,
            (select count(*) from group_members m where m.group_id = g.id) as member_count""";

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long id, NewGroup group, long ownerId) {
        jdbc.sql("""
                insert into groups (id, slug, name, description, visibility, created_by)
                values (:id, :slug, :name, :description, :visibility, :owner)""")
                .param("id", id).param("slug", group.slug()).param("name", group.name())
                .param("description", group.description()).param("visibility", group.visibility().name())
                .param("owner", ownerId)
                .update();
        addMember(id, ownerId, GroupRole.OWNER);
    }

    public void update(long id, String name, String description, GroupVisibility visibility) {
        jdbc.sql("update groups set name = :name, description = :description, visibility = :visibility where id = :id")
                .param("id", id).param("name", name).param("description", description)
                .param("visibility", visibility.name())
                .update();
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from groups where slug = :slug)")
                .param("slug", slug).query(Boolean.class).single();
    }

    public Optional<Group> bySlug(String slug) {
        return jdbc.sql("select " + GROUP_COLUMNS + " from groups g where g.slug = :slug")
                .param("slug", slug).query(GroupStore::group).optional();
    }

    public Optional<Group> byId(long id) {
        return jdbc.sql("select " + GROUP_COLUMNS + " from groups g where g.id = :id")
                .param("id", id).query(GroupStore::group).optional();
    }

    public java.util.List<Group> byIds(java.util.Collection<Long> ids) {
        return jdbc.sql("select " + GROUP_COLUMNS + " from groups g where g.id = any (:ids)")
                .param("ids", ids.toArray(Long[]::new)).query(GroupStore::group).list();
    }

    /** Every group, newest first; a private group's name and description are public so people can ask to join. */
    public List<Group> directory(Long before, int limit) {
        return jdbc.sql("select " + GROUP_COLUMNS + " from groups g where g.id < :before order by g.id desc limit :limit")
                .param("before", before == null ? Long.MAX_VALUE : before).param("limit", limit)
                .query(GroupStore::group).list();
    }

    public List<Group> ofMember(long accountId) {
        return jdbc.sql("select " + GROUP_COLUMNS
                        + " from groups g join group_members me on me.group_id = g.id and me.account_id = :account"
                        + " order by g.name")
                .param("account", accountId).query(GroupStore::group).list();
    }

    /** Groups in id order after the given id, for rebuilding search documents in batches. */
    public List<Group> batchAfter(long afterId, int limit) {
        return jdbc.sql("select " + GROUP_COLUMNS + " from groups g where g.id > :after order by g.id limit :limit")
                .param("after", afterId).param("limit", limit).query(GroupStore::group).list();
    }

    public Optional<GroupRole> role(long groupId, long accountId) {
        return jdbc.sql("select role from group_members where group_id = :group and account_id = :account")
                .param("group", groupId).param("account", accountId)
                .query((rs, row) -> GroupRole.valueOf(rs.getString("role"))).optional();
    }

    public void addMember(long groupId, long accountId, GroupRole role) {
        jdbc.sql("""
                insert into group_members (group_id, account_id, role) values (:group, :account, :role)
                on conflict (group_id, account_id) do nothing""")
                .param("group", groupId).param("account", accountId).param("role", role.name())
                .update();
        jdbc.sql("delete from group_join_requests where group_id = :group and account_id = :account")
                .param("group", groupId).param("account", accountId).update();
        jdbc.sql("delete from group_invitations where group_id = :group and invitee_id = :account")
                .param("group", groupId).param("account", accountId).update();
    }

    public void setRole(long groupId, long accountId, GroupRole role) {
        jdbc.sql("update group_members set role = :role where group_id = :group and account_id = :account")
                .param("group", groupId).param("account", accountId).param("role", role.name())
                .update();
    }

    public void removeMember(long groupId, long accountId) {
        jdbc.sql("delete from group_members where group_id = :group and account_id = :account")
                .param("group", groupId).param("account", accountId).update();
    }

    public List<MemberRow> members(long groupId) {
        return jdbc.sql("""
                select account_id, role, joined_at from group_members where group_id = :group
                 order by case role when 'OWNER' then 0 when 'MODERATOR' then 1 else 2 end, joined_at""")
                .param("group", groupId)
                .query((rs, row) -> new MemberRow(rs.getLong("account_id"), GroupRole.valueOf(rs.getString("role")),
                        rs.getTimestamp("joined_at").toInstant()))
                .list();
    }

    public List<Long> moderatorIds(long groupId) {
        return jdbc.sql("select account_id from group_members where group_id = :group and role in ('OWNER', 'MODERATOR')")
                .param("group", groupId).query(Long.class).list();
    }

    /** Returns whether the request is new. */
    public boolean request(long groupId, long accountId, String message) {
        return jdbc.sql("""
                insert into group_join_requests (group_id, account_id, message) values (:group, :account, :message)
                on conflict do nothing""")
                .param("group", groupId).param("account", accountId).param("message", message)
                .update() == 1;
    }

    public boolean hasRequested(long groupId, long accountId) {
        return jdbc.sql("select exists (select 1 from group_join_requests where group_id = :group and account_id = :account)")
                .param("group", groupId).param("account", accountId).query(Boolean.class).single();
    }

    /** Returns whether there was a request to remove. */
    public boolean removeRequest(long groupId, long accountId) {
        return jdbc.sql("delete from group_join_requests where group_id = :group and account_id = :account")
                .param("group", groupId).param("account", accountId).update() == 1;
    }

    public List<RequestRow> requests(long groupId) {
        return jdbc.sql("select account_id, message, requested_at from group_join_requests where group_id = :group order by requested_at")
                .param("group", groupId)
                .query((rs, row) -> new RequestRow(rs.getLong("account_id"), rs.getString("message"),
                        rs.getTimestamp("requested_at").toInstant()))
                .list();
    }

    /** Returns whether the invitation is new. */
    public boolean invite(long groupId, long inviteeId, long inviterId) {
        return jdbc.sql("""
                insert into group_invitations (group_id, invitee_id, inviter_id) values (:group, :invitee, :inviter)
                on conflict do nothing""")
                .param("group", groupId).param("invitee", inviteeId).param("inviter", inviterId)
                .update() == 1;
    }

    public boolean isInvited(long groupId, long accountId) {
        return jdbc.sql("select exists (select 1 from group_invitations where group_id = :group and invitee_id = :account)")
                .param("group", groupId).param("account", accountId).query(Boolean.class).single();
    }

    /** Returns whether there was an invitation to remove. */
    public boolean removeInvitation(long groupId, long inviteeId) {
        return jdbc.sql("delete from group_invitations where group_id = :group and invitee_id = :invitee")
                .param("group", groupId).param("invitee", inviteeId).update() == 1;
    }

    public List<InvitationRow> invitationsFor(long inviteeId) {
        return jdbc.sql("""
                select group_id, inviter_id, invited_at from group_invitations where invitee_id = :invitee
                 order by invited_at desc""")
                .param("invitee", inviteeId)
                .query((rs, row) -> new InvitationRow(rs.getLong("group_id"), rs.getLong("inviter_id"),
                        rs.getTimestamp("invited_at").toInstant()))
                .list();
    }

    private static Group group(ResultSet rs, int row) throws SQLException {
        return new Group(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
                GroupVisibility.valueOf(rs.getString("visibility")), rs.getLong("member_count"),
                rs.getTimestamp("created_at").toInstant());
    }

    public record MemberRow(long accountId, GroupRole role, java.time.Instant joinedAt) {
    }

    public record RequestRow(long accountId, String message, java.time.Instant requestedAt) {
    }

    public record InvitationRow(long groupId, long inviterId, java.time.Instant invitedAt) {
    }
}
