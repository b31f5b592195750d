import { DateTime } from 'luxon';
import { z } from 'zod';
import { gcmReviewMilestones, type Milestone } from '../timeline/milestone.js';

export const forumPhases = ['before', 'during', 'after'] as const;
export type ForumPhase = (typeof forumPhases)[number];

export const forumCountdownViewSchema = z.object({
  forumTitle: z.string(),
  forumStartDate: z.string(),
  forumEndDate: z.string(),
  /** Calendar days from the as-of day to the forum's first day: 0 on that day, negative once it has begun. */
  daysToForum: z.number().int(),
  phase: z.enum(forumPhases),
});
export type ForumCountdown = z.infer<typeof forumCountdownViewSchema>;

const findReviewForum = (): Milestone => {
  const forum = gcmReviewMilestones.find((milestone) => milestone.kind === 'review_forum');
  if (!forum) throw new Error('The GCM review milestones name no review forum');
  return forum;
};

/** The first International Migration Review Forum, 17–20 May 2022 (GCM review milestones). */
export const imrf2022: Milestone = findReviewForum();

const toDay = (day: string) => DateTime.fromISO(day, { zone: 'utc' });

/** Days from `asOfDay` (a calendar day, YYYY-MM-DD) to the forum, and whether it is still ahead, under way or past. */
export const getForumCountdown = (asOfDay: string, forum: Milestone = imrf2022): ForumCountdown => {
  const daysToForum = Math.round(toDay(forum.startDate).diff(toDay(asOfDay), 'days').days);
  const phase: ForumPhase = asOfDay < forum.startDate ? 'before' : asOfDay <= forum.endDate ? 'during' : 'after';
  return { forumTitle: forum.title, forumStartDate: forum.startDate, forumEndDate: forum.endDate, daysToForum, phase };
};
