/**
 * The Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195): its 23 objectives (para 16)
 * and 10 cross-cutting and interdependent guiding principles (para 15).
 */
export const gcmSource = 'A/RES/73/195, Global Compact for Safe, Orderly and Regular Migration, paras 15–16';

export type GcmObjective = { number: number; title: string };

export const gcmObjectives: readonly GcmObjective[] = [
  'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
  'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
  'Provide accurate and timely information at all stages of migration',
  'Ensure that all migrants have proof of legal identity and adequate documentation',
  'Enhance availability and flexibility of pathways for regular migration',
  'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
  'Address and reduce vulnerabilities in migration',
  'Save lives and establish coordinated international efforts on missing migrants',
  'Strengthen the transnational response to smuggling of migrants',
  'Prevent, combat and eradicate trafficking in persons in the context of international migration',
  'Manage borders in an integrated, secure and coordinated manner',
  'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
  'Use migration detention only as a measure of last resort and work towards alternatives',
  'Enhance consular protection, assistance and cooperation throughout the migration cycle',
  'Provide access to basic services for migrants',
  'Empower migrants and societies to realize full inclusion and social cohesion',
  'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
  'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
  'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
  'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
  'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
  'Establish mechanisms for the portability of social security entitlements and earned benefits',
  'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
].map((title, index) => ({ number: index + 1, title }));

export const gcmGuidingPrinciples = [
  'people-centred',
  'international cooperation',
  'national sovereignty',
  'rule of law and due process',
  'sustainable development',
  'human rights',
  'gender-responsive',
  'child-sensitive',
  'whole-of-government approach',
  'whole-of-society approach',
] as const;
export type GcmGuidingPrinciple = (typeof gcmGuidingPrinciples)[number];

export const isGcmObjectiveNumber = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= gcmObjectives.length;
