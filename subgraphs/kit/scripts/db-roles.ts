// `npm run db:roles`: the PostgreSQL roles of the servers path, run once per database as a superuser.
//   DATABASE_ADMIN_URL=postgres://postgres@127.0.0.1:5432/postgres [DATABASE_APP_ROLES=jingtong_app] [DATABASE_APP_PASSWORD=…] npm run db:roles
// Then start the services with DATABASE_URL connecting as the app role (README, security).
import { DEFAULT_APP_ROLE, setupDatabaseRoles } from '../src/db/roles.js';

const adminUrl = process.env.DATABASE_ADMIN_URL;
if (!adminUrl) {
  console.error('DATABASE_ADMIN_URL (a superuser connection) is required');
  process.exit(1);
}
const appRoles = (process.env.DATABASE_APP_ROLES ?? DEFAULT_APP_ROLE).split(',').map((r) => r.trim()).filter(Boolean);
await setupDatabaseRoles(adminUrl, { appRoles, password: process.env.DATABASE_APP_PASSWORD });
console.log(`roles ready: jingtong_audit (owns the audit trails), ${appRoles.join(', ')} (services)`);
