package org.guerillapolicy.groups;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.groups.internal.GroupStore;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Page;
import org.guerillapolicy.platform.Paging;
import org.guerillapolicy.platform.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The groups module's API: create groups, manage who belongs to them, and answer who may see inside. */
@Service
public class Groups {

    /** Paths under /groups that are pages of their own, not groups. */
    private static final Set<String> RESERVED_SLUGS = Set.of("new", "invitations");

    private final GroupStore store;
    private final Accounts accounts;
    private final Ids ids;
    private final ApplicationEventPublisher events;

    Groups(GroupStore store, Accounts accounts, Ids ids, ApplicationEventPublisher events) {
        this.store = store;
        this.accounts = accounts;
        this.ids = ids;
        this.events = events;
    }

    @Transactional
    public Group create(Viewer viewer, NewGroup group) {
        String slug = group.slug() == null ? "" : group.slug().strip().toLowerCase(Locale.ROOT);
        if (!slug.matches(NewGroup.SLUG_PATTERN) || RESERVED_SLUGS.contains(slug)) {
            throw new GroupException("slug", "Enter a web address of 2 to 40 lower-case letters, digits or hyphens");
        }
        if (store.slugTaken(slug)) {
            throw new GroupException("slug", "A group already uses the address " + slug + ": choose another");
        }
        long id = ids.next();
        store.insert(id, new NewGroup(slug, group.name().strip(), group.description().strip(), group.visibility()),
                viewer.accountId());
        events.publishEvent(new GroupCreated(id, viewer.accountId()));
        return store.byId(id).orElseThrow();
    }

    @Transactional
    public void update(Group group, Viewer viewer, String name, String description, GroupVisibility visibility) {
        requireOwner(group, viewer);
        store.update(group.id(), name.strip(), description.strip(), visibility);
        events.publishEvent(new GroupUpdated(group.id()));
    }

    public Optional<Group> bySlug(String slug) {
        return store.bySlug(slug.toLowerCase(Locale.ROOT));
    }

    public Group find(String slug) {
        return bySlug(slug).orElseThrow(() -> new NotFoundException("Group"));
    }

    public Optional<Group> byId(long id) {
        return store.byId(id);
    }

