import { Route, Routes } from 'react-router';
import { ActivityPage } from '../features/activities/activity-page';
import { BaselineImportPage } from '../features/baseline-import/baseline-import-page';
import { CrosswalkPage } from '../features/crosswalk/crosswalk-page';
import { DashboardRoute, ObjectiveDrillDownRoute } from '../features/dashboard/dashboard-routes';
import { FollowUpPage } from '../features/follow-up/follow-up-page';
import { IndicatorPage } from '../features/indicators/indicator-page';
import { IndicatorsPage } from '../features/indicators/indicators-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { CriterionPage } from '../features/readiness/criterion-page';
import { GridCellPage } from '../features/readiness/grid-cell-page';
import { ReadinessPage } from '../features/readiness/readiness-page';
import { SignInPage } from '../features/session/sign-in-page';
import { UsersPage } from '../features/users/users-page';
import { WorkplanPage } from '../features/workplans/workplan-page';
import { AppShell } from './app-shell';

export const AppRoutes = () => (
  <Routes>
    <Route element={<AppShell />}>
      <Route index element={<WorkplanPage />} />
      <Route path="activities/:id" element={<ActivityPage />} />
      <Route path="follow-up" element={<FollowUpPage />} />
      <Route path="crosswalk" element={<CrosswalkPage />} />
      <Route path="indicators" element={<IndicatorsPage />} />
      <Route path="indicators/import" element={<BaselineImportPage />} />
      <Route path="indicators/:id" element={<IndicatorPage />} />
      <Route path="dashboard" element={<DashboardRoute />} />
      <Route path="dashboard/objectives/:number" element={<ObjectiveDrillDownRoute />} />
      <Route path="readiness" element={<ReadinessPage />} />
      <Route path="readiness/criteria/:id" element={<CriterionPage />} />
      <Route path="readiness/grid/:objective/:principle" element={<GridCellPage />} />
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="admin/users" element={<UsersPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Routes>
);
