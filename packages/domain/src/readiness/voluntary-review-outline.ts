import type { Locale } from '../locale/locale.js';

/**
 * The draft outline of a voluntary GCM review that the readiness report closes with. No official template was
 * found in public sources: the section names below are recalled from the Network's guidance and are UNVERIFIED
 * (see shared/reference/domain-facts.md). They are placeholders for SCMI and the co-chairs to replace here once
 * checked against migrationnetwork.un.org, never to be presented as official.
 */
export type VoluntaryReviewOutlineSection = {
  key: string;
  title: Record<Locale, string>;
  /** What the section would cover, as a prompt for whoever drafts it. */
  prompt: Record<Locale, string>;
  /** The readiness criteria (by key) whose status tells how far the section can already be written. */
  criterionKeys: readonly string[];
};

export type VoluntaryReviewOutline = {
  /** False until the section names are checked against an official source. */
  isVerified: boolean;
  note: Record<Locale, string>;
  sections: readonly VoluntaryReviewOutlineSection[];
};

export const voluntaryReviewOutline: VoluntaryReviewOutline = {
  isVerified: false,
  note: {
    en: 'Placeholder outline: the section names are unverified (no official voluntary GCM review template was found in public sources). Check them against the UN Network on Migration before use.',
    ka: 'სამუშაო მონახაზი: ნაწილების სახელები გადაუმოწმებელია (ნებაყოფლობითი GCM მიმოხილვის ოფიციალური შაბლონი საჯარო წყაროებში ვერ მოიძებნა). გამოყენებამდე გადაამოწმეთ მიგრაციის საკითხებზე გაეროს ქსელთან.',
  },
  sections: [
    {
      key: 'methodology',
      title: { en: 'Methodology and preparation of the review', ka: 'მიმოხილვის მეთოდოლოგია და მომზადება' },
      prompt: {
        en: 'Scope, limitations, how government and stakeholders were consulted (whole-of-government, whole-of-society).',
        ka: 'ფარგლები, შეზღუდვები, როგორ მოხდა მთავრობისა და დაინტერესებული მხარეების კონსულტირება (მთლიანი მთავრობისა და მთლიანი საზოგადოების მიდგომა).',
      },
      criterionKeys: ['whole_of_society_consultation', 'scmi_briefed'],
    },
    {
      key: 'policy_environment',
      title: { en: 'Policy and enabling environment', ka: 'პოლიტიკა და ხელშემწყობი გარემო' },
      prompt: {
        en: 'The Migration Strategy 2021-2030 and its links to the GCM objectives and the SDG targets.',
        ka: 'მიგრაციის სტრატეგია 2021-2030 და მისი კავშირი GCM-ის მიზნებთან და მდგრადი განვითარების ამოცანებთან.',
      },
      criterionKeys: ['linkages_documented'],
    },
    {
      key: 'progress_on_objectives',
      title: { en: 'Progress on the GCM objectives', ka: 'პროგრესი GCM-ის მიზნების მიხედვით' },
      prompt: {
        en: 'Progress by objective, measured against the indicator baselines; data gaps named with their reasons.',
        ka: 'პროგრესი მიზნების მიხედვით, შეფასებული ინდიკატორების საბაზისო მაჩვენებლებით; მონაცემთა ხარვეზები მიზეზებითურთ.',
      },
      criterionKeys: ['indicator_baselines'],
    },
    {
      key: 'means_of_implementation',
      title: { en: 'Means of implementation', ka: 'განხორციელების საშუალებები' },
      prompt: {
        en: 'Institutions, partnerships, funding and capacity that carry the implementation.',
        ka: 'ინსტიტუციები, პარტნიორობები, დაფინანსება და შესაძლებლობები, რომლებიც განხორციელებას უზრუნველყოფს.',
      },
      criterionKeys: ['stock_taking_and_workplan'],
    },
    {
      key: 'next_steps',
      title: { en: 'Next steps', ka: 'შემდეგი ნაბიჯები' },
      prompt: {
        en: 'Priorities until the next review, including participation in the regional reviews.',
        ka: 'პრიორიტეტები შემდეგ მიმოხილვამდე, მათ შორის რეგიონულ მიმოხილვებში მონაწილეობა.',
      },
      criterionKeys: ['regional_review_participation', 'voluntary_review_report'],
    },
  ],
};
