/**
 * Migration-relevant SDG indicators with their current wording, as recorded in reference/domain-facts
 * (UN global indicator framework as published by Open SDG / World Bank sdg-metadata). Where the wording
 * changed over time, `wordingNote` says how, so a reader of an older report is not misled.
 */
export type SdgIndicator = {
  code: string;
  targetCode: string;
  wording: string;
  custodian: string | null;
  wordingNote: string | null;
  /** False where the current official wording still needs checking against the UNSD list. */
  isWordingVerified: boolean;
};

const indicator = (code: string, wording: string, custodian: string | null = null, wordingNote: string | null = null, isWordingVerified = true): SdgIndicator => ({
  code,
  targetCode: code.split('.').slice(0, 2).join('.'),
  wording,
  custodian,
  wordingNote,
  isWordingVerified,
});

export const migrationSdgIndicators: readonly SdgIndicator[] = [
  indicator('10.7.1', 'Recruitment cost borne by employee as a proportion of monthly income earned in country of destination', 'ILO; World Bank', 'Before 2020 the wording said "yearly income".'),
  indicator(
    '10.7.2',
    'Number of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people',
    'UN DESA; IOM',
    'Before 2020: "…implemented well-managed migration policies". Some national metadata give "Proportion of countries with…": check the current UNSD list.',
    false,
  ),
  indicator('10.7.3', 'Number of people who died or disappeared in the process of migration towards an international destination', 'IOM (Missing Migrants Project)'),
  indicator('10.7.4', 'Proportion of the population who are refugees, by country of origin'),
  indicator('10.c.1', 'Remittance costs as a proportion of the amount remitted', 'World Bank (Remittance Prices Worldwide)'),
  indicator('8.7.1', 'Proportion and number of children aged 5–17 years engaged in child labour, by sex and age'),
  indicator('8.8.1', 'Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status', 'ILO'),
  indicator(
    '8.8.2',
    'Level of national compliance with labour rights (freedom of association and collective bargaining) based on International Labour Organization (ILO) textual sources and national legislation, by sex and migrant status',
  ),
  indicator('16.2.2', 'Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation'),
  indicator('16.9.1', 'Proportion of children under 5 years of age whose births have been registered with a civil authority, by age'),
  indicator('17.3.2', 'Volume of remittances (in United States dollars) as a proportion of total GDP'),
  indicator(
    '5.2.2',
    'Proportion of women and girls aged 15 years and older subjected to sexual violence by persons other than an intimate partner in the previous 12 months, by age and place of occurrence',
  ),
  indicator('3.c.1', 'Health worker density and distribution'),
  indicator('4.b.1', 'Volume of official development assistance flows for scholarships by sector and type of study'),
  indicator(
    '17.18.1',
    'Statistical capacity indicator for Sustainable Development Goal monitoring',
    null,
    'Older wording: "Proportion of sustainable development indicators produced at the national level with full disaggregation…".',
  ),
];

/** The targets these indicators belong to, by code (their wording is not seeded: not in the checked sources). */
export const migrationSdgTargetCodes: readonly string[] = [...new Set(migrationSdgIndicators.map((i) => i.targetCode))];

export const isMigrationSdgTargetCode = (code: string): boolean => migrationSdgTargetCodes.includes(code);