    /** The groups with these ids, by id, in one query (for pages that show many posts). */
    public java.util.Map<Long, Group> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return store.byIds(ids).stream().collect(java.util.stream.Collectors.toMap(Group::id, group -> group));
    }

    public Page<Group> directory(Long before) {
        Paging paging = Paging.of(before, null);
        return Page.fromRows(store.directory(before, paging.size() + 1), paging, Group::id);
    }

    public List<Group> ofMember(long accountId) {
        return store.ofMember(accountId);
    }

    public List<Group> batchAfter(long afterId, int size) {
        return store.batchAfter(afterId, size);
    }

    public Membership membership(Group group, Viewer viewer) {
        if (!viewer.signedIn()) {
            return Membership.NONE;
        }
        long me = viewer.accountId();
        return new Membership(store.role(group.id(), me).orElse(null),
                store.hasRequested(group.id(), me), store.isInvited(group.id(), me));
    }

    /** Whether the viewer may read the group's posts and see its members: the group audience rule. */
    public boolean mayReadContent(Group group, Viewer viewer) {
        return GroupAudience.allows(group, membership(group, viewer));
    }

    public boolean mayReadContent(long groupId, Viewer viewer) {
        return byId(groupId).map(group -> mayReadContent(group, viewer)).orElse(false);
    }

    /** Only members write in a group. */
    public boolean isMember(long groupId, long accountId) {
        return store.role(groupId, accountId).isPresent();
    }

    @Transactional
    public void join(Group group, Viewer viewer) {
        Membership membership = membership(group, viewer);
        if (membership.member()) {
            return;
        }
        if (group.isPrivate() && !membership.invited()) {
            throw new GroupException(null, "This group is private: ask to join, and a moderator will decide");
        }
        addMember(group, viewer.accountId());
    }

    @Transactional
    public void requestToJoin(Group group, Viewer viewer, String message) {
        Membership membership = membership(group, viewer);
        if (membership.member()) {
            return;
        }
        if (!group.isPrivate()) {
            join(group, viewer);
            return;
        }
        String text = message == null ? "" : message.strip();
        if (text.length() > 500) {
            throw new GroupException("message", "Your message must be 500 characters or fewer");
        }
        if (store.request(group.id(), viewer.accountId(), text)) {
            events.publishEvent(new GroupJoinRequested(group.id(), viewer.accountId(), store.moderatorIds(group.id())));
        }
    }

    @Transactional
    public void cancelRequest(Group group, Viewer viewer) {
        store.removeRequest(group.id(), viewer.accountId());
    }

    public List<JoinRequest> requests(Group group, Viewer viewer) {
        requireModerator(group, viewer);
        List<GroupStore.RequestRow> rows = store.requests(group.id());
        Map<Long, AccountSummary> people = accounts.summaries(rows.stream().map(GroupStore.RequestRow::accountId).toList());
        return rows.stream().map(row -> new JoinRequest(people.get(row.accountId()), row.message(), row.requestedAt())).toList();
    }

    @Transactional
    public void decide(Group group, Viewer viewer, long requesterId, boolean approve) {
        requireModerator(group, viewer);
        if (!store.removeRequest(group.id(), requesterId)) {
            throw new GroupException(null, "That request has already been decided");
        }
        if (approve) {
            addMember(group, requesterId);
        }
        events.publishEvent(new GroupJoinDecided(group.id(), requesterId, viewer.accountId(), approve));
    }

    /** Any member may invite to a public group; only moderators to a private one. */
    @Transactional
    public AccountSummary invite(Group group, Viewer viewer, String username) {
        Membership membership = membership(group, viewer);
        if (!membership.member() || (group.isPrivate() && !membership.moderates())) {
            throw new GroupException(null, group.isPrivate()
                    ? "Only the group's moderators can invite people to a private group"
                    : "Join the group before you invite others to it");
        }
        String name = username == null ? "" : username.strip().replaceFirst("^@", "");
        if (name.isEmpty()) {
            throw new GroupException("username", "Enter the username of the person or organisation to invite");
        }
        Account invitee = accounts.byUsername(name)
                .orElseThrow(() -> new GroupException("username", "No one has the username " + name));
        if (store.role(group.id(), invitee.id()).isPresent()) {
            throw new GroupException("username", "@" + invitee.username() + " is already a member");
        }
        if (store.invite(group.id(), invitee.id(), viewer.accountId())) {
            events.publishEvent(new GroupInvitationSent(group.id(), invitee.id(), viewer.accountId()));
        }
        return accounts.summaries(List.of(invitee.id())).get(invitee.id());
    }

    public List<Invitation> invitations(Viewer viewer) {
        List<GroupStore.InvitationRow> rows = store.invitationsFor(viewer.accountId());
        Map<Long, AccountSummary> inviters = accounts.summaries(rows.stream().map(GroupStore.InvitationRow::inviterId).toList());
        return rows.stream()
                .flatMap(row -> store.byId(row.groupId()).stream()
                        .map(group -> new Invitation(group, inviters.get(row.inviterId()), row.invitedAt())))
                .toList();
    }

    @Transactional
    public void acceptInvitation(Group group, Viewer viewer) {
        if (!store.isInvited(group.id(), viewer.accountId())) {
            throw new GroupException(null, "You have no invitation to this group");
        }
        addMember(group, viewer.accountId());
    }

    @Transactional
    public void declineInvitation(Group group, Viewer viewer) {
        store.removeInvitation(group.id(), viewer.accountId());
    }

    @Transactional
    public void leave(Group group, Viewer viewer) {
        if (membership(group, viewer).owns()) {
            throw new GroupException(null, "You own this group: hand it to another member before you leave");
        }
        store.removeMember(group.id(), viewer.accountId());
    }

    /** The members, for those the audience rule lets see them; empty for everyone else. */
    public List<GroupMember> members(Group group, Viewer viewer) {
        if (!mayReadContent(group, viewer)) {
            return List.of();
        }
        List<GroupStore.MemberRow> rows = store.members(group.id());
        Map<Long, AccountSummary> people = accounts.summaries(rows.stream().map(GroupStore.MemberRow::accountId).toList());
        return rows.stream().map(row -> new GroupMember(people.get(row.accountId()), row.role(), row.joinedAt())).toList();
    }

    /** Moderators remove members; only the owner removes a moderator; no one removes the owner. */
    @Transactional
    public void remove(Group group, Viewer viewer, long accountId) {
        Membership mine = requireModerator(group, viewer);
        GroupRole theirs = store.role(group.id(), accountId).orElse(null);
        if (theirs == null) {
            return;
        }
        if (theirs == GroupRole.OWNER || (theirs == GroupRole.MODERATOR && !mine.owns())) {
            throw new GroupException(null, theirs == GroupRole.OWNER
                    ? "The owner cannot be removed" : "Only the owner can remove a moderator");
        }
        store.removeMember(group.id(), accountId);
    }

    @Transactional
    public void setRole(Group group, Viewer viewer, long accountId, GroupRole role) {
        requireOwner(group, viewer);
        GroupRole theirs = store.role(group.id(), accountId)
                .orElseThrow(() -> new GroupException(null, "That person is not a member"));
        if (role == GroupRole.OWNER || theirs == GroupRole.OWNER) {
            throw new GroupException(null, "Use Hand over ownership to change the owner");
        }
        store.setRole(group.id(), accountId, role);
    }

    /** The owner hands the group to another member and stays on as a moderator. */
    @Transactional
    public void transferOwnership(Group group, Viewer viewer, long newOwnerId) {
        requireOwner(group, viewer);
        if (store.role(group.id(), newOwnerId).isEmpty()) {
            throw new GroupException(null, "Only a member can become the owner");
        }
        if (viewer.is(newOwnerId)) {
            return;
        }
        store.setRole(group.id(), viewer.accountId(), GroupRole.MODERATOR);
        store.setRole(group.id(), newOwnerId, GroupRole.OWNER);
    }

    private void addMember(Group group, long accountId) {
        store.addMember(group.id(), accountId, GroupRole.MEMBER);
        events.publishEvent(new GroupMemberJoined(group.id(), accountId));
    }

    private Membership requireModerator(Group group, Viewer viewer) {
        Membership membership = membership(group, viewer);
        if (!membership.moderates()) {
            throw new GroupException(null, "Only the group's owner and moderators can do that");
        }
        return membership;
    }

    private void requireOwner(Group group, Viewer viewer) {
        if (!membership(group, viewer).owns()) {
            throw new GroupException(null, "Only the group's owner can do that");
        }
    }
}
