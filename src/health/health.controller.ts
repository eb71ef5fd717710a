import { Controller } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Endpoint } from '../common/endpoint.js';
import { AppConfig } from '../config/app-config.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly config: AppConfig,
  ) {}

  // Terminus adds its own 503 text after ours, as before the route was declared with @Endpoint.
  @HealthCheck()
  @Endpoint('GET', undefined, {
    access: 'public',
    summary: 'Liveness and database status (public)',
    problems: [503],
  })
  @ApiOkResponse({ description: '`info.database.status` is "up"; `info.database.engine` names it' })
  check(): Promise<HealthCheckResult> {
    const engine = this.config.database.kind;
    return this.health.check([
      async () => {
        const result = await this.db.pingCheck('database', { timeout: 2000 });
        return { database: { ...result.database, engine } };
      },
    ]);
  }
}
