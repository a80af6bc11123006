/** What a history store adapter provides: the three ports the app and the digest use, on one backend. */
import type { ChannelSubscriptions, OnceClaims, SnapshotStore } from '../../app/ports.ts';

export type HistoryStore = SnapshotStore & ChannelSubscriptions & OnceClaims;
