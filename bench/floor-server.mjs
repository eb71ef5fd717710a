/**
 * The bare floor of the intake benchmark: the least a server must do to accept a statement.
 * node:http and a pg pool of the app's size, no framework, no validation, no rate limit, no
 * idempotency, no outbox: parse the JSON body, insert one row into the same statements table
 * with the same on-time check in the INSERT, answer 201 with id, reference and receivedAt.
 * References come from a PostgreSQL sequence (not gapless), so inserts never wait on each other.
 *
 * Started by bench/intake.mjs: node bench/floor-server.mjs (env DATABASE_URL, PORT, POOL_SIZE,
 * PHASE_ID); prints "listening" once it accepts connections.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
});
await pool.query('CREATE SEQUENCE IF NOT EXISTS bench_floor_sequence');

const INSERT = `INSERT INTO statements (procedure_id, phase_id, reference, year, sequence, text, received_at,
                                        publication_status, submitter_type, status_token_hash)
  SELECT ph.procedure_id, ph.id, 'FLOOR/' || n.v, extract(year FROM now())::int, n.v, $2::text, now(),
         'pending', $3::varchar, $4::varchar
  FROM phases ph, (SELECT nextval('bench_floor_sequence')::int AS v) n
  WHERE ph.id = $1 AND ph.opens_at <= now() AND now() < ph.closes_at
  RETURNING id, reference, received_at`;

function answer(response, status, body) {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  response.end(json);
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    void (async () => {
      try {
        const dto = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const token = randomBytes(24).toString('base64url');
        const { rows } = await pool.query(INSERT, [
          process.env.PHASE_ID,
          String(dto.text),
          dto.submitter?.type === 'named' ? 'named' : 'anonymous',
          createHash('sha256').update(token).digest('hex'),
        ]);
        if (rows.length === 0) return answer(response, 409, { code: 'PHASE_CLOSED' });
        const [row] = rows;
        answer(response, 201, {
          id: row.id,
          reference: row.reference,
          receivedAt: new Date(row.received_at).toISOString(),
        });
      } catch (error) {
        answer(response, 500, { error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
