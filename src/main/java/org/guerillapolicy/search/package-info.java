/**
 * Search across people, organisations, posts and hashtags, on PostgreSQL full-text search. Other modules
 * only see this API, so a search cluster can take over at large scale without changing them.
 */
package org.guerillapolicy.search;
