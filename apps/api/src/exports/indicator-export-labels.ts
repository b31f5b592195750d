import type { CrosswalkFit, CrosswalkTargetKind, ImprovementDirection, IndicatorMeasure, Locale } from '@compact-tracker/domain';

/**
 * The words the indicator and crosswalk exports write themselves, in English and Georgian. The baselines export has
 * none: its headers are the import's column names in both languages, so that it can be imported again.
 */
export type IndicatorExportLabels = {
  sheets: { indicators: string; baselines: string; crosswalk: string };
  indicatorColumns: {
    code: string;
    name: string;
    definition: string;
    measure: string;
    unit: string;
    direction: string;
    disaggregationDimensions: string;
    custodian: string;
    frequency: string;
    gcmObjectives: string;
    gcmPrinciples: string;
    sdgIndicators: string;
    targets: string;
  };
  crosswalkColumns: {
    strategyGoal: string;
    strategyObjective: string;
    targetKind: string;
    target: string;
    targetWording: string;
    fit: string;
    rationale: string;
  };
  measure: Record<IndicatorMeasure, string>;
  direction: Record<ImprovementDirection, string>;
  targetKind: Record<CrosswalkTargetKind, string>;
  fit: Record<CrosswalkFit, string>;
};

const en: IndicatorExportLabels = {
  sheets: { indicators: 'Indicators', baselines: 'Baselines', crosswalk: 'Crosswalk' },
  indicatorColumns: {
    code: 'Code',
    name: 'Name',
    definition: 'Definition',
    measure: 'Measure',
    unit: 'Unit',
    direction: 'Direction of improvement',
    disaggregationDimensions: 'Disaggregation dimensions',
    custodian: 'Custodian or source agency',
    frequency: 'Frequency',
    gcmObjectives: 'GCM objectives',
    gcmPrinciples: 'GCM guiding principles',
    sdgIndicators: 'SDG indicators',
    targets: 'Targets',
  },
  crosswalkColumns: {
    strategyGoal: 'Strategy goal',
    strategyObjective: 'Strategy objective',
    targetKind: 'Linked to',
    target: 'GCM objective / SDG target / SDG indicator',
    targetWording: 'Title or wording',
    fit: 'Fit',
    rationale: 'Rationale',
  },
  measure: { number: 'Number', percentage: 'Percentage', ratio: 'Ratio', qualitative: 'Qualitative', ordinal_policy_score: 'Ordinal policy score' },
  direction: { increase: 'Increase', decrease: 'Decrease', none: 'None' },
  targetKind: { gcm_objective: 'GCM objective', sdg_target: 'SDG target', sdg_indicator: 'SDG indicator' },
  fit: { direct: 'Direct', partial: 'Partial', proxy: 'Proxy' },
};

const ka: IndicatorExportLabels = {
  sheets: { indicators: 'ინდიკატორები', baselines: 'საბაზისო მაჩვენებლები', crosswalk: 'შესაბამისობის ცხრილი' },
  indicatorColumns: {
    code: 'კოდი',
    name: 'დასახელება',
    definition: 'განმარტება',
    measure: 'გაზომვის სახე',
    unit: 'ერთეული',
    direction: 'გაუმჯობესების მიმართულება',
    disaggregationDimensions: 'დეზაგრეგაციის ჭრილები',
    custodian: 'პასუხისმგებელი უწყება ან წყარო',
    frequency: 'სიხშირე',
    gcmObjectives: 'GCM-ის მიზნები',
    gcmPrinciples: 'GCM-ის სახელმძღვანელო პრინციპები',
    sdgIndicators: 'მდგ ინდიკატორები',
    targets: 'სამიზნე მაჩვენებლები',
  },
  crosswalkColumns: {
    strategyGoal: 'სტრატეგიის მიზანი',
    strategyObjective: 'სტრატეგიის ამოცანა',
    targetKind: 'დაკავშირებულია',
    target: 'GCM-ის მიზანი / მდგ ამოცანა / მდგ ინდიკატორი',
    targetWording: 'დასახელება ან ფორმულირება',
    fit: 'შესაბამისობა',
    rationale: 'დასაბუთება',
  },
  measure: { number: 'რიცხვი', percentage: 'პროცენტი', ratio: 'თანაფარდობა', qualitative: 'თვისებრივი', ordinal_policy_score: 'პოლიტიკის რიგითი შეფასება' },
  direction: { increase: 'ზრდა', decrease: 'კლება', none: 'მიმართულების გარეშე' },
  targetKind: { gcm_objective: 'GCM-ის მიზანი', sdg_target: 'მდგ ამოცანა', sdg_indicator: 'მდგ ინდიკატორი' },
  fit: { direct: 'პირდაპირი', partial: 'ნაწილობრივი', proxy: 'ირიბი' },
};

export const indicatorExportLabels: Record<Locale, IndicatorExportLabels> = { en, ka };
