/**
 * Groups: public and private groups, their members and roles, join requests and invitations. A private
 * group's name and description are listed so people can ask to join; its posts and members are for its
 * members only, by the rule in {@link org.guerillapolicy.groups.GroupAudience}.
 */
package org.guerillapolicy.groups;
