import { useMe } from '../api/get-me';
import { permissionsFor, type Permissions } from '../utils/permissions';

/** What the signed-in user may do, from their /me roles; nothing until /me has answered. */
export function usePermissions(): Permissions & { isLoading: boolean } {
  const me = useMe();
  return { ...permissionsFor(me.data), isLoading: me.isPending };
}
