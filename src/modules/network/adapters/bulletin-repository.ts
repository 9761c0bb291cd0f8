import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { ConsentSource } from '../domain/vocabulary.js';
import './tables.js';

export interface SubscriberRecord {
  id: string;
  organizationId: string;
  email: string;
  name: string | null;
  consentedOn: string;
  consentSource: ConsentSource;
  consentWording: string;
  unsubscribedAt: Date | null;
}

export interface NewSubscriber {
  id: string;
  organizationId: string;
  email: string;
  name: string | null;
  consentedOn: string;
  consentSource: ConsentSource;
  consentWording: string;
  createdBy: string | null;
  now: Date;
}

export interface DeliveryRecord {
  id: string;
  organizationId: string;
  bulletinId: string;
  subscriberId: string;
  sentAt: Date | null;
  skipped: boolean;
}

const subscriberColumns = [
  'id',
  'organization_id as organizationId',
  'email',
  'name',
  'consented_on as consentedOn',
  'consent_source as consentSource',
  'consent_wording as consentWording',
  'unsubscribed_at as unsubscribedAt',
] as const;

/** Every query of the bulletin: its mailing list, the issues sent and each e-mail of an issue. */
export function bulletinRepository(db: Executor) {
  return {
    async findSubscriber(id: string): Promise<SubscriberRecord | undefined> {
      return (await db
        .selectFrom('network_subscribers')
        .select(subscriberColumns)
        .where('id', '=', id)
        .executeTakeFirst()) as SubscriberRecord | undefined;
    },

    /** The organization's subscribers with these addresses (lower case), whatever their state. */
    async subscribersByEmail(organizationId: string, emails: readonly string[]): Promise<SubscriberRecord[]> {
      if (emails.length === 0) return [];
      return (await db
        .selectFrom('network_subscribers')
        .select(subscriberColumns)
        .where('organization_id', '=', organizationId)
        .where('email', 'in', [...emails])
        .execute()) as SubscriberRecord[];
    },

    async insertSubscribers(rows: readonly NewSubscriber[]) {
      for (let start = 0; start < rows.length; start += 1000) {
        await db
          .insertInto('network_subscribers')
          .values(
            rows.slice(start, start + 1000).map((r) => ({
              id: r.id,
              organization_id: r.organizationId,
              email: r.email,
              name: r.name,
              consented_on: r.consentedOn,
              consent_source: r.consentSource,
              consent_wording: r.consentWording,
              created_by: r.createdBy,
              created_at: r.now,
            })),
          )
          .execute();
      }
    },

    async listSubscribers(
      organizationId: string,
      filters: {
        q?: string | undefined;
        state: 'active' | 'unsubscribed' | 'all';
        page: number;
        pageSize: number;
      },
    ) {
      let query = db.selectFrom('network_subscribers').where('organization_id', '=', organizationId);
      if (filters.state === 'active') query = query.where('unsubscribed_at', 'is', null);
      if (filters.state === 'unsubscribed') query = query.where('unsubscribed_at', 'is not', null);
      if (filters.q) {
        const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) => eb.or([eb('email', 'ilike', pattern), eb('name', 'ilike', pattern)]));
      }
      const [items, total, counts] = await Promise.all([
        query
          .select(subscriberColumns)
          .orderBy('email')
          .limit(filters.pageSize)
          .offset((filters.page - 1) * filters.pageSize)
          .execute() as Promise<SubscriberRecord[]>,
        query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
        db
          .selectFrom('network_subscribers')
          .where('organization_id', '=', organizationId)
          .select([
            sql<string>`count(*) FILTER (WHERE unsubscribed_at IS NULL)`.as('active'),
            sql<string>`count(*) FILTER (WHERE unsubscribed_at IS NOT NULL)`.as('unsubscribed'),
          ])
          .executeTakeFirstOrThrow(),
      ]);
      return {
        items,
        total: Number(total.n),
        active: Number(counts.active),
        unsubscribed: Number(counts.unsubscribed),
      };
    },

    async activeSubscriberIds(organizationId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('network_subscribers')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('unsubscribed_at', 'is', null)
        .orderBy('email')
        .execute();
      return rows.map((r) => r.id);
    },

    /** Once only: a second unsubscription keeps the first day. */
    async unsubscribe(id: string, organizationId: string, now: Date) {
      await db
        .updateTable('network_subscribers')
        .set({ unsubscribed_at: now })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .where('unsubscribed_at', 'is', null)
        .execute();
    },

    async insertBulletin(row: {
      id: string;
      organizationId: string;
      subject: string;
      body: string;
      recipients: number;
      sentBy: string;
      now: Date;
    }) {
      await db
        .insertInto('network_bulletins')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          subject: row.subject,
          body: row.body,
          recipients: row.recipients,
          sent_by: row.sentBy,
          sent_at: row.now,
        })
        .execute();
    },

    async findBulletin(id: string, organizationId: string) {
      return db
        .selectFrom('network_bulletins')
        .selectAll()
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
    },

    async listBulletins(organizationId: string) {
      return db
        .selectFrom('network_bulletins as b')
        .select([
          'b.id',
          'b.subject',
          'b.sent_at',
          'b.sent_by',
          'b.recipients',
          (eb) =>
            eb
              .selectFrom('network_bulletin_deliveries as d')
              .whereRef('d.bulletin_id', '=', 'b.id')
              .whereRef('d.organization_id', '=', 'b.organization_id')
              .where('d.sent_at', 'is not', null)
              .select((e) => e.fn.countAll<string>().as('n'))
              .as('delivered'),
        ])
        .where('b.organization_id', '=', organizationId)
        .orderBy('b.sent_at', 'desc')
        .limit(200)
        .execute();
    },

    async insertDeliveries(
      rows: readonly { id: string; organizationId: string; bulletinId: string; subscriberId: string }[],
    ) {
      for (let start = 0; start < rows.length; start += 1000) {
        await db
          .insertInto('network_bulletin_deliveries')
          .values(
            rows.slice(start, start + 1000).map((r) => ({
              id: r.id,
              organization_id: r.organizationId,
              bulletin_id: r.bulletinId,
              subscriber_id: r.subscriberId,
            })),
          )
          .execute();
      }
    },

    /** Every delivery of an issue marked sent at once (demo data: issues sent before the demo starts). */
    async markAllSent(bulletinId: string, organizationId: string, sentAt: Date) {
      await db
        .updateTable('network_bulletin_deliveries')
        .set({ sent_at: sentAt })
        .where('bulletin_id', '=', bulletinId)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    async findDelivery(
      id: string,
      organizationId: string,
      lock = false,
    ): Promise<DeliveryRecord | undefined> {
      let query = db
        .selectFrom('network_bulletin_deliveries')
        .select([
          'id',
          'organization_id as organizationId',
          'bulletin_id as bulletinId',
          'subscriber_id as subscriberId',
          'sent_at as sentAt',
          'skipped',
        ])
        .where('id', '=', id)
        .where('organization_id', '=', organizationId);
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    /** The delivery's link, a new one at each attempt (only its hash is kept). */
    async setToken(id: string, organizationId: string, tokenHash: string) {
      await db
        .updateTable('network_bulletin_deliveries')
        .set({ token_hash: tokenHash })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    async markDelivery(id: string, organizationId: string, outcome: { sentAt: Date } | { skipped: true }) {
      await db
        .updateTable('network_bulletin_deliveries')
        .set('sentAt' in outcome ? { sent_at: outcome.sentAt } : { skipped: true })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    async deliveryByTokenHash(tokenHash: string) {
      return db
        .selectFrom('network_bulletin_deliveries')
        .select(['id', 'organization_id as organizationId', 'subscriber_id as subscriberId'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
  };
}
