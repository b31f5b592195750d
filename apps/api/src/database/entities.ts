import { IndicatorBaselineEntity, IndicatorEntity } from '../indicators/indicator.entities.js';
import { CrosswalkLinkEntity } from '../crosswalk/crosswalk-link.entity.js';
import { GcmGuidingPrincipleEntity, GcmObjectiveEntity, SdgIndicatorEntity, SdgTargetEntity } from '../crosswalk/reference-framework.entities.js';
import { StrategyGoalEntity, StrategyObjectiveEntity } from '../crosswalk/strategy.entities.js';
import { SessionEntity } from '../accounts/session.entity.js';
import { ActionPointEntity } from '../action-points/action-point.entity.js';
import { SignInAttemptEntity } from '../accounts/sign-in-attempt.entity.js';
import { UserEntity } from '../accounts/user.entity.js';
import { ActivityOrganisationEntity } from '../activities/activity-organisation.entity.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { DeliverableEntity } from '../activities/deliverable.entity.js';
import { ProgressEntryEntity } from '../activities/progress-entry.entity.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { IdempotencyRecordEntity } from '../concurrency/idempotency-record.entity.js';
import { AgendaItemEntity } from '../events/agenda-item.entity.js';
import { AgendaSpeakerEntity } from '../events/agenda-speaker.entity.js';
import { EventScheduleEntity } from '../events/event-schedule.entity.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { OutcomeRecordEntity } from '../outcomes/outcome-record.entity.js';
import { OutcomeSignOffEntity } from '../outcomes/outcome-sign-off.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { PlanBaselineEntity } from '../plan-baselines/plan-baseline.entity.js';
import { ReadinessCommentEntity } from '../readiness/readiness-comment.entity.js';
import { ReadinessCriterionEntity } from '../readiness/readiness-criterion.entity.js';
import { ReadinessReviewEntity } from '../readiness/readiness-review.entity.js';
import { WorkplanEntity } from '../workplans/workplan.entity.js';

/** Every entity, listed once: the app, the tests and the migration generator all read this list. */
export const entities = [
  OrganisationEntity,
  PersonEntity,
  CountryNetworkEntity,
  WorkplanEntity,
  ActivityEntity,
  ActivityOrganisationEntity,
  DeliverableEntity,
  ProgressEntryEntity,
  EventScheduleEntity,
  AgendaItemEntity,
  AgendaSpeakerEntity,
  UserEntity,
  SessionEntity,
  SignInAttemptEntity,
  AuditEntryEntity,
  IdempotencyRecordEntity,
  PlanBaselineEntity,
  OutcomeRecordEntity,
  OutcomeSignOffEntity,
  ActionPointEntity,
  GcmObjectiveEntity,
  GcmGuidingPrincipleEntity,
  SdgTargetEntity,
  SdgIndicatorEntity,
  StrategyGoalEntity,
  StrategyObjectiveEntity,
  CrosswalkLinkEntity,
  IndicatorEntity,
  IndicatorBaselineEntity,
  ReadinessReviewEntity,
  ReadinessCriterionEntity,
  ReadinessCommentEntity,
];
