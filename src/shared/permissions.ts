import type { Role } from './model';

/** What a channel needs: 'public' before sign-in, 'session' for any signed-in user, or a permission. */
export type Permission =
  | 'dossier.read'
  | 'dossier.write'
  | 'workplace.read'
  | 'workplace.write'
  | 'aggregates.read'
  | 'practice.admin';
export type Access = 'public' | 'session' | Permission;

/**
 * Who may do what. Prevention advisors never reach a worker's dossier: they see workplaces and
 * aggregates only. Nurses support the doctor with dossiers but do not run the practice.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  doctor: ['dossier.read', 'dossier.write', 'workplace.read', 'workplace.write', 'aggregates.read', 'practice.admin'],
  nurse: ['dossier.read', 'dossier.write', 'workplace.read'],
  preventionAdvisor: ['workplace.read', 'workplace.write', 'aggregates.read'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
