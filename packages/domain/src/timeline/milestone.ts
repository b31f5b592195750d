import { z } from 'zod';
import { calendarDaySchema } from '../date-span/date-span.js';

export const milestoneKinds = ['regional_review', 'review_forum', 'action_point_due', 'other'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const milestoneInputSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    kind: z.enum(milestoneKinds),
    startDate: calendarDaySchema,
    endDate: calendarDaySchema,
  })
  .strict()
  .refine((m) => m.startDate <= m.endDate, { message: 'must not end before it starts', path: ['endDate'] });
export type Milestone = z.infer<typeof milestoneInputSchema>;

/** The GCM review cycle around Georgia's 2021 workplan (reference/domain-facts: GCM paras 48–50). */
export const gcmReviewMilestones: readonly Milestone[] = [
  { title: 'UNECE regional review of the GCM', kind: 'regional_review', startDate: '2020-11-12', endDate: '2020-11-13' },
  { title: 'International Migration Review Forum (IMRF)', kind: 'review_forum', startDate: '2022-05-17', endDate: '2022-05-20' },
];
