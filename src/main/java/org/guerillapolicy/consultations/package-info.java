/**
 * Consultations: a question put to the public with what is open to change and what is already decided,
 * responses given one section per page, analysis of every response into themes, and the published
 * "we asked, you said, we did" outcome that each respondent can trace back to their own response. Drafts
 * are for their organisers only, and responses for organisers, analysts and the respondent, by the rule in
 * {@link org.guerillapolicy.consultations.ConsultationAudience}.
 */
package org.guerillapolicy.consultations;
