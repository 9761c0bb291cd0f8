import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.js';
import { connectDatabase } from '../core/db/connect.js';
import { migrateToLatest } from '../core/db/migrate.js';
import { productionDeps } from '../server/deps.js';
import { auditCommand, createAdminCommand, seedDemoCommand } from './commands.js';
import { newDocumentKeyCommand, rotateDocumentKeysCommand } from './documents-commands.js';
import { consortiumDuplicateRunCommand, rebuildDuplicateKeysCommand } from './duplicates-commands.js';

const help = `passerelle <command> — works on the database of DATA_DIR (embedded) or DATABASE_URL (server)

  migrate                      apply pending migrations
  seed-demo                    load the demo data into an empty database
  create-admin --email E --name N --organization "Name" [--kind mission_locale] [--country FR]
                               the first administrator (creates the organization if needed)
  audit seal                   link pending audit events into the hash chain
  audit verify                 check the whole audit chain (exit code 1 when broken)
  documents new-key ID         print a new ENCRYPTION_KEYS entry (put it first, keep the old keys after it)
  documents rotate-keys [--batch-size 50]
                               re-encrypt documents, second-factor secrets, immigration statuses, barriers
                               and eligibility evaluations sealed under older keys, one batch per transaction
  duplicates rebuild-keys [--batch-size 50]
                               write again every file's duplicate-detection keys (after a change to the rule
                               or the name-variant lists), one batch per transaction
  duplicates consortium-run ID the batch run of duplicate detection over a consortium, at once: figures by
                               pair of members; each member reviews its files on its list`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      organization: { type: 'string' },
      kind: { type: 'string', default: 'immigrant_services_ngo' },
      country: { type: 'string', default: 'FR' },
      'batch-size': { type: 'string', default: '50' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, subcommand, argument] = positionals;
  if (!command || values.help) {
    console.log(help);
    return command ? 0 : 2;
  }
  if (command === 'documents' && subcommand === 'new-key') {
    if (!argument) {
      console.log('Use "documents new-key <id>", e.g. "documents new-key k2027".');
      return 2;
    }
    // No database needed: the key is printed for the operator to put in the configuration.
    return newDocumentKeyCommand((line) => console.log(line), argument);
  }
  const config = loadConfig();
  const handle = await connectDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const print = (line: string) => console.log(line);
  try {
    const migrated = await migrateToLatest(handle.db as never);
    const applied = migrated.results?.filter((r) => r.status === 'Success').length ?? 0;
    const deps = productionDeps(handle, config);
    switch (command) {
      case 'migrate':
        print(`${applied} migration(s) applied on ${handle.engine}; the schema is up to date.`);
        return 0;
      case 'seed-demo':
        return await seedDemoCommand(deps, print);
      case 'create-admin':
        if (!values.email || !values.name || !values.organization) {
          print('create-admin needs --email, --name and --organization.');
          return 2;
        }
        return await createAdminCommand(deps, print, {
          email: values.email,
          name: values.name,
          organization: values.organization,
          kind: values.kind!,
          country: values.country!,
        });
      case 'audit':
        if (subcommand !== 'seal' && subcommand !== 'verify') {
          print('Use "audit seal" or "audit verify".');
          return 2;
        }
        return await auditCommand(deps, print, subcommand);
      case 'documents': {
        const batchSize = Number(values['batch-size']);
        if (
          subcommand !== 'rotate-keys' ||
          !Number.isInteger(batchSize) ||
          batchSize < 1 ||
          batchSize > 1000
        ) {
          print('Use "documents rotate-keys [--batch-size 1-1000]" or "documents new-key <id>".');
          return 2;
        }
        return await rotateDocumentKeysCommand(deps, print, { batchSize });
      }
      case 'duplicates': {
        if (subcommand === 'consortium-run') {
          if (!argument) {
            print('Use "duplicates consortium-run <consortium id>".');
            return 2;
          }
          return await consortiumDuplicateRunCommand(deps, print, argument);
        }
        const batchSize = Number(values['batch-size']);
        if (
          subcommand !== 'rebuild-keys' ||
          !Number.isInteger(batchSize) ||
          batchSize < 1 ||
          batchSize > 1000
        ) {
          print(
            'Use "duplicates rebuild-keys [--batch-size 1-1000]" or "duplicates consortium-run <consortium id>".',
          );
          return 2;
        }
        return await rebuildDuplicateKeysCommand(deps, print, { batchSize });
      }
      default:
        print(`Unknown command "${command}".\n\n${help}`);
        return 2;
    }
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
