import { z } from 'zod';

/**
 * A national migration strategy as an editable tree of goals → objectives. Georgia's 2021-2030 goals were not
 * found in the checked sources, so the seed marks its goals and objectives as placeholders; replacing a
 * placeholder's title clears the mark.
 */
const strategyTitleSchema = z.string().trim().min(1).max(1000);

export const strategyGoalInputSchema = z.object({ title: strategyTitleSchema }).strict();
export type StrategyGoalInput = z.infer<typeof strategyGoalInputSchema>;

export const strategyObjectiveInputSchema = z.object({ title: strategyTitleSchema }).strict();
export type StrategyObjectiveInput = z.infer<typeof strategyObjectiveInputSchema>;

/** The placeholder tree seeded for Georgia's Migration Strategy 2021-2030: 3 goals with 2 objectives each. */
export const georgiaStrategyPlaceholders: readonly { title: string; objectives: readonly string[] }[] = [1, 2, 3].map((goal) => ({
  title: `Goal ${goal} (placeholder: the strategy's real goals were not found; SCMI and the expert replace this)`,
  objectives: [1, 2].map((objective) => `Objective ${goal}.${objective} (placeholder: the strategy's real objectives were not found; SCMI and the expert replace this)`),
}));

export const strategyObjectiveViewSchema = z.object({
  id: z.uuid(),
  goalId: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  isPlaceholder: z.boolean(),
  version: z.number().int(),
});
export type StrategyObjectiveView = z.infer<typeof strategyObjectiveViewSchema>;

export const strategyGoalViewSchema = z.object({
  id: z.uuid(),
  networkId: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  isPlaceholder: z.boolean(),
  version: z.number().int(),
  objectives: z.array(strategyObjectiveViewSchema),
});
export type StrategyGoalView = z.infer<typeof strategyGoalViewSchema>;

export const strategyViewSchema = z.object({
  networkId: z.uuid(),
  name: z.string(),
  goals: z.array(strategyGoalViewSchema),
});
export type StrategyView = z.infer<typeof strategyViewSchema>;

export const georgiaStrategyName = 'Migration Strategy of Georgia 2021-2030';
