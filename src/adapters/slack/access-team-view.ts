/**
 * A team view with its host lists taken out, for a request outside the
 * host-list allow-list: the figures stay (counts, versions, environments,
 * trend), the host ids go (pending hosts, hosts that moved), with a polite note.
 */
import type { TeamView } from '../../app/views.ts';
import { HOST_LIST_LIMITED_NOTE } from './access-host-list.ts';

export function teamViewWithoutHosts(view: TeamView): TeamView {
  return {
    ...view,
    pending: [],
    diff: view.diff ? { ...view.diff, moved: [] } : null,
    hostsHidden: true,
    notes: [...view.notes, { level: 'info', text: HOST_LIST_LIMITED_NOTE }],
  };
}
