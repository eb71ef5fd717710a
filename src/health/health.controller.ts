import { Public } from '../common/decorators.js';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { ApiProblemResponses } from '../common/openapi.js';
import { AppConfig } from '../config/app-config.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and database status (public)' })
  @ApiOkResponse({ description: '`info.database.status` is "up"; `info.database.engine` names it' })
  @ApiProblemResponses(503)
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
