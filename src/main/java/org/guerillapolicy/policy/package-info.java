/**
 * Policy projects: a problem taken through six stages (questions, evidence, options, a draft in versions,
 * a published paper, implementation), with every contribution given an outcome its author can see. A
 * project private to a working group is read only by that group's members, by the groups audience rule.
 */
package org.guerillapolicy.policy;
