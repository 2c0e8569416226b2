package org.guerillapolicy.deliberation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL for who is in which opinion group as of a map's latest computation. It is read only to count people
 * by group; no page or file shows it person by person.
 */
@Repository
public class MapGroupStore {

    private final JdbcClient jdbc;

    MapGroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the map's groups with those just computed (account id to group number from 1). */
    void replace(long mapId, Map<Long, Integer> groupOf) {
        jdbc.sql("delete from opinion_group_members where map_id = :map").param("map", mapId).update();
        if (groupOf.isEmpty()) {
            return;
        }
        List<Map.Entry<Long, Integer>> members = List.copyOf(groupOf.entrySet());
        // One statement for the whole map, as PostgreSQL array literals: maps can have thousands of participants.
        jdbc.sql("""
                insert into opinion_group_members (map_id, account_id, group_number)
                select :map, a, g from unnest(cast(:accounts as bigint[]), cast(:groups as integer[])) as t (a, g)""")
                .param("map", mapId)
                .param("accounts", members.stream().map(e -> e.getKey().toString()).collect(Collectors.joining(",", "{", "}")))
                .param("groups", members.stream().map(e -> e.getValue().toString()).collect(Collectors.joining(",", "{", "}")))
                .update();
    }

    /** Account id to group number from 1. */
    public Map<Long, Integer> groupOf(long mapId) {
        Map<Long, Integer> groups = new HashMap<>();
        jdbc.sql("select account_id, group_number from opinion_group_members where map_id = :map").param("map", mapId)
                .query((rs, row) -> groups.put(rs.getLong(1), rs.getInt(2))).list();
        return groups;
    }

    /** How one group voted on a statement: how many of it voted, and how many of those agreed. */
    public record GroupVotes(int group, int voted, int agreed) {
    }

    /** Votes of accounts here and of participants imported from Pol.is, keyed as in the groups. */
    public List<GroupVotes> votesOn(long mapId, long statementId) {
        return jdbc.sql("""
                select g.group_number, count(v.vote) as voted,
                       count(*) filter (where v.vote = 1) as agreed
                from opinion_group_members g
                left join (select account_id as voter, vote from opinion_votes where statement_id = :statement
                           union all
                           select participant + :offset, vote from opinion_imported_votes
                           where statement_id = :statement) v on v.voter = g.account_id
                where g.map_id = :map group by g.group_number order by g.group_number""")
                .param("map", mapId).param("statement", statementId)
                .param("offset", OpinionMapStore.IMPORTED_VOTER_OFFSET)
                .query((rs, row) -> new GroupVotes(rs.getInt(1), rs.getInt(2), rs.getInt(3))).list();
    }
}
