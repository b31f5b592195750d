import { Route, Routes } from 'react-router';
import { ActivityPage } from '../features/activities/activity-page';
import { FollowUpPage } from '../features/follow-up/follow-up-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
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
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="admin/users" element={<UsersPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Routes>
);
