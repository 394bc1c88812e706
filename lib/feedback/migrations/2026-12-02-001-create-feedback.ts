import { sql, type Kysely } from 'kysely';

// The schema's first version. Written with Kysely's schema builder, so the same migration
// creates the same table on SQLite and on PostgreSQL. Every column is plain text: times are ISO
// 8601 strings in UTC, which sort and compare the same way in both databases.

// Migrations run before the typed schema exists, so they see an untyped database.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('page', 'varchar(300)', (c) => c.notNull())
    .addColumn('kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('doing', 'text')
    .addColumn('wrong', 'text')
    .addCheckConstraint('feedback_kind', sql`kind in ('yes', 'no', 'problem')`)
    .execute();
  await db.schema.createIndex('feedback_created_at').on('feedback').column('created_at').execute();
  await db.schema.createIndex('feedback_page_created_at').on('feedback').columns(['page', 'created_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('feedback').execute();
}
