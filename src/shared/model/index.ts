export * from './common';
export * from './practice';
export * from './user';
export * from './workplace';
export * from './worker';
export * from './episode';
export * from './consultation';
export * from './returnToWorkPlan';
